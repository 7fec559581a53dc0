package org.houqin.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.houqin.support.Demo;
import org.houqin.support.Imports;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.houqin.support.Workbooks;
import org.junit.jupiter.api.Test;

/** Staff come in from Excel row by row: any bad row stops the import unless the user asks for the valid rows only. */
class StaffImportTest extends IntegrationTest {

    private static final String IMPORT = "/org/staff/import";

    private static byte[] workbook(List<List<String>> rows) {
        return Workbooks.of(List.of("工号", "姓名", "性别", "部门", "职务", "手机"), rows);
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private long staff() {
        return Demo.count(jdbc, "SELECT count(*) FROM organization.staff");
    }

    @Test
    void aFileWithBadRowsImportsNothingAndSaysWhatIsWrongRowByRow() throws Exception {
        WebUser admin = login("admin");
        long before = staff();
        byte[] file = workbook(List.of(
                List.of("IMP001", "钱多多", "女", "教务处", "语文教师", "13900001111"),
                List.of("IMP002", "", "男", "教务处", "数学教师", "13900002222"),
                List.of("IMP003", "孙小圣", "男", "不存在的部门", "", ""),
                List.of("IMP004", "周末", "男", "教务处", "", "12345"),
                List.of("IMP001", "重复工号", "女", "", "", ""),
                List.of("T1001", "已有工号", "女", "", "", ""),
                List.of("=1+1", "公式", "女", "", "", "")));
        var page = Imports.run(admin, IMPORT, Imports.upload(admin, IMPORT, "staff.xlsx", file), false);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("没有导入任何数据")
                .contains("找不到部门“不存在的部门”")
                .contains("请输入正确的手机号")
                .contains("在文件中出现了不止一次")
                .contains("不接受公式")
                .contains("必填");
        assertThat(staff()).isEqualTo(before);
    }

    @Test
    void theValidRowsGoInWhenTheUserAsksForThem() throws Exception {
        WebUser admin = login("admin");
        long before = staff();
        byte[] file = workbook(List.of(
                List.of("IMP101", "吴有才", "男", "总务处（后勤处）", "电工", "13900003333"),
                List.of("IMP102", "", "男", "", "", "")));
        var page = Imports.run(admin, IMPORT, Imports.upload(admin, IMPORT, "staff.xlsx", file), true);
        assertThat(Imports.donePage(admin, page)).contains("已导入 1 行");
        assertThat(staff()).isEqualTo(before + 1);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM organization.staff WHERE employee_no = 'IMP101'")).isEqualTo(1);
    }

    @Test
    void aSheetWithItsOwnHeadersIsMappedAndItsProblemsComeAsARowReport() throws Exception {
        WebUser admin = login("admin");
        byte[] file = Workbooks.of(List.of("职工号", "名字", "所在部门", "手机号码", "岗位"), List.of(
                List.of("IMP201", "郑好", "教务处", "13900005555", "英语教师"),
                List.of("IMP202", "冯错", "教务处", "12345", ""),
                List.of("IMP203", "", "", "", "")));
        String id = Imports.upload(admin, IMPORT, "教职工.xlsx", file);
        assertThat(Imports.guessedMapping(admin, IMPORT, id)).containsEntry("col_EMPLOYEE_NO", "职工号")
                .containsEntry("col_NAME", "名字").containsEntry("col_DEPARTMENT", "所在部门")
                .containsEntry("col_PHONE", "手机号码").containsEntry("col_POSITION", "岗位");
        var checked = Imports.run(admin, IMPORT, id, false);
        assertThat(checked.body()).contains("共 3 行，其中 2 行有错误，没有导入任何数据");
        assertThat(Imports.problems(admin.getBytes(IMPORT + "/" + id + "/report.xlsx")))
                .containsExactly("3\t手机号码\t请输入正确的手机号（11 位）或带区号的座机号\t", "4\t名字\t此列必填\t");
        assertThat(Imports.donePage(admin, Imports.run(admin, IMPORT, id, true))).contains("已导入 1 行");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM organization.staff WHERE employee_no = 'IMP201'"
                + " AND position = '英语教师'")).isEqualTo(1);
    }

    @Test
    void onlyWhoMayAddStaffSeesTheImportSteps() {
        String id = Imports.upload(login("admin"), IMPORT, "staff.xlsx",
                workbook(List.of(List.of("IMP301", "权限", "", "", "", ""))));
        WebUser teacher = login("teacher");
        assertThat(teacher.get(IMPORT).status()).isEqualTo(403);
        assertThat(teacher.get(IMPORT + "/" + id).status()).isEqualTo(403);
        assertThat(teacher.post(IMPORT + "/" + id, Map.of("col_EMPLOYEE_NO", "工号")).status()).isEqualTo(403);
    }

    @Test
    void phonesAreMaskedInTheListAndExportAndRevealedOnlyWithAnAuditRow() throws Exception {
        WebUser admin = login("admin");
        String phone = Demo.asSystem(() -> jdbc.sql("SELECT phone FROM organization.staff WHERE name = '王国强'")
                .query(String.class).single());
        long id = Demo.count(jdbc, "SELECT id FROM organization.staff WHERE name = '王国强'");
        assertThat(admin.get("/org/staff?q=" + enc("王国强")).body()).doesNotContain(phone).contains(phone.substring(0, 3) + "****");
        try (var book = new XSSFWorkbook(new java.io.ByteArrayInputStream(admin.getBytes("/org/staff/export.xlsx?q=" + enc("王国强"))))) {
            var row = book.getSheetAt(0).getRow(1);
            List<String> cells = new java.util.ArrayList<>();
            row.forEach(cell -> cells.add(cell.toString()));
            assertThat(cells).contains("王国强").doesNotContain(phone);
        }
        assertThat(admin.post("/org/staff/" + id + "/phone", Map.of()).body()).isEqualTo(phone);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM audit.log_entry WHERE action = 'REVEAL_PHONE' AND entity_id = ?",
                String.valueOf(id))).isPositive();
        assertThat(login("head").post("/org/staff/" + id + "/phone", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void theEditFormNeverShowsTheWholePhoneAndKeepsItWhenLeftEmpty() {
        WebUser admin = login("admin");
        long id = Demo.count(jdbc, "SELECT id FROM organization.staff WHERE name = '李秀兰'");
        String phone = Demo.asSystem(() -> jdbc.sql("SELECT phone FROM organization.staff WHERE id = ?").param(id)
                .query(String.class).single());
        String form = admin.get("/org/staff/" + id + "/edit").body();
        assertThat(form).doesNotContain(phone).contains(phone.substring(0, 3) + "****");
        int version = (int) Demo.count(jdbc, "SELECT version FROM organization.staff WHERE id = ?", id);
        long department = Demo.count(jdbc, "SELECT department_id FROM organization.staff WHERE id = ?", id);
        var saved = admin.post("/org/staff/" + id, Map.of("employeeNo", "T1004", "name", "李秀兰", "gender", "女",
                "position", "仓库保管员", "phone", "", "departmentId", String.valueOf(department), "active", "true",
                "version", String.valueOf(version)));
        assertThat(saved.redirectsTo("/org/staff")).isTrue();
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM organization.staff WHERE id = ? AND phone = ? AND position = '仓库保管员'",
                id, phone)).isEqualTo(1);
    }

    @Test
    void aBadPhoneOnTheFormGetsAChineseMessageAndNothingIsWritten() {
        WebUser admin = login("admin");
        long before = staff();
        var page = admin.post("/org/staff", Map.of("employeeNo", "BAD1", "name", "<b>粗体</b>", "phone", "123",
                "gender", "男", "version", "0"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("请输入正确的手机号");
        assertThat(staff()).isEqualTo(before);
    }
}
