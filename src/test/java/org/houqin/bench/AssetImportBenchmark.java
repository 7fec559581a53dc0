package org.houqin.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.houqin.support.Workbooks;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Importing an asset register of 10,000 rows (every column filled, as an office's register would be) through the
 * pages as the director: the upload, the mapping page, and the check-and-write with its report, for a clean file,
 * a file with 1 % wrong rows imported "only the valid rows" (report written too), and the same file all-or-nothing
 * (nothing written, report only). Run with
 * {@code ./mvnw verify -Dbench.excluded=none -Dtest=AssetImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.rows=10000}). It prints a table and asserts nothing about time.
 */
@Tag("bench")
class AssetImportBenchmark extends IntegrationTest {

    private static final Pattern SELECT = Pattern.compile("<select[^>]*name=\"(col_[A-Z_]+)\"[^>]*>(.*?)</select>",
            Pattern.DOTALL);
    private static final Pattern SELECTED = Pattern.compile("<option value=\"([^\"]*)\" selected=\"selected\"");
    private static final List<String> HEADERS = List.of("资产编号", "资产名称", "分类", "规格型号", "品牌", "序列号", "供应商",
            "购置日期", "数量", "单价", "原值", "经费来源", "使用年限（年）", "存放地点", "使用部门", "保管人", "状态", "保修截止",
            "功率（千瓦）", "备注");

    private record Run(String name, int rows, long uploadMs, long mappingMs, long importMs, long cards, String outcome) {
    }

    @Test
    void importsTenThousandRows() {
        int rows = Integer.getInteger("bench.rows", 10_000);
        WebUser director = login("director");
        long school = Demo.schoolId(jdbc);
        List<String> rooms = texts("SELECT code FROM places.room WHERE school_id = ? ORDER BY code", school);
        List<String> departments = texts("""
                SELECT name FROM organization.department WHERE school_id = ? GROUP BY name HAVING count(*) = 1""", school);
        List<String> staff = texts("""
                SELECT name FROM organization.staff WHERE school_id = ? AND active GROUP BY name HAVING count(*) = 1""",
                school);
        List<String> categories = texts("SELECT code FROM assets.category WHERE school_id = ? AND active", school);
        List<Run> runs = new ArrayList<>();
        runs.add(run(director, "warm-up, clean", register("W", 1_000, 0, rooms, departments, staff, categories), false));
        runs.add(run(director, "clean file", register("A", rows, 0, rooms, departments, staff, categories), false));
        byte[] faulty = register("B", rows, rows / 100, rooms, departments, staff, categories);
        runs.add(run(director, "1 % wrong rows, all-or-nothing", faulty, false));
        runs.add(run(director, "1 % wrong rows, only the valid rows", faulty, true));
        StringBuilder table = new StringBuilder("\n| file | rows | upload ms | mapping page ms | check + write + report ms"
                + " | cards written | outcome |\n|---|---|---|---|---|---|---|\n");
        for (Run r : runs) {
            table.append("| %s | %,d | %,d | %,d | %,d | %,d | %s |%n".formatted(r.name(), r.rows(), r.uploadMs(),
                    r.mappingMs(), r.importMs(), r.cards(), r.outcome()));
        }
        System.out.println(table);
    }

    private Run run(WebUser director, String name, byte[] file, boolean validOnly) {
        long start = System.nanoTime();
        WebUser.Page uploaded = director.upload("/assets/import", "台账.xlsx", file, Map.of());
        long uploaded_ = System.nanoTime();
        if (uploaded.status() != 302) {
            throw new IllegalStateException("upload answered " + uploaded.status());
        }
        String id = uploaded.location().replaceAll(".*/assets/import/", "");
        Map<String, String> mapping = new HashMap<>();
        Matcher select = SELECT.matcher(director.get("/assets/import/" + id).body());
        long mapped = System.nanoTime();
        while (select.find()) {
            Matcher option = SELECTED.matcher(select.group(2));
            if (option.find()) {
                mapping.put(select.group(1), option.group(1));
            }
        }
        if (validOnly) {
            mapping.put("validOnly", "true");
        }
        long before = Demo.count(jdbc, "SELECT count(*) FROM assets.asset");
        long importStart = System.nanoTime();
        WebUser.Page result = director.post("/assets/import/" + id, mapping);
        long done = System.nanoTime();
        String outcome = result.status() == 302 ? "written" : result.body().contains("没有导入任何数据")
                ? "nothing written, report" : "status " + result.status();
        if (result.status() == 302 && validOnly) {
            director.getBytes("/assets/import/" + id + "/report.xlsx");
            outcome += ", report";
        }
        return new Run(name, Workbooks.text(file).split("\n").length - 1, ms(uploaded_ - start), ms(mapped - uploaded_),
                ms(done - importStart), Demo.count(jdbc, "SELECT count(*) FROM assets.asset") - before, outcome);
    }

    /** A register of {@code rows} cards; {@code wrong} of them spread through it each with one mistake. */
    private static byte[] register(String batch, int rows, int wrong, List<String> rooms, List<String> departments,
                                   List<String> staff, List<String> categories) {
        Random random = new Random(rows + batch.hashCode());
        String tag = batch + Long.toString(System.nanoTime(), 36);
        List<List<String>> lines = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            int quantity = random.nextInt(10) == 0 ? 1 + random.nextInt(40) : 1;
            long fen = 5_000 + random.nextInt(2_000_000);
            String unit = fen / 100 + "." + String.format("%02d", fen % 100);
            int year = 2012 + random.nextInt(14);
            String date = switch (i % 4) {
                case 0 -> year + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
                case 1 -> year + "/" + (1 + random.nextInt(12)) + "/" + (1 + random.nextInt(28));
                case 2 -> year + "." + (1 + random.nextInt(12)) + "." + (1 + random.nextInt(28));
                default -> year + "年" + (1 + random.nextInt(12)) + "月" + (1 + random.nextInt(28)) + "日";
            };
            List<String> line = new ArrayList<>(List.of(i % 3 == 0 ? "BM-" + tag + "-" + i : "", "测试资产" + i,
                    categories.get(random.nextInt(categories.size())), "型号-" + random.nextInt(500), "品牌" + random.nextInt(30),
                    "SN-" + tag + "-" + i, "供应商" + random.nextInt(20), date, String.valueOf(quantity), unit,
                    new java.math.BigDecimal(unit).multiply(java.math.BigDecimal.valueOf(quantity)).toPlainString(),
                    List.of("财政拨款", "自筹", "捐赠", "其他").get(random.nextInt(4)), random.nextInt(3) == 0 ? "8" : "",
                    rooms.get(random.nextInt(rooms.size())), departments.get(random.nextInt(departments.size())),
                    staff.get(random.nextInt(staff.size())), random.nextInt(5) == 0 ? "闲置" : "在用",
                    year + 3 + "-12-31", random.nextInt(4) == 0 ? "1.5" : "", "批次 " + batch));
            if (wrong > 0 && i % (rows / wrong) == rows / wrong / 2) {
                int column = List.of(2, 7, 9, 13, 15).get(random.nextInt(5));
                line.set(column, column == 9 ? "12.345" : column == 7 ? "去年" : "不存在的" + i);
            }
            lines.add(line);
        }
        return Workbooks.of(HEADERS, lines);
    }

    private List<String> texts(String sql, Object... params) {
        return Demo.asSystem(() -> jdbc.sql(sql).params(params).query(String.class).list());
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
