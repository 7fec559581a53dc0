package org.houqin.safety.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/** 应急演练 over JSON: created once per key, corrected and completed against the version read. */
class DrillApiTest extends IntegrationTest {

    @Test
    void aDrillIsCreatedOncePerKeyCompletedAgainstItsVersionAndReadBack() {
        WebUser director = login("director");
        String token = WebUser.token(port, "director");
        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
        String key = UUID.randomUUID().toString();
        String body = """
                {"kind": "EARTHQUAKE", "title": "接口地震避险演练", "plannedOn": "%s", "plannedTime": "14:30",
                 "place": "教学楼", "organizerUserId": %d, "students": 300, "staff": 20}"""
                .formatted(yesterday, Demo.userId(jdbc, "director"));
        WebUser.Page first = director.sendJson("POST", "/api/v1/safety/drills", body, token, "Idempotency-Key", key);
        WebUser.Page again = director.sendJson("POST", "/api/v1/safety/drills", body, token, "Idempotency-Key", key);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        long id = Long.parseLong(first.body().replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
        assertThat(first.body()).contains("\"kindLabel\":\"地震避险\"", "\"statusLabel\":\"计划中\"", "\"version\":0");

        String negative = body.replace("\"students\": 300", "\"students\": -1");
        assertThat(director.sendJson("POST", "/api/v1/safety/drills", negative, token).body())
                .contains("\"field\":\"students\"");

        String complete = """
                {"startedOn": "%s", "startedTime": "14:31", "durationMinutes": 15, "students": 300, "staff": 20,
                 "summary": "抱头蹲下，有序撤离"}""".formatted(yesterday);
        WebUser.Page noEvacuation = director.sendJson("POST", "/api/v1/safety/drills/" + id + "/complete", complete,
                token, "If-Match", "\"0\"");
        assertThat(noEvacuation.status()).isEqualTo(400);
        assertThat(noEvacuation.body()).contains("\"field\":\"evacuationSeconds\"");
        String withEvacuation = complete.replace("\"durationMinutes\": 15", "\"durationMinutes\": 15, "
                + "\"evacuationSeconds\": 95");
        WebUser.Page stale = director.sendJson("POST", "/api/v1/safety/drills/" + id + "/complete", withEvacuation,
                token, "If-Match", "\"3\"");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("\"currentVersion\":0");
        WebUser.Page done = director.sendJson("POST", "/api/v1/safety/drills/" + id + "/complete", withEvacuation,
                token, "If-Match", "\"0\"");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.body()).contains("\"status\":\"DONE\"", "\"evacuationSeconds\":95", "\"participants\":320");

        assertThat(director.getWithToken("/api/v1/safety/drills?status=DONE&kind=EARTHQUAKE", token).body())
                .contains("接口地震避险演练");
        WebUser.Page cancel = director.sendJson("POST", "/api/v1/safety/drills/" + id + "/cancel",
                "{\"reason\": \"重复\", \"version\": 1}", token);
        assertThat(cancel.status()).isEqualTo(409);
        assertThat(cancel.body()).contains("document.step.refused");
    }
}
