package org.houqin.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.houqin.support.Imports;
import org.houqin.support.ProductionJvm;
import org.houqin.support.StreamedWorkbooks;
import org.houqin.support.WebUser;
import org.houqin.support.Workbooks;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The biggest realistic imports under the production heap: the application in a JVM of its own with the options of
 * operations.md (-Xmx256m), 10,000 asset cards with every column filled as the director and 5,000 staff as the
 * administrator, through the pages (upload, mapping, check and write), and for comparison a 150,000-row register
 * refused with the row limit. For each: time, rows per second, and the heap, read from the JVM's collection log (a
 * full collection is forced before and right after each import): the most in use before any collection during it,
 * the most still in use after one, and what is in use once it is done. Run with
 * {@code ./mvnw verify -Dbench.excluded=none -Dtest=ImportHeapBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.assets=10000 -Dbench.staff=5000}). It prints a table and asserts nothing.
 */
@Tag("bench")
class ImportHeapBenchmark {

    private static final List<String> ASSET_HEADERS = List.of("资产编号", "资产名称", "分类", "规格型号", "品牌", "序列号",
            "供应商", "购置日期", "数量", "单价", "原值", "经费来源", "使用年限（年）", "存放地点", "使用部门", "保管人", "状态",
            "保修截止", "功率（千瓦）", "备注");
    private static final List<String> STAFF_HEADERS = List.of("工号", "姓名", "性别", "部门", "职务", "手机");
    /** Of the demo school. */
    private static final List<String> CATEGORIES = List.of("2010000", "2020000", "2200100", "2320000", "3510000",
            "6010000");
    private static final List<String> ROOMS = List.of("A-120", "A-130", "A-220", "B-101", "B-203", "B-401", "C-101",
            "C-203", "C-B01", "C-B02", "D-101", "D-315");
    private static final List<String> DEPARTMENTS = List.of("教务处", "政教处", "总务处（后勤处）", "财务室", "保卫处", "校长室");
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴");
    private static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "涛", "明");

    private record Run(String name, int rows, long uploadMs, long mappingMs, long importMs, long peakMb, long liveMb,
                       long afterMb, String outcome) {

        double seconds() {
            return (uploadMs + mappingMs + importMs) / 1000.0;
        }
    }

    @Test
    void importsTheBiggestRealisticFilesUnderTheProductionHeap() throws Exception {
        int assets = Integer.getInteger("bench.assets", 10_000);
        int staff = Integer.getInteger("bench.staff", 5_000);
        try (ProductionJvm app = ProductionJvm.start("import-heap-bench")) {
            Path folder = app.folder();
            Path warmUp = register(folder.resolve("warm-up.xlsx"), "W", 1_000);
            Path register = register(folder.resolve("register.xlsx"), "A", assets);
            Path people = staff(folder.resolve("staff.xlsx"), staff);
            Path huge = huge(folder.resolve("huge.xlsx"));
            WebUser director = WebUser.login(app.port(), "director", "houqin");
            WebUser admin = WebUser.login(app.port(), "admin", "houqin");
            List<Run> runs = new ArrayList<>();
            runs.add(run(app, director, "/assets/import", "warm-up, asset cards", warmUp, 1_000));
            runs.add(run(app, director, "/assets/import", "asset cards, every column", register, assets));
            runs.add(run(app, admin, "/org/staff/import", "staff", people, staff));
            runs.add(run(app, director, "/assets/import", "asset register of 150,000 rows (%.1f MB)"
                    .formatted(Files.size(huge) / 1024.0 / 1024), huge, 150_000));
            StringBuilder table = new StringBuilder("\n| import | rows | upload ms | mapping page ms | check + write ms"
                    + " | total s | rows per second | peak heap MB | most live MB | live after MB | outcome |\n"
                    + "|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (Run r : runs) {
                table.append("| %s | %,d | %,d | %,d | %,d | %.1f | %s | %d | %d | %d | %s |%n".formatted(r.name(),
                        r.rows(), r.uploadMs(), r.mappingMs(), r.importMs(), r.seconds(), r.importMs() == 0 ? "–"
                        : "%,.0f".formatted(r.rows() / r.seconds()), r.peakMb(), r.liveMb(), r.afterMb(),
                        r.outcome()));
            }
            System.out.println(table + "JVM alive at the end: " + app.alive() + "; logs in " + folder);
        }
    }

    private static Run run(ProductionJvm app, WebUser user, String path, String name, Path file, int rows)
            throws Exception {
        app.collect();
        int mark = app.collections();
        long start = System.nanoTime();
        WebUser.Page uploaded = user.upload(path, file.getFileName().toString(), Files.readAllBytes(file), Map.of());
        long uploadedAt = System.nanoTime();
        if (uploaded.status() != 302) {
            app.collect();
            String outcome = uploaded.body().contains("行数据，没有读取") ? "refused with the row limit"
                    : "upload answered " + uploaded.status();
            return new Run(name, rows, ms(uploadedAt - start), 0, 0, app.peakHeapMegabytes(mark),
                    app.peakLiveHeapMegabytes(mark), app.heapAfterLastCollectionMegabytes(), outcome);
        }
        String id = uploaded.location().replaceAll(".*" + path + "/", "");
        Map<String, String> mapping = Imports.guessedMapping(user, path, id);
        long mappedAt = System.nanoTime();
        WebUser.Page result = user.post(path + "/" + id, mapping);
        long doneAt = System.nanoTime();
        app.collect();
        String outcome = result.status() == 302 ? "written" : result.body().contains("没有导入任何数据")
                ? "nothing written, first problem: " + Workbooks.text(user.getBytes(path + "/" + id + "/report.xlsx"))
                .lines().skip(1).findFirst().orElse("") : "status " + result.status();
        return new Run(name, rows, ms(uploadedAt - start), ms(mappedAt - uploadedAt), ms(doneAt - mappedAt),
                app.peakHeapMegabytes(mark), app.peakLiveHeapMegabytes(mark), app.heapAfterLastCollectionMegabytes(),
                outcome);
    }

    /** A register as an office keeps it: a number on one card in three, a batch of several on one in ten. */
    private static Path register(Path file, String batch, int rows) throws Exception {
        Random random = new Random(rows + batch.hashCode());
        String tag = batch + Long.toString(System.nanoTime(), 36);
        return StreamedWorkbooks.write(file, ASSET_HEADERS, rows, i -> {
            int quantity = random.nextInt(10) == 0 ? 1 + random.nextInt(40) : 1;
            long fen = 5_000 + random.nextInt(2_000_000);
            int year = 2012 + random.nextInt(14);
            String date = switch (i % 4) {
                case 0 -> year + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
                case 1 -> year + "/" + (1 + random.nextInt(12)) + "/" + (1 + random.nextInt(28));
                case 2 -> year + "." + (1 + random.nextInt(12)) + "." + (1 + random.nextInt(28));
                default -> year + "年" + (1 + random.nextInt(12)) + "月" + (1 + random.nextInt(28)) + "日";
            };
            return List.of(i % 3 == 0 ? "BM-" + tag + "-" + i : "", "测试资产" + i, pick(random, CATEGORIES),
                    "型号-" + random.nextInt(500), "品牌" + random.nextInt(30), "SN-" + tag + "-" + i,
                    "供应商" + random.nextInt(20), date, quantity, fen / 100.0, fen * quantity / 100.0,
                    pick(random, List.of("财政拨款", "自筹", "捐赠", "其他")), random.nextInt(3) == 0 ? "8" : "",
                    pick(random, ROOMS), pick(random, DEPARTMENTS), random.nextInt(3) == 0 ? "李秀兰" : "",
                    random.nextInt(5) == 0 ? "闲置" : "在用", year + 3 + "-12-31", random.nextInt(4) == 0 ? "1.5" : "",
                    "批次 " + batch);
        });
    }

    /** A register of 150,000 rows in eight columns, about 8 MB: under the upload limit, over the row limit. */
    private static Path huge(Path file) throws Exception {
        Random random = new Random(150_000);
        return StreamedWorkbooks.write(file, List.of("资产名称", "分类", "规格型号", "序列号", "购置日期", "数量", "单价",
                "存放地点"), 150_000, i -> List.of("学生课桌椅" + i, "家具", "KZY-" + random.nextInt(100_000),
                Long.toString(random.nextLong() & Long.MAX_VALUE, 36), "2020-0" + (1 + random.nextInt(9)) + "-1"
                + random.nextInt(10), 1 + random.nextInt(40), (5_000 + random.nextInt(2_000_000)) / 100.0, "C-B01"));
    }

    /** New staff in the demo school's departments, each with an employee number and a mobile number of their own. */
    private static Path staff(Path file, int rows) throws Exception {
        Random random = new Random(rows);
        String tag = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        return StreamedWorkbooks.write(file, STAFF_HEADERS, rows, i -> List.of("B" + tag + i,
                pick(random, SURNAMES) + pick(random, GIVEN) + pick(random, GIVEN), random.nextBoolean() ? "男" : "女",
                pick(random, DEPARTMENTS), random.nextInt(4) == 0 ? "教师" : "", "139" + (10_000_000 + i)));
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
