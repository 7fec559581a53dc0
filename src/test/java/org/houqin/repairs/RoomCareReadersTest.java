package org.houqin.repairs;

import static org.assertj.core.api.Assertions.assertThat;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/**
 * The people in charge of a room read its repairs: its responsible person and the users of its department, though
 * they did not report them. A repair's room is a link only for a reader who may open the room.
 */
class RoomCareReadersTest extends IntegrationTest {

    @Test
    void theCanteenManagerReadsTheRepairsOfHerCanteenAndNotOfTheOffices() {
        RepairFixtures repairs = new RepairFixtures(jdbc);
        WebUser guard = login("guard");
        long canteen = repairs.report(guard, "E-101", "照明", "门卫报：学生餐厅的灯闪");
        long office = repairs.report(guard, "C-101", "照明", "门卫报：校长室的灯闪");
        WebUser manager = login("canteen");

        assertThat(manager.get("/repairs/" + canteen).status()).isEqualTo(200);
        assertThat(manager.get("/repairs?view=ALL&q=%E9%97%A8%E5%8D%AB%E6%8A%A5").body()).contains("学生餐厅的灯闪")
                .doesNotContain("校长室的灯闪");
        assertThat(manager.get("/repairs/" + office).status()).isEqualTo(404);
    }

    @Test
    void theUsersOfARoomsDepartmentReadItsRepairs() {
        RepairFixtures repairs = new RepairFixtures(jdbc);
        String room = Demo.asSystem(() -> jdbc.sql("""
                SELECT r.code FROM places.room r JOIN organization.staff s ON s.department_id = r.department_id
                WHERE s.name = '黄志远' AND r.school_id = ? AND r.responsible_staff_id IS DISTINCT FROM s.id
                ORDER BY r.code LIMIT 1""")
                .param(Demo.schoolId(jdbc)).query(String.class).single());
        long id = repairs.report(login("guard"), room, "照明", "门卫报：年级组的房间灯闪");

        WebUser.Page page = login("leader").get("/repairs/" + id);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("年级组的房间灯闪");
    }

    @Test
    void aTeacherSeesTheRoomOfHerRepairAsTextWhenSheMayNotOpenIt() {
        RepairFixtures repairs = new RepairFixtures(jdbc);
        WebUser teacher = login("teacher");
        long id = repairs.report(teacher, "C-102", "照明", "老师报：副校长室的灯闪");

        String page = teacher.get("/repairs/" + id).body();

        assertThat(page).contains("副校长室").doesNotContain("href=\"/places/rooms/" + repairs.roomId("C-102") + "\"");
        assertThat(teacher.get("/places/rooms/" + repairs.roomId("C-102")).status()).isEqualTo(404);
        assertThat(login("director").get("/repairs/" + id).body())
                .contains("href=\"/places/rooms/" + repairs.roomId("C-102") + "\"");
    }
}
