package org.houqin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A refused API request gets 400 naming each field and the rule it broke: never the value sent, never a Java type,
 * and every String field of the API as long as on its form.
 */
class ApiErrorsTest extends IntegrationTest {

    private static final String SECRET = "Geheim-4711";

    private String roomJson(String floor, String roomType, String name) {
        long building = Demo.count(jdbc, "SELECT id FROM places.building WHERE code = 'B' AND school_id = ?",
                Demo.schoolId(jdbc));
        return """
                {"buildingId": %d, "floor": %s, "code": "ERR-1", "name": "%s", "roomType": "%s", "version": 0}"""
                .formatted(building, floor, name, roomType);
    }

    private static JsonNode json(WebUser.Page page) {
        return JsonMapper.shared().readTree(page.body());
    }

    private static void assertSaysNothingInternal(WebUser.Page page, String... sent) {
        assertThat(page.status()).as(page.body()).isEqualTo(400);
        assertThat(page.body()).doesNotContain("java.", "Exception", "tools.jackson", "String", "Integer", "RoomType",
                "rejectedValue");
        for (String value : sent) {
            assertThat(page.body()).doesNotContain(value);
        }
    }

    @Test
    void aTypeMismatchNamesTheFieldButNotTheValue() {
        String token = login("director").newToken("错误接口");
        WebUser.Page refused = anonymous().sendJson("POST", "/api/v1/rooms", roomJson("\"" + SECRET + "\"", "LAB",
                "错误"), token);
        assertSaysNothingInternal(refused, SECRET);
        JsonNode error = json(refused).path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo("floor");
        assertThat(error.path("code").asString()).isEqualTo("typeMismatch");
        assertThat(json(refused).path("status").asInt()).isEqualTo(400);
    }

    @Test
    void anUnknownEnumValueNamesTheFieldButNotTheValueOrTheEnum() {
        String token = login("director").newToken("错误接口");
        WebUser.Page refused = anonymous().sendJson("POST", "/api/v1/rooms", roomJson("2", SECRET, "错误"), token);
        assertSaysNothingInternal(refused, SECRET, "LAB", "OFFICE");
        assertThat(refused.body()).contains("\"field\":\"roomType\"").contains("\"code\":\"typeMismatch\"");
    }

    @Test
    void unreadableJsonSaysSoWithoutQuotingIt() {
        String token = login("director").newToken("错误接口");
        WebUser client = anonymous();
        WebUser.Page broken = client.sendJson("POST", "/api/v1/rooms", "{\"name\": \"" + SECRET + "\", ", token);
        assertSaysNothingInternal(broken, SECRET);
        assertThat(json(broken).path("code").asString()).isEqualTo("request.unreadable");
        WebUser.Page empty = client.sendJson("POST", "/api/v1/rooms", "", token);
        assertSaysNothingInternal(empty);
        WebUser.Page nested = client.sendJson("POST", "/api/v1/requisitions", "{\"purpose\":\"领用\",\"lines\":"
                + "[{\"itemId\":1,\"quantity\":\"" + SECRET + "\"}]}", login("teacher").newToken("错误接口"));
        assertSaysNothingInternal(nested, SECRET);
        assertThat(nested.body()).contains("\"field\":\"lines[0].quantity\"");
    }

    @Test
    void aBadPathOrQueryValueNamesTheParameterOnly() {
        String token = login("director").newToken("错误接口");
        WebUser client = anonymous();
        WebUser.Page path = client.sendJson("PUT", "/api/v1/rooms/" + SECRET, roomJson("2", "LAB", "错误"), token);
        assertSaysNothingInternal(path, SECRET);
        assertThat(path.body()).contains("\"field\":\"id\"");
        WebUser.Page query = client.getWithToken("/api/v1/rooms?type=" + SECRET, token);
        assertSaysNothingInternal(query, SECRET);
        assertThat(query.body()).contains("\"field\":\"type\"");
    }

    @Test
    void everyApiTextFieldIsAsLongAsOnItsFormAndAnOverLongOneNamesTheFieldAndTheRule() {
        String director = login("director").newToken("错误接口");
        String teacher = login("teacher").newToken("错误接口");
        WebUser client = anonymous();
        String tooLongName = "名".repeat(64) + SECRET;
        WebUser.Page room = client.sendJson("POST", "/api/v1/rooms", roomJson("2", "LAB", tooLongName), director);
        assertTooLong(room, "name", SECRET);

        WebUser.Page repair = client.sendJson("POST", "/api/v1/repairs", "{\"categoryId\":1,\"location\":\""
                + "地".repeat(100) + SECRET + "\",\"description\":\"" + "述".repeat(1000) + SECRET + "\"}", teacher);
        assertTooLong(repair, "location", SECRET);
        assertTooLong(repair, "description", SECRET);

        WebUser.Page step = client.sendJson("POST", "/api/v1/repairs/1/dispatch", "{\"version\":0,\"note\":\""
                + "注".repeat(500) + SECRET + "\",\"contractor\":\"" + "商".repeat(100) + SECRET + "\"}", director);
        assertTooLong(step, "note", SECRET);
        assertTooLong(step, "contractor", SECRET);

        WebUser.Page requisition = client.sendJson("POST", "/api/v1/requisitions", "{\"storeId\":1,\"purpose\":\""
                + "用".repeat(200) + SECRET + "\",\"lines\":[{\"itemId\":1,\"quantity\":1,\"note\":\""
                + "备".repeat(100) + SECRET + "\"}]}", teacher);
        assertTooLong(requisition, "purpose", SECRET);
        assertTooLong(requisition, "lines[0].note", SECRET);

        WebUser.Page decision = client.sendJson("POST", "/api/v1/approvals/1/decide", "{\"decision\":\"REJECT\","
                + "\"version\":0,\"comment\":\"" + "评".repeat(500) + SECRET + "\"}", director);
        assertTooLong(decision, "comment", SECRET);
    }

    private static void assertTooLong(WebUser.Page page, String field, String sent) {
        assertSaysNothingInternal(page, sent);
        assertThat(page.body()).as(field).contains("{\"field\":\"" + field + "\",\"code\":\"Size\"");
    }
}
