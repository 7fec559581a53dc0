package org.houqin.routines.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/** The routines API: checklists copied and revised, schedules made and stopped, the calendar, completion. */
class RoutinesApiTest extends IntegrationTest {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    @Test
    void aChecklistIsCopiedListedAndRevisedAndAStaleRevisionIsRefused() {
        String token = WebUser.token(port, "director");
        WebUser api = anonymous();
        WebUser.Page library = api.getWithToken("/api/v1/routines/templates/library?q=消防", token);
        assertThat(library.body()).contains("\"code\":\"fire-monthly\"").contains("\"total\":1");

        WebUser.Page copied = api.sendJson("POST", "/api/v1/routines/templates/copy",
                "{\"libraryCode\": \"electrical\"}", token);
        assertThat(copied.status()).as(copied.body()).isEqualTo(201);
        long id = id(copied.body());
        assertThat(copied.body()).contains("\"currentVersion\":1").contains("\"version\":0");
        assertThat(api.getWithToken("/api/v1/routines/templates?q=用电", token).body()).contains("\"id\":" + id);

        String revision = """
                {"name": "用电安全检查（本校）", "category": "用电安全", "items": [
                  {"code": "a", "text": "配电箱上锁，无私拉乱接", "kind": "PASS_FAIL", "required": true, "hazard": "MAJOR"},
                  {"code": "b", "text": "漏电保护器试跳正常", "kind": "PASS_FAIL", "required": true}]}""";
        WebUser.Page revised = api.sendJson("PUT", "/api/v1/routines/templates/" + id, revision, token,
                "If-Match", "\"0\"");
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.body()).contains("\"currentVersion\":2").contains("配电箱上锁");
        WebUser.Page stale = api.sendJson("PUT", "/api/v1/routines/templates/" + id, revision, token,
                "If-Match", "\"0\"");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("error.conflict.stale").contains("\"currentVersion\":1");
    }

    @Test
    void aScheduleIsMadeWithItsRoundsAndABadWindowIsRefusedAtItsField() {
        String token = WebUser.token(port, "director");
        WebUser api = anonymous();
        long template = id(api.sendJson("POST", "/api/v1/routines/templates/copy",
                "{\"libraryCode\": \"surroundings\"}", token).body());
        String guard = String.valueOf(Demo.userId(jdbc, "guard"));
        String body = """
                {"templateId": %d, "name": "周边环境周检（接口）", "cadenceKind": "WEEKLY", "dayOfWeek": "FRIDAY",
                 "opensAt": "%s", "dueAt": "17:00", "graceMinutes": 30, "assigneeKind": "USER",
                 "assigneeUserId": %s, "startsOn": "2026-12-01"}""";
        WebUser.Page refused = api.sendJson("POST", "/api/v1/routines/schedules",
                body.formatted(template, "18:00", guard), token);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"dueAt\"");

        WebUser.Page made = api.sendJson("POST", "/api/v1/routines/schedules",
                body.formatted(template, "08:00", guard), token);
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        long schedule = id(made.body());
        assertThat(made.body()).contains("\"cadence\":\"WEEKLY:FRIDAY\"");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM routines.occurrence WHERE schedule_id = ?", schedule))
                .isPositive();
        assertThat(api.getWithToken("/api/v1/routines/schedules?q=周边环境周检", token).body())
                .contains("\"id\":" + schedule);
        WebUser.Page stopped = api.sendJson("POST", "/api/v1/routines/schedules/" + schedule + "/deactivate",
                "{\"version\": 0}", token);
        assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
        assertThat(stopped.body()).contains("\"active\":false");
        assertThat(api.getWithToken("/api/v1/routines/completion?group=PERSON&period=SEMESTER", token).body())
                .contains("\"total\":{");
    }

    @Test
    void calendarDaysAreAddedListedAndRemoved() {
        String token = WebUser.token(port, "director");
        WebUser api = anonymous();
        WebUser.Page added = api.sendJson("POST", "/api/v1/routines/calendar-days",
                "{\"kind\": \"OFF\", \"name\": \"校庆放假（接口）\", \"firstDay\": \"2027-05-20\"}", token);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long id = id(added.body());
        assertThat(added.body()).contains("\"lastDay\":\"2027-05-20\"");
        assertThat(api.getWithToken("/api/v1/routines/calendar-days?q=校庆", token).body()).contains("\"id\":" + id);
        WebUser.Page wrongWay = api.sendJson("POST", "/api/v1/routines/calendar-days",
                "{\"kind\": \"OFF\", \"name\": \"倒序\", \"firstDay\": \"2027-05-20\", \"lastDay\": \"2027-05-01\"}",
                token);
        assertThat(wrongWay.status()).isEqualTo(400);
        assertThat(wrongWay.body()).contains("\"field\":\"lastDay\"");
        assertThat(api.sendJson("DELETE", "/api/v1/routines/calendar-days/" + id, "", token).status()).isEqualTo(204);
        assertThat(api.sendJson("DELETE", "/api/v1/routines/calendar-days/" + id, "", token).status()).isEqualTo(404);
        assertThat(api.getWithToken("/api/v1/routines/templates", WebUser.token(port, "teacher")).status())
                .isEqualTo(403);
    }

    private static long id(String json) {
        Matcher matcher = ID.matcher(json);
        assertThat(matcher.find()).as(json).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
