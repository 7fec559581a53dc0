package org.houqin.platform.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.houqin.organization.OrganizationApi;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET /api/v1/facts: signed-in callers only, each told what they may open, bad dates answered at the field. */
class FactsApiTest extends IntegrationTest {

    @Autowired
    OrganizationApi organization;

    private static JsonNode json(WebUser.Page page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return JsonMapper.shared().readTree(page.body());
    }

    private static List<String> keys(JsonNode body) {
        List<String> keys = new ArrayList<>();
        body.path("facts").forEach(fact -> keys.add(fact.path("key").asString()));
        return keys;
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        WebUser.Page page = anonymous().getJson("/api/v1/facts");
        assertThat(page.status()).isEqualTo(401);
        assertThat(page.body()).doesNotContain("repairs.");
    }

    @Test
    void withoutDatesTheCurrentSemesterIsToldWithLabelsUnitsAndLinks() {
        String token = login("director").newToken("统计接口");
        JsonNode body = json(anonymous().getWithToken("/api/v1/facts", token));
        OrganizationApi.SemesterRef semester = organization.currentSemester(Demo.schoolId(jdbc)).orElseThrow();
        assertThat(body.path("from").asString()).isEqualTo(semester.startsOn().toString());
        assertThat(body.path("to").asString()).isEqualTo(semester.endsOn().toString());
        assertThat(keys(body)).contains("repairs.requests.received", "warehouse.issues.value", "assets.held.value");
        JsonNode received = body.path("facts").get(0);
        assertThat(received.path("key").asString()).isEqualTo("repairs.requests.received");
        assertThat(received.path("module").asString()).isEqualTo("repairs");
        assertThat(received.path("label").asString()).isEqualTo("受理报修");
        assertThat(received.path("kind").asString()).isEqualTo("COUNT");
        assertThat(received.path("unit").asString()).isEqualTo("次");
        assertThat(received.path("link").asString()).isEqualTo("/repairs/stats?from=" + semester.startsOn() + "&to="
                + semester.endsOn());
        assertThat(received.path("breakdown").size()).isPositive();
        long parts = 0;
        for (JsonNode part : received.path("breakdown")) {
            assertThat(part.path("label").asString()).isNotBlank();
            parts += part.path("value").asLong();
        }
        assertThat(parts).as("the categories add up to the whole").isEqualTo(received.path("value").asLong());
    }

    @Test
    void eachCallerIsToldOnlyWhatTheirPermissionsOpen() {
        JsonNode teacher = json(anonymous().getWithToken("/api/v1/facts", login("teacher").newToken("老师接口")));
        assertThat(teacher.path("facts").isArray()).isTrue();
        assertThat(teacher.path("facts").size()).as("a teacher sees no warehouse value").isZero();
        List<String> storekeeper = keys(json(anonymous().getWithToken("/api/v1/facts",
                login("storekeeper").newToken("仓库接口"))));
        assertThat(storekeeper).contains("warehouse.receipts.value", "assets.added.value")
                .noneMatch(key -> key.startsWith("repairs."));
    }

    @Test
    void aQuietPeriodIsZerosNotAnError() {
        String token = login("director").newToken("统计接口");
        JsonNode body = json(anonymous().getWithToken("/api/v1/facts?from=1991-03-01&to=1991-03-31", token));
        assertThat(body.path("facts").size()).isPositive();
        body.path("facts").forEach(fact -> assertThat(fact.path("value").decimalValue()).as(fact.path("key").asString())
                .isZero());
    }

    @Test
    void badDatesAreAnswered400NamingTheField() {
        String token = login("director").newToken("统计接口");
        WebUser client = anonymous();
        WebUser.Page unreadable = client.getWithToken("/api/v1/facts?from=2026-13-01&to=2027-01-31", token);
        assertThat(unreadable.status()).isEqualTo(400);
        JsonNode problem = JsonMapper.shared().readTree(unreadable.body());
        assertThat(problem.path("field").asString()).isEqualTo("from");
        assertThat(problem.path("code").asString()).isEqualTo("facts.period.date");
        assertThat(problem.path("detail").asString()).contains("2026-09-01");

        JsonNode reversed = JsonMapper.shared().readTree(
                client.getWithToken("/api/v1/facts?from=2026-09-02&to=2026-09-01", token).body());
        assertThat(reversed.path("status").asInt()).isEqualTo(400);
        assertThat(reversed.path("field").asString()).isEqualTo("to");
        assertThat(reversed.path("code").asString()).isEqualTo("facts.period.reversed");

        WebUser.Page tooLong = client.getWithToken("/api/v1/facts?from=2001-01-01&to=2020-01-01", token);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"field\":\"to\"").contains("facts.period.tooLong");

        WebUser.Page onlyFrom = client.getWithToken("/api/v1/facts?from=2099-01-01", token);
        assertThat(onlyFrom.status()).as("the end is the semester's, so the date given is named").isEqualTo(400);
        assertThat(onlyFrom.body()).contains("\"field\":\"from\"");
    }

    @Test
    void theOpenApiDescriptionListsTheFacts() {
        String docs = login("admin").getJson("/v3/api-docs").body();
        assertThat(docs).contains("/api/v1/facts").contains("What happened in a period");
    }
}
