package org.houqin.safety.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.houqin.organization.OrganizationApi;
import org.houqin.repairs.RepairCompleted;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.OtherSchoolDocuments;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 重大 hazards stop their room until they close, a hazard's repair reports back, each reader sees only their part of
 * the register, and the semester's statistics count what was closed.
 */
class HazardRoomsAndRepairsTest extends IntegrationTest {

    private static final Pattern CLOSED = Pattern.compile("id=\"stats-closed\">(\\d+)<");

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    OrganizationApi organization;

    @Test
    void aSevereHazardStopsTheRoomRefusesNewRepairsButItsOwnAndClosingItResumesTheRoom() {
        HazardFixtures hazards = new HazardFixtures(jdbc);
        WebUser director = login("director");
        WebUser teacher = login("teacher");
        long room = hazards.roomId("C-402");
        long id = hazards.report(teacher, "C-402", "SEVERE", "教研室墙体贯通裂缝，疑似危房（测试）");
        assertThat(stopped(room)).as("the room stops at once").isTrue();
        assertThat(director.get("/places/rooms/" + room).body()).contains("停用");
        assertThat(director.get("/safety/hazards/" + id).body()).contains("请在", "报告教育局");

        Map<String, String> repair = Map.of("roomId", String.valueOf(room), "categoryId", String.valueOf(
                Demo.count(jdbc, "SELECT min(id) FROM repairs.category WHERE school_id = ?", Demo.schoolId(jdbc))),
                "description", "墙面开裂想报修");
        WebUser.Page refused = teacher.post("/repairs", repair);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("该房间已停用");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM repairs.request WHERE room_id = ? "
                + "AND description = '墙面开裂想报修'", room)).isZero();

        WebUser.Page opened = director.post("/safety/hazards/" + id + "/repair",
                Map.of("version", String.valueOf(hazards.version(id))));
        assertThat(opened.status()).as(opened.body()).isEqualTo(302);
        long repairId = Demo.count(jdbc, "SELECT repair_id FROM safety.hazard WHERE id = ?", id);
        assertThat(director.get("/repairs/" + repairId).body()).contains("来源：隐患 YH-");

        assertThat(director.post("/safety/hazards/" + id + "/bureau",
                Map.of("version", String.valueOf(hazards.version(id)))).status()).isEqualTo(302);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM safety.hazard WHERE id = ? AND bureau_sent_by = ?", id,
                Demo.userId(jdbc, "director"))).isEqualTo(1);
        hazards.assign(director, id, "worker");
        hazards.rectify(login("worker"), id);
        assertThat(stopped(room)).as("stopped until it is closed").isTrue();
        hazards.recheck(login("vice"), id, true, null);
        assertThat(stopped(room)).as("closing it resumes the room").isFalse();
    }

    @Test
    void aCompletedRepairMarksTheHazardBeingRectifiedAsRectified() {
        HazardFixtures hazards = new HazardFixtures(jdbc);
        WebUser director = login("director");
        long id = hazards.report(login("teacher"), "A-201", "MAJOR", "吊扇摆动异响（测试维修回告）");
        hazards.assign(director, id, "worker");
        director.post("/safety/hazards/" + id + "/repair", Map.of("version", String.valueOf(hazards.version(id))));
        long repairId = Demo.count(jdbc, "SELECT repair_id FROM safety.hazard WHERE id = ?", id);
        long school = Demo.schoolId(jdbc);
        Demo.asSystem(() -> transaction.execute(status -> {
            jdbc.sql("UPDATE repairs.request SET work_note = '更换吊扇吊杆' WHERE id = ?").param(repairId).update();
            String number = jdbc.sql("SELECT number FROM repairs.request WHERE id = ?").param(repairId)
                    .query(String.class).single();
            events.publishEvent(new RepairCompleted(school, repairId, number, hazards.roomId("A-201"), false));
            return null;
        }));
        assertThat(hazards.status(id)).isEqualTo("RECTIFIED");
        assertThat(director.get("/safety/hazards/" + id).body()).contains("更换吊扇吊杆", "已完成");
    }

    @Test
    void aTeacherSeesHerOwnHazardsAndAnotherSchoolsHazardIsNotFound() {
        HazardFixtures hazards = new HazardFixtures(jdbc);
        WebUser teacher = login("teacher");
        long mine = hazards.report(teacher, "A-202", "GENERAL", "讲台边角锋利（测试范围）");
        long others = hazards.report(login("head"), "A-203", "GENERAL", "黑板松动（测试范围）");
        String number = Demo.asSystem(() -> jdbc.sql("SELECT number FROM safety.hazard WHERE id = ?").param(mine)
                .query(String.class).single());
        String list = teacher.get("/safety/hazards?q=%E6%B5%8B%E8%AF%95%E8%8C%83%E5%9B%B4").body();
        assertThat(list).contains(number).doesNotContain("黑板松动");
        assertThat(teacher.get("/safety/hazards/" + others).status()).isEqualTo(404);
        assertThat(login("director").get("/safety/hazards/" + others).status()).isEqualTo(200);

        OtherSchoolDocuments.Documents other = OtherSchoolDocuments.of(jdbc, transaction, organization,
                "HZ-SCOPE-B", "第七中学", Demo.userId(jdbc, "director"));
        long foreign = Demo.asSystem(() -> transaction.execute(status -> jdbc.sql("""
                INSERT INTO safety.hazard (school_id, number, room_id, place, level, category, description, status,
                       reported_by_name, reported_at)
                SELECT school_id, 'YH-2026-99999', id, '外校', 'GENERAL', 'OTHER', '外校隐患', 'REPORTED', '外校', now()
                FROM places.room WHERE id = ? RETURNING id""").param(other.room()).query(Long.class).single()));
        assertThat(login("director").get("/safety/hazards/" + foreign).status()).isEqualTo(404);
        assertThat(login("director").getJson("/api/v1/safety/hazards/" + foreign).status()).isEqualTo(404);
    }

    @Test
    void theSemestersStatisticsCountOneMoreClosedHazard() {
        HazardFixtures hazards = new HazardFixtures(jdbc);
        WebUser director = login("director");
        String before = director.get("/safety/hazards/stats").body();
        assertThat(before).contains("本学期排查隐患", "整改率");
        long id = hazards.report(login("teacher"), "A-204", "GENERAL", "电源线裸露（测试统计）");
        hazards.assign(director, id, "worker");
        hazards.rectify(login("worker"), id);
        hazards.recheck(login("vice"), id, true, null);
        assertThat(closed(director.get("/safety/hazards/stats").body())).isEqualTo(closed(before) + 1);
        long found = Demo.count(jdbc, "SELECT count(*) FROM safety.hazard h JOIN organization.semester s "
                + "ON s.school_id = h.school_id AND h.reported_at >= s.starts_on AND h.reported_at < s.ends_on + 1 "
                + "WHERE h.school_id = ? AND s.starts_on <= current_date AND s.ends_on >= current_date "
                + "AND h.status <> 'DUPLICATE'", Demo.schoolId(jdbc));
        assertThat(director.get("/safety/hazards/stats").body()).contains("本学期排查隐患 " + found + " 处");
    }

    private boolean stopped(long room) {
        return Demo.count(jdbc, "SELECT count(*) FROM places.room WHERE id = ? AND stopped_at IS NOT NULL", room) == 1;
    }

    private static long closed(String body) {
        Matcher matcher = CLOSED.matcher(body);
        assertThat(matcher.find()).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
