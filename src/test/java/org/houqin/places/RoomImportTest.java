package org.houqin.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.houqin.support.Demo;
import org.houqin.support.Imports;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.houqin.support.Workbooks;
import org.junit.jupiter.api.Test;

/** Rooms from an existing Excel sheet: the template's columns, checked row by row against the school's data. */
class RoomImportTest extends IntegrationTest {

    private static final String IMPORT = "/places/rooms/import";

    private static byte[] sheet(List<List<String>> rows) {
        return Workbooks.of(List.of("房间编号", "名称", "楼栋", "楼层", "类型", "面积", "责任人", "使用部门"), rows);
    }

    @Test
    void aSheetWithOneBadRowImportsNothingUntilTheUserChoosesTheValidRows() throws Exception {
        WebUser admin = login("admin");
        long before = Demo.count(jdbc, "SELECT count(*) FROM places.room");
        byte[] file = sheet(List.of(
                List.of("IMP-R1", "导入的办公室", "C", "2", "办公室", "36.5", "王国强", "总务处（后勤处）"),
                List.of("IMP-R2", "导入的教室", "教学楼", "3", "教室", "", "", ""),
                List.of("IMP-R3", "楼层太高", "C", "9", "办公室", "", "", ""),
                List.of("IMP-R4", "类型不对", "C", "1", "会客厅", "", "", ""),
                List.of("IMP-R5", "没有的楼", "Z", "1", "教室", "", "", ""),
                List.of("A-101", "编号重复", "A", "1", "教室", "", "", "")));
        String id = Imports.upload(admin, IMPORT, "rooms.xlsx", file);
        var refused = Imports.run(admin, IMPORT, id, false);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("没有导入任何数据").contains("只有地上 4 层").contains("类型“会客厅”不正确")
                .contains("找不到楼栋“Z”").contains("房间编号已存在");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM places.room")).isEqualTo(before);

        var partial = Imports.run(admin, IMPORT, id, true);
        assertThat(Imports.donePage(admin, partial)).contains("已导入 2 行");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM places.room")).isEqualTo(before + 2);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM places.room r JOIN organization.staff s ON s.id = r.responsible_staff_id
                WHERE r.code = 'IMP-R1' AND s.name = '王国强' AND r.area = 36.5""")).isEqualTo(1);
    }

    @Test
    void aSheetKeptByHandIsMappedByItsOwnHeadersBelowItsTitleAndReportsProblemsUnderThem() throws Exception {
        WebUser admin = login("admin");
        byte[] file = Workbooks.of(List.of("某某中学新增房间"), List.of(
                List.of(),
                List.of("所在楼栋", "房间号", "房间名称", "楼层", "用途", "使用面积", "负责人"),
                List.of("C", "IMP-M1", "手工表里的办公室", "1", "办公室", "20", ""),
                List.of("C", "IMP-M2", "楼层不是数", "二楼", "办公室", "", ""),
                List.of("Z", "IMP-M3", "没有的楼", "1", "会客厅", "", "查无此人")));
        String id = Imports.upload(admin, IMPORT, "房间.xlsx", file);
        String mapping = admin.get(IMPORT + "/" + id).body();
        assertThat(mapping).contains("文件共 3 行数据（列名在第 3 行）").contains("手工表里的办公室");
        assertThat(Imports.guessedMapping(admin, IMPORT, id)).containsEntry("col_CODE", "房间号")
                .containsEntry("col_NAME", "房间名称").containsEntry("col_BUILDING", "所在楼栋")
                .containsEntry("col_FLOOR", "楼层").containsEntry("col_TYPE", "用途").containsEntry("col_AREA", "使用面积")
                .containsEntry("col_RESPONSIBLE", "负责人").doesNotContainKey("col_DEPARTMENT");

        var checked = Imports.run(admin, IMPORT, id, false);
        assertThat(checked.body()).contains("共 3 行，其中 2 行有错误，没有导入任何数据").contains("只导入正确的 1 行");
        assertThat(Imports.problems(admin.getBytes(IMPORT + "/" + id + "/report.xlsx")))
                .containsExactly("5\t楼层\t“二楼”不是整数\t", "6\t所在楼栋\t找不到楼栋“Z”\t",
                        "6\t用途\t类型“会客厅”不正确，可选：教室、办公室、实验室、专用教室、宿舍、食堂、仓库、运动场、绿地、其他\t",
                        "6\t负责人\t找不到教职工“查无此人”（或有重名）\t");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM places.room WHERE code LIKE 'IMP-M%'")).isZero();

        assertThat(Imports.donePage(admin, Imports.run(admin, IMPORT, id, true))).contains("已导入 1 行")
                .contains("文件共 3 行，2 行有错误未导入");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM places.room WHERE code = 'IMP-M1' AND area = 20")).isEqualTo(1);
        assertThat(admin.get(IMPORT + "/" + id).status()).as("the upload is gone once written").isEqualTo(404);
    }

    @Test
    void aColumnLeftOutOrChosenTwiceIsAskedForAgainAndNothingIsRead() {
        WebUser admin = login("admin");
        String id = Imports.upload(admin, IMPORT, "rooms.xlsx", sheet(List.of(
                List.of("IMP-X1", "只是看看", "C", "1", "办公室", "", "", ""))));
        Map<String, String> mapping = new java.util.HashMap<>(Imports.guessedMapping(admin, IMPORT, id));
        mapping.remove("col_TYPE");
        assertThat(admin.post(IMPORT + "/" + id, mapping).body()).contains("请为以下项目选择对应的列：类型");
        mapping.put("col_TYPE", "名称");
        assertThat(admin.post(IMPORT + "/" + id, mapping).body()).contains("同一列不能对应多个项目：名称");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM places.room WHERE code = 'IMP-X1'")).isZero();
    }

    @Test
    void onlyWhoMayAddRoomsSeesTheImportStepsAndOnlyTheUploaderSeesTheUpload() {
        WebUser admin = login("admin");
        String id = Imports.upload(admin, IMPORT, "rooms.xlsx", sheet(List.of(
                List.of("IMP-P1", "权限", "C", "1", "办公室", "", "", ""))));
        WebUser teacher = login("teacher");
        assertThat(teacher.get(IMPORT).status()).isEqualTo(403);
        assertThat(teacher.get(IMPORT + "/template.xlsx").status()).isEqualTo(403);
        assertThat(teacher.get(IMPORT + "/" + id).status()).isEqualTo(403);
        assertThat(teacher.post(IMPORT + "/" + id, Map.of("col_CODE", "房间编号")).status()).isEqualTo(403);
        assertThat(teacher.get(IMPORT + "/" + id + "/report.xlsx").status()).isEqualTo(403);
        assertThat(login("director").get(IMPORT + "/" + id).status()).isIn(403, 404);
    }

    @Test
    void theTemplateHasTheColumnsAndAnExample() {
        String template = Workbooks.text(login("admin").getBytes(IMPORT + "/template.xlsx"));
        assertThat(template).startsWith("房间编号\t名称\t楼栋\t楼层\t类型\t面积\t责任人\t使用部门").contains("初一(1)班教室");
    }

    @Test
    void aFileThatIsNotAWorkbookGetsAClearMessage() {
        var page = login("admin").upload("/places/rooms/import", "rooms.xlsx", "<html>hello</html>".getBytes(), Map.of());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("无法读取这个文件");
    }
}
