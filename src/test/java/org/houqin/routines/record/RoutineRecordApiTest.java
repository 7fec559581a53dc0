package org.houqin.routines.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.houqin.routines.checklist.ChecklistItem;
import org.houqin.support.Images;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/** 我的检查 and the records over JSON: one record per Idempotency-Key, refusals at the items, a changed checklist. */
class RoutineRecordApiTest extends IntegrationTest {

    private static String answers(String signature) {
        StringBuilder json = new StringBuilder("{");
        FireCheck.PASSING.forEach(code -> json.append('"').append(code).append("\":{\"value\":\"PASS\"},"));
        json.append("\"extinguisher-count\":{\"value\":\"3\"},\"extinguisher-pressure\":{\"value\":\"黄区\","
                + "\"photos\":[\"data:image/jpeg;base64,").append(java.util.Base64.getEncoder()
                .encodeToString(Images.jpeg(20, 20))).append("\"]}");
        if (signature != null) {
            json.append(",\"inspector\":{\"signature\":\"").append(signature).append("\"}");
        }
        return json.append('}').toString();
    }

    @Test
    void aRoundIsFiledOncePerKeyAndRefusedAtItsItems() {
        RoutineRounds fixtures = new RoutineRounds(jdbc);
        long template = fixtures.template("fire-monthly");
        long round = fixtures.round(fixtures.schedule(template, "guard"), "A-101", "guard");
        String token = WebUser.token(port, "guard");
        WebUser client = anonymous();
        assertThat(client.getWithToken("/api/v1/routines/rounds", token).body()).contains("\"id\":" + round + ",");
        assertThat(client.getWithToken("/api/v1/routines/rounds/" + round, token).body())
                .contains("\"templateVersion\":1").contains("\"code\":\"extinguisher-pressure\"");

        WebUser.Page unsigned = client.sendJson("POST", "/api/v1/routines/rounds/" + round + "/record",
                "{\"templateVersion\":1,\"answers\":" + answers(null) + "}", token);
        assertThat(unsigned.status()).as(unsigned.body()).isEqualTo(400);
        assertThat(unsigned.body()).contains("\"field\":\"answers[inspector]\"")
                .contains("routine.answer.signatureRequired");

        String body = "{\"templateVersion\":1,\"answers\":" + answers(Images.signature()) + "}";
        String key = UUID.randomUUID().toString();
        WebUser.Page filed = client.sendJson("POST", "/api/v1/routines/rounds/" + round + "/record", body, token,
                "Idempotency-Key", key);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.body()).contains("\"flaggedCount\":1").contains("\"state\":\"FAILED\"");
        String id = filed.body().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1");
        assertThat(client.sendJson("POST", "/api/v1/routines/rounds/" + round + "/record", body, token,
                "Idempotency-Key", key).body()).startsWith("{\"id\":" + id + ",");
        assertThat(fixtures.records("SELECT count(*) FROM routines.record WHERE occurrence_id = ?", round))
                .isEqualTo(1);
        assertThat(client.getWithToken("/api/v1/routines/records/" + id, token).body())
                .contains("\"code\":\"extinguisher-pressure\"");

        fixtures.revise(template, List.of(ChecklistItem.passFail("extinguisher-place", "灭火器位置正确")));
        WebUser.Page stale = client.sendJson("POST", "/api/v1/routines/records/" + id + "/correct", body, token);
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(stale.body()).contains("routine.template.changed");
    }
}
