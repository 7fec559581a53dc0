package org.houqin.safety.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/**
 * 规章制度与应急预案 on PostgreSQL: the default library in force, required reading acknowledged once per version, a
 * new version superseding the old (which stays readable) and asking for a new acknowledgement, and the rate per rule.
 */
class RuleReadingTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private long create(WebUser office, String title, String role, LocalDate effectiveOn) {
        Map<String, String> form = new HashMap<>();
        form.put("title", title);
        form.put("kind", "PROCEDURE");
        form.put("body", "第一条 使用前检查。\n第二条 用后断电。");
        form.put("effectiveOn", effectiveOn.toString());
        form.put("requiredRoles", role);
        WebUser.Page created = office.post("/safety/rules", form);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        return Long.parseLong(created.location().replaceAll(".*/safety/rules/(\\d+)$", "$1"));
    }

    private long acknowledgements(long rule) {
        return Demo.count(jdbc, "SELECT count(*) FROM safety.rule_acknowledgement WHERE rule_id = ?", rule);
    }

    @Test
    void theThreeDefaultRulesAreInForce() {
        String page = login("teacher").get("/safety/rules").body();
        assertThat(page).contains("校园安全管理规定", "校园安全紧急预案", "校园安全防火制度");
        String fire = login("director").get("/safety/rules/" + Demo.count(jdbc,
                "SELECT id FROM safety.rule WHERE title = '校园安全防火制度' AND school_id = ?", Demo.schoolId(jdbc)))
                .body();
        assertThat(fire).contains("一懂三会").contains("已阅");
    }

    @Test
    void aNewVersionSupersedesTheOldAndAsksForANewAcknowledgement() {
        WebUser director = login("director");
        WebUser guard = login("guard");
        long rule = create(director, "配电房操作规程", "GUARD", TODAY);

        assertThat(guard.post("/safety/rules/" + rule + "/acknowledge", Map.of()).status()).isEqualTo(302);
        assertThat(guard.post("/safety/rules/" + rule + "/acknowledge", Map.of()).status()).isEqualTo(302);
        assertThat(acknowledgements(rule)).isEqualTo(1);
        assertThat(director.get("/safety/rules/" + rule).body()).contains("100.0%").contains("已阅 1 / 应阅 1");

        Map<String, String> version = new HashMap<>();
        version.put("body", "第一条 使用前检查并登记。\n第二条 用后断电上锁。");
        version.put("effectiveOn", TODAY.toString());
        version.put("note", "增加登记");
        version.put("version", "0");
        assertThat(director.post("/safety/rules/" + rule + "/versions", version).status()).isEqualTo(302);

        String now = director.get("/safety/rules/" + rule).body();
        assertThat(now).contains("使用前检查并登记").contains("0.0%").contains("未阅：孙卫东");
        assertThat(director.get("/safety/rules/" + rule + "?v=1").body()).contains("用后断电。")
                .contains("此版本已被新版本取代");
        assertThat(guard.get("/safety/rules").body()).contains("待阅");
        assertThat(guard.getJson("/api/v1/waiting").body()).contains("配电房操作规程");

        assertThat(guard.post("/safety/rules/" + rule + "/acknowledge", Map.of()).status()).isEqualTo(302);
        assertThat(acknowledgements(rule)).isEqualTo(2);
        assertThat(director.get("/safety/rules/" + rule).body()).contains("100.0%");
    }

    @Test
    void aVersionForALaterDayLeavesTheCurrentOneInForceUntilThen() {
        WebUser director = login("director");
        long rule = create(director, "实验室危化品管理规程", "TEACHER", TODAY);
        Map<String, String> version = new HashMap<>();
        version.put("body", "新学期起执行的新规程。");
        version.put("effectiveOn", TODAY.plusMonths(2).toString());
        version.put("version", "0");
        assertThat(director.post("/safety/rules/" + rule + "/versions", version).status()).isEqualTo(302);

        assertThat(director.get("/safety/rules/" + rule).body()).contains("用后断电。")
                .doesNotContain("新学期起执行的新规程");
        String stale = director.post("/safety/rules/" + rule + "/versions", version).body();
        assertThat(stale).isNotNull();
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM safety.rule_version WHERE rule_id = ?", rule)).isEqualTo(2);
    }

    @Test
    void aTeacherCannotKeepTheLibrary() {
        WebUser teacher = login("teacher");
        assertThat(teacher.get("/safety/rules/new").status()).isEqualTo(403);
        assertThat(teacher.post("/safety/rules/library", Map.of()).status()).isEqualTo(403);
    }
}
