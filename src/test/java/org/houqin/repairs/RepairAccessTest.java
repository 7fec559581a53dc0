package org.houqin.repairs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.houqin.organization.OrganizationApi;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who sees which request: a teacher her own, a worker his tasks, the office everything of its school, and no school
 * anything of another, by page, by API or by file.
 */
class RepairAccessTest extends IntegrationTest {

    @Autowired
    OrganizationApi organization;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aTeacherSeesHerOwnRequestsAndNotAColleagues() {
        RepairFixtures repairs = new RepairFixtures(jdbc);
        // an office outside her grade: the users of a room's department read its repairs (RoomCareReadersTest)
        long guards = repairs.report(login("guard"), "C-101", "门窗锁具", "门卫报：门锁坏了");
        WebUser teacher = login("teacher");
        long hers = repairs.report(teacher, "A-101", "照明", "老师报：灯不亮");
        assertThat(teacher.get("/repairs/" + guards).status()).isEqualTo(404);
        assertThat(teacher.getJson("/api/v1/repairs/" + guards).status()).isEqualTo(404);
        assertThat(teacher.get("/repairs/" + hers).status()).isEqualTo(200);
        String list = teacher.get("/repairs?q=" + URLEncoder.encode("报：", StandardCharsets.UTF_8)).body();
        assertThat(list).contains("老师报：灯不亮").doesNotContain("门卫报：门锁坏了");
        assertThat(login("director").get("/repairs?q=" + URLEncoder.encode("门卫报", StandardCharsets.UTF_8)).body())
                .contains("门卫报：门锁坏了");
        String exported = org.houqin.support.Workbooks.text(teacher.getBytes("/repairs/export.xlsx?q="
                + URLEncoder.encode("报：", StandardCharsets.UTF_8)));
        assertThat(exported).contains("老师报：灯不亮").doesNotContain("门卫报：门锁坏了");
    }

    @Test
    void aWorkerSeesTheTasksAssignedToHimAndMayActOnlyOnThem() {
        RepairFixtures repairs = new RepairFixtures(jdbc);
        WebUser director = login("director");
        long id = repairs.report(login("teacher"), "A-101", "照明", "灯不亮，派给维修工");
        repairs.dispatch(director, id, "worker");
        WebUser worker = login("worker");
        assertThat(worker.get("/repairs/tasks").body()).contains("灯不亮，派给维修工");
        assertThat(worker.get("/repairs/" + id).body()).contains("开始维修");
        // the director is not the assignee: starting someone else's task is refused
        assertThat(repairs.step(director, id, "start", java.util.Map.of()).status()).isEqualTo(403);
        assertThat(repairs.status(id)).isEqualTo("ASSIGNED");
    }

    @Test
    void anotherSchoolsRequestIsNotFoundAnywhere() {
        long other = Demo.asSystem(() -> transaction.execute(status -> {
            long school = jdbc.sql("SELECT id FROM organization.school WHERE code = 'REPAIRS-B'").query(Long.class)
                    .optional().orElseGet(() -> organization.createSchool("REPAIRS-B", "第三中学"));
            long category = jdbc.sql("SELECT id FROM repairs.category WHERE school_id = ? AND name = '照明'")
                    .param(school).query(Long.class).single();
            return jdbc.sql("""
                    INSERT INTO repairs.request (school_id, number, category_id, place, location, description, priority,
                           status, reporter_name, reported_at, due_at)
                    VALUES (?, 'BX-2026-99999', ?, '机密楼', '机密楼', '外校的报修', 'NORMAL', 'NEW', '外校老师', now(), now())
                    RETURNING id""").params(school, category).query(Long.class).single();
        }));
        WebUser director = login("director");
        for (String path : new String[] {"/repairs/" + other, "/repairs/" + other + "/print.pdf",
                "/api/v1/repairs/" + other, "/repairs/" + other + "/complete"}) {
            WebUser.Page page = director.get(path);
            assertThat(page.status()).as(path).isIn(403, 404);
            assertThat(page.body()).as(path).doesNotContain("外校的报修");
        }
        assertThat(director.post("/repairs/" + other + "/dispatch", java.util.Map.of("version", "0", "workerUserId",
                String.valueOf(Demo.userId(jdbc, "worker")))).status()).isEqualTo(404);
        assertThat(director.getJson("/api/v1/repairs?view=ALL&q=" + URLEncoder.encode("外校", StandardCharsets.UTF_8))
                .body()).contains("\"total\":0");
        assertThat(Demo.asSystem(() -> jdbc.sql("SELECT status FROM repairs.request WHERE id = ?").param(other)
                .query(String.class).single())).isEqualTo("NEW");
    }

    @Test
    void theApiListsTheBoardTenAtATimeAndReportsWithTheSameRules() {
        WebUser teacher = login("teacher");
        String token = teacher.newToken("报修接口");
        WebUser client = anonymous();
        RepairFixtures repairs = new RepairFixtures(jdbc);
        String json = "{\"roomId\":" + repairs.roomId("A-101") + ",\"categoryId\":" + repairs.categoryId("照明")
                + ",\"description\":\"接口报修：灯不亮\",\"submissionKey\":\"6f1c2b9e-3d4a-4b5c-8d7e-0a1b2c3d4e5f\"}";
        WebUser.Page created = client.sendJson("POST", "/api/v1/repairs", json, token);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"status\":\"NEW\"").contains("\"priority\":\"TEACHING\"");
        assertThat(client.sendJson("POST", "/api/v1/repairs", json, token).body()).as("the same key, the same request")
                .isEqualTo(created.body());
        WebUser.Page invalid = client.sendJson("POST", "/api/v1/repairs", "{\"description\":\"\"}", token);
        assertThat(invalid.status()).isEqualTo(400);
        String page = client.getWithToken("/api/v1/repairs?view=OPEN&sort=reported&dir=desc&size=10", token).body();
        assertThat(page).contains("\"size\":10").contains("接口报修：灯不亮");
    }
}
