package org.houqin.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/** Bad input gets a message at its field and writes nothing; markup stays text; stale edits are refused. */
class RoomFormsTest extends IntegrationTest {

    private Map<String, String> room(String code, String name) {
        long building = Demo.count(jdbc, "SELECT id FROM places.building WHERE code = 'A' AND school_id = ?",
                Demo.schoolId(jdbc));
        Map<String, String> fields = new HashMap<>();
        fields.put("buildingId", String.valueOf(building));
        fields.put("floor", "2");
        fields.put("code", code);
        fields.put("name", name);
        fields.put("roomType", "OFFICE");
        fields.put("area", "30.5");
        fields.put("version", "0");
        return fields;
    }

    private long rooms() {
        return Demo.count(jdbc, "SELECT count(*) FROM places.room");
    }

    @Test
    void eachBadFieldGetsItsOwnChineseMessageAndNothingIsWritten() {
        WebUser admin = login("admin");
        long before = rooms();
        Map<String, String> empty = room("", "");
        assertThat(admin.post("/places/rooms", empty).body()).contains("必填");

        Map<String, String> tooLong = room("R-" + "9".repeat(40), "名".repeat(100));
        assertThat(admin.post("/places/rooms", tooLong).body()).contains("内容太长了");

        Map<String, String> badCode = room("A 101<", "办公室");
        assertThat(admin.post("/places/rooms", badCode).body()).contains("只能使用字母、数字、下划线和短横线");

        Map<String, String> duplicate = room("A-101", "重复编号");
        assertThat(admin.post("/places/rooms", duplicate).body()).contains("房间编号已存在");

        Map<String, String> floor = room("A-999", "太高的房间");
        floor.put("floor", "9");
        assertThat(admin.post("/places/rooms", floor).body()).contains("只有地上 5 层");

        for (String area : new String[] {"0", "-1", "1e309", "1.234", "abc"}) {
            Map<String, String> badArea = room("A-998", "面积不对");
            badArea.put("area", area);
            var page = admin.post("/places/rooms", badArea);
            assertThat(page.status()).as(area).isEqualTo(200);
            assertThat(page.body()).as(area).containsAnyOf("必须大于 0", "数值超出允许范围", "最多两位小数", "请输入数字");
        }
        Map<String, String> nul = room("A-997", "带\u0000的名字");
        nul.put("buildingId", "not-a-number");
        assertThat(admin.post("/places/rooms", nul).status()).isEqualTo(200);
        assertThat(rooms()).isEqualTo(before);
    }

    @Test
    void markupInANameIsShownAsTextInListDetailAndExport() {
        WebUser admin = login("admin");
        var created = admin.post("/places/rooms", room("XSS-1", "<script>alert('x')</script>🙂"));
        assertThat(created.status()).isEqualTo(302);
        String location = created.location();
        String detail = admin.get(location.substring(location.indexOf("/places"))).body();
        assertThat(detail).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;🙂");
        assertThat(admin.get("/places/rooms?q=XSS").body()).doesNotContain("<script>alert").contains("&lt;script&gt;");
    }

    @Test
    void anExportedNameThatLooksLikeAFormulaStaysText() throws Exception {
        WebUser admin = login("admin");
        assertThat(admin.post("/places/rooms", room("FORMULA-1", "=HYPERLINK(\"http://evil\")")).status()).isEqualTo(302);
        byte[] xlsx = admin.getBytes("/places/rooms/export.xlsx?q=FORMULA-1");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var cell = book.getSheetAt(0).getRow(1).getCell(1);
            assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil\")");
        }
        for (String export : new String[] {"/admin/users/export.xlsx", "/org/departments/export.xlsx",
                "/org/classes/export.xlsx", "/admin/audit/export.xlsx", "/org/staff/export.xlsx"}) {
            assertThat(new String(admin.getBytes(export), 0, 2)).as(export).isEqualTo("PK");
        }
    }

    @Test
    void aUserLimitedToDepartmentsCannotPlaceARoomOutsideThem() {
        WebUser admin = login("admin");
        long school = Demo.schoolId(jdbc);
        long academic = Demo.count(jdbc, "SELECT id FROM organization.department WHERE school_id = ? AND code = 'ACADEMIC'", school);
        long canteen = Demo.count(jdbc, "SELECT id FROM organization.department WHERE school_id = ? AND code = 'CANTEEN'", school);
        var role = admin.post("/admin/roles", Map.of("code", "LAB_KEEPER", "name", "实验室管理员", "dataScope",
                "CHOSEN_DEPARTMENTS", "departmentIds", String.valueOf(academic), "permissions", "places:room:write"));
        assertThat(role.redirectsTo("/admin/roles")).as(role.body()).isTrue();
        long roleId = Demo.count(jdbc, "SELECT id FROM iam.role WHERE school_id = ? AND code = 'LAB_KEEPER'", school);
        admin.post("/admin/users", Map.of("username", "labkeeper", "displayName", "实验员", "password", "start1234",
                "roleIds", String.valueOf(roleId)));
        WebUser keeper = WebUser.login(port, "labkeeper", "start1234");

        Map<String, String> outside = room("LAB-OUT", "食堂的房间");
        outside.put("departmentId", String.valueOf(canteen));
        assertThat(keeper.post("/places/rooms", outside).body()).contains("超出了您的数据范围");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM places.room WHERE code = 'LAB-OUT'")).isZero();

        Map<String, String> inside = room("LAB-IN", "教务处的房间");
        inside.put("departmentId", String.valueOf(academic));
        assertThat(keeper.post("/places/rooms", inside).status()).isEqualTo(302);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM places.room WHERE code = 'LAB-IN'")).isEqualTo(1);
    }

    @Test
    void aStaleEditIsRefusedWithAConflictPage() {
        WebUser admin = login("admin");
        var created = admin.post("/places/rooms", room("STALE-1", "会被改两次的房间"));
        long id = Long.parseLong(created.location().replaceAll(".*/", ""));
        Map<String, String> first = room("STALE-1", "第一次修改");
        assertThat(admin.post("/places/rooms/" + id, first).status()).isEqualTo(302);
        Map<String, String> second = room("STALE-1", "第二次修改（基于旧版本）");
        var conflict = admin.post("/places/rooms/" + id, second);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body()).contains("刚刚被别人修改过");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM places.room WHERE id = ? AND name = '第一次修改'", id)).isEqualTo(1);
    }

    @Test
    void extraFieldsInARequestChangeNothing() {
        WebUser admin = login("admin");
        var created = admin.post("/places/rooms", room("MASS-1", "多余字段"));
        long id = Long.parseLong(created.location().replaceAll(".*/", ""));
        Map<String, String> sneaky = room("MASS-1", "多余字段2");
        sneaky.put("schoolId", "999");
        sneaky.put("id", "1");
        sneaky.put("qrToken", "bbbbbbbbbbbbbbbbbbbbbbbb");
        assertThat(admin.post("/places/rooms/" + id, sneaky).status()).isEqualTo(302);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM places.room WHERE id = ? AND school_id = ? AND qr_token <> ?",
                id, Demo.schoolId(jdbc), "bbbbbbbbbbbbbbbbbbbbbbbb")).isEqualTo(1);
    }

    @Test
    void everyChangeLeavesAnAuditRowWithBeforeAndAfter() {
        WebUser admin = login("admin");
        var created = admin.post("/places/rooms", room("AUD-1", "审计前"));
        long id = Long.parseLong(created.location().replaceAll(".*/", ""));
        admin.post("/places/rooms/" + id, room("AUD-1", "审计后"));
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM audit.log_entry WHERE entity = 'room' AND entity_id = ? AND action = 'UPDATE'
                  AND before_data->>'name' = '审计前' AND after_data->>'name' = '审计后' AND username = 'admin'
                  AND ip IS NOT NULL""", String.valueOf(id))).isEqualTo(1);
        assertThat(admin.get("/admin/audit?q=room").body()).contains("审计后");
        assertThat(org.houqin.support.Workbooks.text(admin.getBytes("/admin/audit/export.xlsx?q=room")))
                .contains("审计后");
    }

    @Test
    void theLabelSheetPrintsChineseThatCopiesBackExactly() throws Exception {
        WebUser admin = login("admin");
        long id = Demo.count(jdbc, "SELECT id FROM places.room WHERE code = 'C-101' AND school_id = ?", Demo.schoolId(jdbc));
        byte[] pdf = admin.getBytes("/places/rooms/labels.pdf?id=" + id);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("示范中学").contains("校长室").contains("C-101");
        }
    }
}
