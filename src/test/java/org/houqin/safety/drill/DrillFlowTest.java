package org.houqin.safety.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.houqin.organization.OrganizationApi;
import org.houqin.support.Demo;
import org.houqin.support.Images;
import org.houqin.support.IntegrationTest;
import org.houqin.support.OtherSchool;
import org.houqin.support.Race;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** 应急演练 on the pages: planned, recorded as done with its evacuation time and photos, problems noted, printed. */
class DrillFlowTest extends IntegrationTest {

    @Autowired
    TransactionTemplate transaction;
    @Autowired
    OrganizationApi organization;

    private static final ZoneId SCHOOL = ZoneId.of("Asia/Shanghai");

    static Map<String, String> plan(String title, LocalDate day) {
        Map<String, String> form = new HashMap<>();
        form.put("kind", "FIRE");
        form.put("title", title);
        form.put("planName", "《校园安全紧急预案》");
        form.put("plannedOn", day.toString());
        form.put("plannedTime", "09:30");
        form.put("place", "全校");
        form.put("students", "640");
        form.put("staff", "52");
        return form;
    }

    static long planned(WebUser director, String title, LocalDate day, long organizer) {
        Map<String, String> form = plan(title, day);
        form.put("organizerUserId", String.valueOf(organizer));
        WebUser.Page created = director.post("/safety/drills", form);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        return Long.parseLong(created.location().replaceAll(".*/safety/drills/(\\d+).*", "$1"));
    }

    private static Map<String, String> done(LocalDate day, int version) {
        Map<String, String> form = new HashMap<>(Map.of("startedOn", day.toString(), "startedTime", "09:32",
                "durationMinutes", "20", "evacuationSeconds", "174", "students", "638", "staff", "51",
                "summary", "各班按路线撤离，2 分 54 秒到达操场。"));
        form.put("version", String.valueOf(version));
        return form;
    }

    @Test
    void aDrillIsPlannedRecordedWithItsEvacuationTimeAndPrinted() throws Exception {
        WebUser director = login("director");
        long organizer = Demo.userId(jdbc, "director");
        LocalDate today = LocalDate.now(SCHOOL);

        Map<String, String> bad = plan("", LocalDate.of(2026, 1, 1));
        bad.put("plannedOn", "1900-01-01");
        bad.put("students", "-3");
        bad.put("place", "");
        bad.put("organizerUserId", String.valueOf(organizer));
        WebUser.Page refused = director.post("/safety/drills", bad);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("日期应在").contains("不能为负数").contains("必填");
        Map<String, String> nowhere = plan("无地点的演练", today);
        nowhere.put("place", "");
        nowhere.put("organizerUserId", String.valueOf(organizer));
        assertThat(director.post("/safety/drills", nowhere).body()).contains("请选择场所或填写地点。");

        long id = planned(director, "流程测试消防疏散演练", today.minusDays(1), organizer);
        assertThat(director.get("/safety/drills/" + id).body()).contains("流程测试消防疏散演练").contains("计划中");
        assertThat(director.get("/waiting").body()).as("past its day, it waits to be recorded")
                .contains("流程测试消防疏散演练");

        Map<String, String> noDuration = done(today.minusDays(1), 0);
        noDuration.remove("durationMinutes");
        assertThat(director.post("/safety/drills/" + id + "/complete", noDuration).body())
                .contains("请填写演练时长（分钟）。");
        Map<String, String> noEvacuation = done(today.minusDays(1), 0);
        noEvacuation.remove("evacuationSeconds");
        assertThat(director.post("/safety/drills/" + id + "/complete", noEvacuation).body())
                .contains("疏散演练请填写疏散用时（秒）。");
        assertThat(director.post("/safety/drills/" + id + "/complete", done(today.plusDays(2), 0)).body())
                .contains("演练尚未开始，不能记录为完成。");

        WebUser.Page recorded = director.multipart("/safety/drills/" + id + "/complete", done(today.minusDays(1), 0),
                List.of(new WebUser.FilePart("photos", "集合点.jpg", "image/jpeg", Images.jpeg(640, 480))));
        assertThat(recorded.status()).isEqualTo(302);
        String page = director.get("/safety/drills/" + id).body();
        assertThat(page).contains("已完成").contains("2 分 54 秒（174 秒）").contains("689 人")
                .contains("演练照片（1）");

        WebUser.Page problem = director.post("/safety/drills/" + id + "/problems",
                Map.of("description", "二楼西侧楼梯口拥堵", "level", "MAJOR", "responsible", "政教处"));
        assertThat(problem.status()).isEqualTo(302);
        assertThat(director.get("/safety/drills/" + id).body()).contains("二楼西侧楼梯口拥堵").contains("较大");

        try (PDDocument pdf = Loader.loadPDF(director.getBytes("/safety/drills/" + id + "/print.pdf"))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("应急演练记录表").contains("流程测试消防疏散演练")
                    .contains("二楼西侧楼梯口拥堵").contains("组织者（签字）").contains("分管领导（签字）");
        }
        assertThat(director.getBytes("/safety/drills/export.xlsx?q=流程测试")).isNotEmpty();
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM audit.log_entry WHERE entity = 'drill' AND entity_id = ?",
                String.valueOf(id))).isEqualTo(2);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM platform.attachment WHERE owner_type = 'drill' "
                + "AND owner_id = ?", id)).isEqualTo(1);
    }

    @Test
    void aProblemTheDrillFoundBecomesAHazardOnceAndStaysLinkedToIt() {
        WebUser director = login("director");
        long id = planned(director, "隐患转换测试演练", LocalDate.now(SCHOOL).plusDays(3),
                Demo.userId(jdbc, "director"));
        assertThat(director.post("/safety/drills/" + id + "/problems",
                Map.of("description", "三楼疏散指示灯不亮", "level", "MAJOR")).status()).isEqualTo(302);
        long problem = Demo.count(jdbc, "SELECT id FROM safety.drill_problem WHERE drill_id = ?", id);

        WebUser.Page raised = director.post("/safety/drills/" + id + "/problems/" + problem + "/hazard", Map.of());

        assertThat(raised.status()).isEqualTo(302);
        long hazard = Demo.count(jdbc, "SELECT hazard_id FROM safety.drill_problem WHERE id = ?", problem);
        assertThat(raised.location()).endsWith("/safety/hazards/" + hazard);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM safety.hazard WHERE id = ? AND level = 'MAJOR' AND status = 'REPORTED'
                AND source = ? AND description LIKE '%三楼疏散指示灯不亮%'""", hazard, "drill:" + id + "/" + problem))
                .isEqualTo(1);
        assertThat(director.get("/safety/drills/" + id).body()).contains("/safety/hazards/" + hazard)
                .doesNotContain("/problems/" + problem + "/hazard");
        assertThat(director.post("/safety/drills/" + id + "/problems/" + problem + "/hazard", Map.of()).status())
                .as("a second time").isEqualTo(409);
        assertThat(director.post("/safety/drills/" + id + "/problems/" + problem + "/delete", Map.of()).status())
                .as("a problem that became a hazard stays").isEqualTo(409);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM safety.hazard WHERE source = ?", "drill:" + id + "/" + problem))
                .isEqualTo(1);
    }

    @Test
    void twoPeopleCompletingTheSameDrillAtOnceOneWinsTheOtherIsToldItChanged() throws Exception {
        WebUser first = login("director");
        WebUser second = login("director");
        LocalDate yesterday = LocalDate.now(SCHOOL).minusDays(1);
        long id = planned(first, "并发完成的演练", yesterday, Demo.userId(jdbc, "director"));

        List<Integer> statuses = Race.of(
                () -> first.post("/safety/drills/" + id + "/complete", done(yesterday, 0)).status(),
                () -> second.post("/safety/drills/" + id + "/complete", done(yesterday, 0)).status());

        assertThat(statuses).containsExactlyInAnyOrder(302, 409);
        assertThat(Demo.count(jdbc, "SELECT version FROM safety.drill WHERE id = ?", id)).isEqualTo(1);
    }

    @Test
    void aCancelledDrillKeepsItsReasonAndTakesNoMoreProblems() {
        WebUser director = login("director");
        long id = planned(director, "雨天取消的演练", LocalDate.now(SCHOOL).plusDays(5), Demo.userId(jdbc, "director"));
        assertThat(director.post("/safety/drills/" + id + "/cancel", Map.of("reason", "当天大雨", "version", "0"))
                .status()).isEqualTo(302);
        assertThat(director.get("/safety/drills/" + id).body()).contains("已取消").contains("当天大雨")
                .doesNotContain("action=\"/safety/drills/" + id + "/problems\"");
        assertThat(director.post("/safety/drills/" + id + "/problems", Map.of("description", "迟到", "level",
                "GENERAL")).body()).contains("已取消的演练不能再修改。");
    }

    @Test
    void aTeacherNeitherSeesNorOpensDrillsAndAnotherSchoolsDrillIsNeverFound() {
        WebUser teacher = login("teacher");
        assertThat(teacher.get("/safety/drills").status()).isEqualTo(403);
        assertThat(teacher.get("/").body()).doesNotContain("href=\"/safety/drills\"");
        assertThat(teacher.getJson("/api/v1/safety/drills").status()).isEqualTo(403);
        assertThat(login("director").get("/").body()).contains("href=\"/safety/drills\"");
        WebUser principal = login("principal");
        assertThat(principal.get("/safety/drills").status()).as("the archive's reader").isEqualTo(200);
        assertThat(principal.get("/safety/drills/new").status()).isEqualTo(403);

        long other = OtherSchoolDrills.of(jdbc, transaction,
                OtherSchool.assetCard(jdbc, transaction, organization, "DRILL-B", "第七中学"));
        assertThat(login("director").get("/safety/drills/" + other).status()).isEqualTo(404);
        assertThat(login("director").getJson("/api/v1/safety/drills/" + other).status()).isEqualTo(404);
        assertThat(login("director").get("/safety/drills").body()).doesNotContain("外校消防演练");
    }
}
