package org.houqin.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/** The JSON API: tokens, the same permissions and scopes as the pages, clear errors, and its OpenAPI description. */
class RestApiTest extends IntegrationTest {

    private String tokenOf(String username) {
        WebUser user = login(username);
        user.post("/account/tokens", Map.of("name", "接口测试"));
        Matcher matcher = Pattern.compile("(hq_[A-Za-z0-9_-]{20,})").matcher(user.get("/account/tokens").body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private String roomJson(String code, String name, int version) {
        long building = Demo.count(jdbc, "SELECT id FROM places.building WHERE code = 'B' AND school_id = ?",
                Demo.schoolId(jdbc));
        return """
                {"buildingId": %d, "floor": 2, "code": "%s", "name": "%s", "roomType": "LAB", "area": 88.5,
                 "version": %d, "schoolId": 999}""".formatted(building, code, name, version);
    }

    @Test
    void aTokenReadsWhatItsOwnerMayRead() {
        String token = tokenOf("director");
        WebUser client = anonymous();
        assertThat(client.getWithToken("/api/v1/me", token).body()).contains("\"username\":\"director\"")
                .contains("places:room:write");
        assertThat(client.getWithToken("/api/v1/buildings", token).body()).contains("教学楼");
        assertThat(client.getWithToken("/api/v1/departments", token).body()).contains("教务处");
        assertThat(client.getWithToken("/api/v1/classes", token).body()).contains("\"headCount\"");
        assertThat(client.getWithToken("/api/v1/semesters/current", token).body()).contains("第一学期");
        String staff = client.getWithToken("/api/v1/staff?q=" + java.net.URLEncoder.encode("王国强",
                java.nio.charset.StandardCharsets.UTF_8), token).body();
        assertThat(staff).contains("王国强").containsPattern("\"phone\":\"1\\d\\d\\*\\*\\*\\*\\d{4}\"");
        assertThat(client.getWithToken("/api/v1/rooms?type=LAB", token).body()).contains("\"type\":\"LAB\"");
    }

    @Test
    void aTokenWritesWithValidationVersionsAndPermissions() {
        String token = tokenOf("director");
        WebUser client = anonymous();
        var created = client.sendJson("POST", "/api/v1/rooms", roomJson("API-1", "接口建的实验室", 0), token);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = Long.parseLong(created.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM places.room WHERE id = ? AND school_id = ?", id,
                Demo.schoolId(jdbc))).isEqualTo(1);

        var invalid = client.sendJson("POST", "/api/v1/rooms", roomJson("", "", 0), token);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("code");

        assertThat(client.sendJson("PUT", "/api/v1/rooms/" + id, roomJson("API-1", "改过一次", 0), token).status())
                .isEqualTo(200);
        var stale = client.sendJson("PUT", "/api/v1/rooms/" + id, roomJson("API-1", "旧版本又改", 0), token);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("error.conflict.stale");

        var duplicate = client.sendJson("POST", "/api/v1/rooms", roomJson("API-1", "重复", 0), token);
        assertThat(duplicate.status()).as("a rule naming a field is a refused field").isEqualTo(400);
        assertThat(duplicate.body()).contains("room.code.duplicate").contains("\"field\":\"code\"");

        String teacher = tokenOf("teacher");
        assertThat(client.sendJson("POST", "/api/v1/rooms", roomJson("API-2", "老师建的", 0), teacher).status())
                .isEqualTo(403);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM places.room WHERE code = 'API-2'")).isZero();
    }

    @Test
    void theOpenApiDescriptionListsTheEndpoints() {
        String docs = login("admin").getJson("/v3/api-docs").body();
        assertThat(docs).contains("/api/v1/rooms").contains("/api/v1/staff").contains("/api/v1/me");
        assertThat(docs).as("the signed-in user is a handler argument, not a parameter").doesNotContain("\"name\":\"me\"");
        assertThat(anonymous().getJson("/v3/api-docs").status()).as("the description is open to tools").isEqualTo(200);
        assertThat(anonymous().get("/swagger-ui/index.html").status()).as("Swagger UI is for signed-in users")
                .isIn(302, 401);
    }
}
