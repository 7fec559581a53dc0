package org.houqin.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.houqin.support.Workbooks;
import org.junit.jupiter.api.Test;

/** Rooms from an existing Excel sheet: the template's columns, checked row by row against the school's data. */
class RoomImportTest extends IntegrationTest {

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
        var refused = admin.upload("/places/rooms/import", "rooms.xlsx", file, Map.of());
        assertThat(refused.body()).contains("没有导入任何数据").contains("只有地上 4 层").contains("类型“会客厅”不正确")
                .contains("找不到楼栋“Z”").contains("房间编号已存在");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM places.room")).isEqualTo(before);

        var partial = admin.upload("/places/rooms/import", "rooms.xlsx", file, Map.of("validOnly", "true"));
        assertThat(partial.body()).contains("已导入 2 行");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM places.room")).isEqualTo(before + 2);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM places.room r JOIN organization.staff s ON s.id = r.responsible_staff_id
                WHERE r.code = 'IMP-R1' AND s.name = '王国强' AND r.area = 36.5""")).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotAWorkbookGetsAClearMessage() {
        var page = login("admin").upload("/places/rooms/import", "rooms.xlsx", "<html>hello</html>".getBytes(), Map.of());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("无法读取这个文件");
    }
}
