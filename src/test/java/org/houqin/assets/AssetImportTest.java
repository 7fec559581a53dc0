package org.houqin.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.houqin.support.Demo;
import org.houqin.support.Imports;
import org.houqin.support.IntegrationTest;
import org.houqin.support.MessyRegister;
import org.houqin.support.WebUser;
import org.houqin.support.Workbooks;
import org.junit.jupiter.api.Test;

/** 导入资产台账: a register kept in Excel becomes cards, or tells row by row what is wrong with it. */
class AssetImportTest extends IntegrationTest {

    private static final Pattern SELECT = Pattern.compile("<select[^>]*name=\"(col2?_[A-Z_]+)\"[^>]*>(.*?)</select>",
            Pattern.DOTALL);
    private static final Pattern SELECTED = Pattern.compile("<option value=\"([^\"]*)\" selected=\"selected\"");

    private final String unique = Long.toString(System.nanoTime(), 36);

    @Test
    void aCleanRegisterBecomesCardsWithTheirHistoryWhateverItsColumnsAreCalled() {
        WebUser director = login("director");
        String custodian = aStaffNameOfOne();
        byte[] file = withDateCell(Workbooks.of(
                List.of("名称", "分类", "型号", "购入日期", "数量", "金额", "位置", "部门", "责任人", "序列号", "状态"),
                List.of(List.of("导入投影仪" + unique, "2320000", "CB-X06", "2024/3/5", "1", "4,500.00", "A-101", "总务处",
                                custodian, "IMP-" + unique, "在用"),
                        List.of("导入课桌" + unique, "家具", "1200×600", "2023年9月1日", "40", "14000", "A-101", "", "", "",
                                "闲置"),
                        List.of("导入电脑" + unique, "2010000 计算机设备及软件", "", "", "2", "9000.5", "", "", "", "", ""))),
                3, 3, LocalDate.of(2022, 12, 31));
        String id = upload(director, file);
        Map<String, String> mapping = guessedMapping(director, id);
        assertThat(mapping).containsEntry("col_NAME", "名称").containsEntry("col_PURCHASED_ON", "购入日期")
                .containsEntry("col_VALUE", "金额").containsEntry("col_ROOM", "位置")
                .containsEntry("col_DEPARTMENT", "部门").containsEntry("col_CUSTODIAN", "责任人");

        WebUser.Page done = director.post("/assets/import/" + id, mapping);
        assertThat(done.status()).as(done.body()).isEqualTo(302);
        assertThat(director.get(done.location().replaceAll("^https?://[^/]+", "")).body())
                .contains("已导入 3 张资产卡片，共 43 件，原值合计 27,500.50 元");

        long school = Demo.schoolId(jdbc);
        assertThat(text("SELECT unit_value::text || ' ' || quantity || ' ' || status || ' ' || purchased_on"
                + " FROM assets.asset WHERE name = ?", "导入课桌" + unique)).isEqualTo("350.00 40 IDLE 2023-09-01");
        assertThat(text("SELECT unit_value::text || ' ' || number || ' ' || purchased_on || ' ' || useful_life_months"
                + " FROM assets.asset WHERE name = ?", "导入电脑" + unique)).matches("4500.25 ZC-2022-\\d{5} 2022-12-31 72");
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM assets.asset a WHERE a.name = ? AND a.number LIKE 'ZC-2024-%' AND a.room_id IS NOT NULL
                   AND a.department_id IS NOT NULL AND a.custodian_staff_id IS NOT NULL AND a.serial_no = ?
                   AND a.status = 'IN_USE' AND a.useful_life_months = 60""", "导入投影仪" + unique, "IMP-" + unique))
                .isEqualTo(1);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM platform.timeline_event e JOIN assets.asset a ON a.id = e.subject_id
                WHERE e.subject_type = 'asset' AND a.name LIKE ? AND e.kind = 'REGISTER' AND e.actor_id = ?""",
                "导入%" + unique, Demo.userId(jdbc, "director"))).isEqualTo(3);
        long desks = Demo.count(jdbc, "SELECT id FROM assets.asset WHERE name = ?", "导入课桌" + unique);
        assertThat(director.get("/assets/" + desks).body()).contains("Excel 导入建账：40 件，原值 14,000.00 元");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM audit.log_entry WHERE entity = 'asset' AND action = 'IMPORT'"
                + " AND school_id = ?", school)).isPositive();
        assertThat(director.get("/assets/import/" + id).status()).as("the file is gone once written").isEqualTo(404);
    }

    @Test
    void aRegisterWithWrongRowsWritesNothingAndSaysWhatIsWrongWhereUnlessOnlyTheValidRowsAreWanted() {
        WebUser director = login("director");
        String taken = registeredCard(director);
        String takenNumber = text("SELECT number FROM assets.asset WHERE serial_no = ?", taken);
        String future = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10).toString();
        List<String> headers = List.of("资产编号", "资产名称", "分类", "购置日期", "数量", "单价", "存放地点", "使用部门",
                "保管人", "序列号");
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("", "", "2320000", "2020-05-01", "1", "100", "", "", "", ""));                  // 2
        rows.add(row("", "坏分类" + unique, "不存在的分类", "2020-05-01", "1", "100", "", "", "", ""));   // 3
        rows.add(row("", "坏房间" + unique, "2320000", "2020-05-01", "1", "100", "Z-999", "", "", "")); // 4
        rows.add(row("", "坏部门" + unique, "2320000", "2020-05-01", "1", "100", "", "不存在部", "", "")); // 5
        rows.add(row("", "坏保管人" + unique, "2320000", "2020-05-01", "1", "100", "", "", "查无此人", "")); // 6
        rows.add(row("", "好甲" + unique, "2320000", "2020.5.1", "1", "100", "", "", "", "DUP-" + unique)); // 7
        rows.add(row("", "重复序列号" + unique, "2320000", "2020-05-01", "1", "100", "", "", "", "DUP-" + unique)); // 8
        rows.add(row("", "已有序列号" + unique, "2320000", "2020-05-01", "1", "100", "", "", "", taken)); // 9
        rows.add(row(takenNumber, "已有编号" + unique, "2320000", "2020-05-01", "1", "100", "", "", "", "")); // 10
        rows.add(row("", "文字日期" + unique, "2320000", "去年五月", "1", "100", "", "", "", ""));      // 11
        rows.add(row("", "未来日期" + unique, "2320000", future, "1", "100", "", "", "", ""));          // 12
        rows.add(row("", "公式" + unique, "2320000", "2020-05-01", "1", "=1000*2", "", "", "", ""));    // 13
        rows.add(row("", "负数" + unique, "2320000", "2020-05-01", "1", "-5", "", "", "", ""));        // 14
        rows.add(row("", "非数字" + unique, "2320000", "2020-05-01", "1", "约五百", "", "", "", ""));   // 15
        rows.add(row("", "三位小数" + unique, "2320000", "2020-05-01", "1", "12.345", "", "", "", "")); // 16
        rows.add(row("", "半件" + unique, "2320000", "2020-05-01", "2.5", "100", "", "", "", ""));      // 17
        rows.add(row("", "好乙" + unique, "2320000", "2020/5/1", "3", "100.5", "A-101", "", "", ""));  // 18
        String id = upload(director, Workbooks.of(headers, rows));
        WebUser.Page values = director.post("/assets/import/" + id, guessedMapping(director, id));
        assertThat(values.body()).as("values no record names are asked about first").contains("核对取值");
        Map<String, String> mapping = Imports.shownAnswers(values.body());
        assertThat(Imports.questions(mapping)).containsExactly("asset_category:不存在的分类", "department:不存在部",
                "room:Z-999", "staff:查无此人");
        mapping.replaceAll((param, answer) -> param.startsWith("va_") ? "wrong" : answer);

        WebUser.Page checked = director.post("/assets/import/" + id, mapping);
        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.body()).contains("共 17 行，其中 15 行有错误，没有导入任何数据").contains("只导入正确的 2 行");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM assets.asset WHERE name LIKE ?", "%" + unique)).isZero();
        assertThat(Imports.problems(director.getBytes("/assets/import/" + id + "/report.xlsx"))).containsExactly(
                "2\t资产名称\t此列必填\t",
                "3\t分类\t找不到分类“不存在的分类”，请填写分类代码（如 2010000）或分类名称\t",
                "4\t存放地点\t找不到房间“Z-999”，请填写房间编号（如 A-101）\t",
                "5\t使用部门\t找不到部门“不存在部”\t",
                "6\t保管人\t找不到教职工“查无此人”（或有重名）\t",
                "8\t序列号\t序列号“DUP-" + unique + "”与第 7 行重复\t",
                "9\t序列号\t序列号“" + taken + "”已登记在其他资产上\t",
                "10\t资产编号\t资产编号“" + takenNumber + "”已被本校的其他资产使用\t",
                "11\t购置日期\t“去年五月”不是日期，请写成 2020-05-01、2020/5/1、2020.5.1、2020年5月1日，或只写年月（2019.08、2019年8月）\t",
                "12\t购置日期\t购置日期 " + future + " 在今天之后\t",
                "13\t单价\t不接受公式，请填写数值或文字\t",
                "14\t单价\t“-5”是负数\t",
                "15\t单价\t“约五百”不是数字\t",
                "16\t单价\t“12.345”超过两位小数\t",
                "17\t数量\t“2.5”不是 1 到 1000000 之间的整数\t");
        assertThat(checked.body()).containsPattern("<td[^>]*>13</td>\\s*<td[^>]*>单价</td>\\s*<td>不接受公式");

        Map<String, String> validOnly = new HashMap<>(mapping);
        validOnly.put("validOnly", "true");
        WebUser.Page done = director.post("/assets/import/" + id, validOnly);
        assertThat(done.status()).as(done.body()).isEqualTo(302);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM assets.asset WHERE name LIKE ?", "%" + unique)).isEqualTo(2);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM assets.asset WHERE name IN (?, ?)", "好甲" + unique,
                "好乙" + unique)).isEqualTo(2);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM assets.asset WHERE name = ?", "公式" + unique))
                .as("a formula is never evaluated into a value").isZero();
        assertThat(director.get(done.location().replaceAll("^https?://[^/]+", "")).body())
                .contains("已导入 2 张资产卡片，共 4 件，原值合计 401.50 元").contains("文件共 17 行，15 行有错误未导入");
    }

    @Test
    void aMessyRegisterImportsEveryGoodRowWithItsPlaceCategoryAndKeeperOnceTheUserAnsweredItsValues() {
        WebUser director = login("director");
        MessyRegister register = new MessyRegister(unique, unique);
        long school = Demo.schoolId(jdbc);
        List<String> rememberedBefore = Demo.asSystem(() -> jdbc.sql("""
                SELECT lookup || ':' || file_value FROM platform.import_value_choice WHERE school_id = ?""")
                .param(school).query(String.class).list());
        String id = upload(director, register.workbook());
        String mappingPage = director.get("/assets/import/" + id).body();
        assertThat(mappingPage).as("the header under the merged title, over two rows").contains("列名在第 2–3 行");
        Map<String, String> columns = guessedMapping(director, id);
        assertThat(columns).containsEntry("col_CATEGORY", "分类名称").containsEntry("col2_CATEGORY", "分类代码")
                .containsEntry("col_UNIT_VALUE", "单价").containsEntry("col_VALUE", "金额")
                .containsEntry("col_ROOM", "存放地点").containsEntry("col_CUSTODIAN", "保管人");

        WebUser.Page values = director.post("/assets/import/" + id, columns);
        Map<String, String> answers = Imports.shownAnswers(values.body());
        List<String> asked = new ArrayList<>(List.of("asset_category:不存在的分类", "asset_category:课桌椅",
                "department:" + register.newDepartment(), "room:教学楼A-101", "room:教学楼A-102", "room:行政楼-总务处",
                "staff:" + register.newPerson()));
        boolean newCodes = Demo.count(jdbc, "SELECT count(*) FROM assets.category WHERE code = '2010105' AND school_id = ?",
                school) == 0;
        if (newCodes) {
            asked.addAll(List.of("asset_category:2010105", "asset_category:6010101"));
        }
        assertThat(Imports.questions(answers)).as("each value no record names exactly, once (last time's answer shown)")
                .containsExactlyInAnyOrderElementsOf(asked);
        long a101 = id("SELECT id FROM places.room WHERE code = 'A-101' AND school_id = ?", school);
        long office = id("SELECT id FROM places.room WHERE name = '总务处办公室' AND school_id = ?", school);
        long furniture = id("SELECT id FROM assets.category WHERE code = '6010000' AND school_id = ?", school);
        if (!rememberedBefore.contains("room:教学楼A-101")) {
            assertThat(answers).as("likely guesses are offered for the user to confirm")
                    .containsEntry(Imports.answerParam(answers, "room", "教学楼A-101"), "id:" + a101)
                    .containsEntry(Imports.answerParam(answers, "room", "行政楼-总务处"), "id:" + office);
        }
        assertThat(answers).containsEntry(Imports.answerParam(answers, "department", register.newDepartment()), "new")
                .containsEntry(Imports.answerParam(answers, "staff", register.newPerson()), "new")
                .containsEntry(Imports.answerParam(answers, "asset_category", "不存在的分类"), "wrong");
        if (newCodes) {
            assertThat(answers).as("a GB/T 14885 code the tree lacks is offered for creation")
                    .containsEntry(Imports.answerParam(answers, "asset_category", "2010105"), "new");
        }
        if (asked.contains("asset_category:课桌椅")) {
            answers.put(Imports.answerParam(answers, "asset_category", "课桌椅"), "id:" + furniture);
        }

        WebUser.Page checked = director.post("/assets/import/" + id, answers);
        assertThat(checked.body()).contains("共 13 行，其中 5 行有错误，没有导入任何数据")
                .as("the row's own values beside its problem").contains("价格不明" + unique + " | 家具");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM organization.department WHERE name = ?",
                register.newDepartment()))
                .as("what was to be created goes with the run that wrote nothing").isZero();
        List<String> problems = Imports.problems(director.getBytes("/assets/import/" + id + "/report.xlsx"));
        for (MessyRegister.Line line : register.wrong()) {
            assertThat(problems).anyMatch(p -> p.startsWith(register.rowOf(line) + "\t") && p.contains(line.wrongBecause()));
        }
        assertThat(problems).contains("4\t\t单位行，已跳过\t", "9\t\t小计/合计行，已跳过\t",
                "5\t购置日期\t“2019.08”只写了年月，按 2019-08-01（当月 1 日）导入\t");

        Map<String, String> validOnly = new HashMap<>(answers);
        validOnly.put("validOnly", "true");
        WebUser.Page done = director.post("/assets/import/" + id, validOnly);
        assertThat(done.status()).as(done.body()).isEqualTo(302);
        assertThat(director.get(done.location().replaceAll("^https?://[^/]+", "")).body())
                .contains("已导入 8 张资产卡片").contains("只写了年月");
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM assets.asset WHERE name LIKE ? AND room_id IS NOT NULL AND category_id IS NOT NULL
                   AND custodian_staff_id IS NOT NULL AND department_id IS NOT NULL""", "%" + unique))
                .as("every good row, with its place, category and keeper").isEqualTo(register.good().size());
        assertThat(text("SELECT r.code || ' ' || c.code || ' ' || c.useful_life_months || ' ' || a.purchased_on"
                + " FROM assets.asset a JOIN places.room r ON r.id = a.room_id JOIN assets.category c ON c.id = a.category_id"
                + " WHERE a.name = ?", "笔记本电脑" + unique)).isEqualTo("C-201 2010105 72 2019-08-01".replace("C-201",
                text("SELECT code FROM places.room WHERE id = ?", office)));
        assertThat(text("SELECT r.code || ' ' || a.purchased_on FROM assets.asset a JOIN places.room r ON r.id = a.room_id"
                + " WHERE a.name = ?", "课桌椅" + unique)).isEqualTo("A-101 2019-08-01");
        assertThat(text("SELECT purchased_on::text FROM assets.asset WHERE name = ?", "办公桌" + unique)).isEqualTo("2021-03-15");

        String again = upload(director, new MessyRegister(unique + "b", unique).workbook());
        WebUser.Page remembered = director.post("/assets/import/" + again, guessedMapping(director, again));
        Map<String, String> second = Imports.shownAnswers(remembered.body());
        assertThat(Imports.questions(second)).as("what was created is found exactly now")
                .doesNotContain("department:" + register.newDepartment(), "staff:" + register.newPerson(),
                        "asset_category:2010105", "asset_category:6010101");
        assertThat(second).as("the school's answers are kept, shown as last time's")
                .containsEntry(Imports.answerParam(second, "asset_category", "课桌椅"), "id:" + furniture)
                .containsEntry(Imports.answerParam(second, "room", "行政楼-总务处"), "id:" + office);
        assertThat(remembered.body()).contains("上次的选择");
    }

    @Test
    void theMappingNeedsTheRequiredFieldsAndTheUploadStaysWithItsUploader() {
        WebUser director = login("director");
        String id = upload(director, Workbooks.of(List.of("物品", "日期"), List.of(List.of("椅子", "2020-05-01"))));
        WebUser.Page page = director.post("/assets/import/" + id, Map.of("col_NAME", "物品"));
        assertThat(page.body()).contains("请为以下项目选择对应的列：分类、购置日期、单价");
        assertThat(login("storekeeper").get("/assets/import/" + id).status()).isEqualTo(404);
        assertThat(director.upload("/assets/import", "a.xlsx", "not a workbook".getBytes(), Map.of()).body())
                .contains("无法读取这个文件");
    }

    @Test
    void theTemplateHasEveryColumnAndAnExample() {
        String template = Workbooks.text(login("storekeeper").getBytes("/assets/import/template.xlsx"));
        assertThat(template).startsWith("资产编号\t资产名称\t分类\t规格型号").contains("购置日期").contains("原值")
                .contains("学生课桌椅");
    }

    @Test
    void aTeacherMayNotImport() {
        WebUser teacher = login("teacher");
        assertThat(teacher.get("/assets/import").status()).isEqualTo(403);
        assertThat(teacher.upload("/assets/import", "a.xlsx", Workbooks.of(List.of("名称"), List.of(List.of("椅子"))),
                Map.of()).status()).isEqualTo(403);
    }

    private String upload(WebUser user, byte[] file) {
        WebUser.Page page = user.upload("/assets/import", "台账.xlsx", file, Map.of());
        assertThat(page.status()).as(page.body()).isEqualTo(302);
        return page.location().replaceAll(".*/assets/import/", "");
    }

    /** The columns the mapping page chose by itself, as the form would send them. */
    private static Map<String, String> guessedMapping(WebUser user, String id) {
        Map<String, String> chosen = new HashMap<>();
        Matcher select = SELECT.matcher(user.get("/assets/import/" + id).body());
        while (select.find()) {
            Matcher option = SELECTED.matcher(select.group(2));
            if (option.find()) {
                chosen.put(select.group(1), option.group(1));
            }
        }
        return chosen;
    }

    private String registeredCard(WebUser user) {
        String serial = "IMP-TAKEN-" + unique;
        Map<String, String> form = new HashMap<>();
        form.put("name", "已登记" + unique + "卡");
        form.put("categoryId", String.valueOf(Demo.count(jdbc,
                "SELECT id FROM assets.category WHERE code = '2320000' AND school_id = ?", Demo.schoolId(jdbc))));
        form.put("purchasedOn", "2021-01-01");
        form.put("quantity", "1");
        form.put("unitValue", "100");
        form.put("fundingSource", "FISCAL");
        form.put("serialNo", serial);
        assertThat(user.post("/assets", form).status()).isEqualTo(302);
        return serial;
    }

    private String aStaffNameOfOne() {
        return text("""
                SELECT name FROM organization.staff WHERE school_id = ? AND active
                GROUP BY name HAVING count(*) = 1 ORDER BY name LIMIT 1""", Demo.schoolId(jdbc));
    }

    private long id(String sql, Object... params) {
        return Demo.asSystem(() -> jdbc.sql(sql).params(params).query(Long.class).single());
    }

    private String text(String sql, Object... params) {
        return Demo.asSystem(() -> jdbc.sql(sql).params(params).query(String.class).single());
    }

    private static List<String> row(String... cells) {
        return List.of(cells);
    }

    /** Puts a real date cell (formatted as a date) where an office's spreadsheet would have one. */
    private static byte[] withDateCell(byte[] workbook, int row, int column, LocalDate date) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var style = book.createCellStyle();
            style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            var cell = book.getSheetAt(0).getRow(row).createCell(column);
            cell.setCellValue(date);
            cell.setCellStyle(style);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
