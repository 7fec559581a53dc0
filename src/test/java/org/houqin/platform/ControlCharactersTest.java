package org.houqin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/**
 * NUL and the other control characters are taken out of typed text, by the pages and by the API alike; tab and line
 * breaks stay. PostgreSQL refuses NUL in text, so left in it would be a 500.
 */
class ControlCharactersTest extends IntegrationTest {

    /** NUL, BEL, ESC and DEL, as JSON escapes, around text with a tab inside. */
    private static final String DIRTY_JSON = "\\u0000控制\\u0007字符\\u001b\\t留下\\u007f";
    private static final String DIRTY = "\u0000控制\u0007字符\u001b\t留下\u007f";
    private static final String CLEAN = "控制字符\t留下";

    private long school() {
        return Demo.schoolId(jdbc);
    }

    private String roomJson(String code, String name, String note, int version) {
        long building = Demo.count(jdbc, "SELECT id FROM places.building WHERE code = 'B' AND school_id = ?", school());
        return """
                {"buildingId": %d, "floor": 2, "code": "%s", "name": "%s", "roomType": "LAB", "note": "%s",
                 "version": %d}""".formatted(building, code, name, note, version);
    }

    private String roomName(String code) {
        return Demo.asSystem(() -> jdbc.sql("SELECT name || '|' || coalesce(note, '') FROM places.room WHERE code = ?")
                .param(code).query(String.class).single());
    }

    @Test
    void aRoomFormAndTheRoomApiKeepTheSameTextOfADirtyName() {
        WebUser admin = login("admin");
        Map<String, String> form = new HashMap<>();
        form.put("buildingId", String.valueOf(Demo.count(jdbc,
                "SELECT id FROM places.building WHERE code = 'B' AND school_id = ?", school())));
        form.put("floor", "2");
        form.put("code", "CTL-FORM");
        form.put("name", DIRTY);
        form.put("note", "第一行\r\n第二行" + DIRTY);
        form.put("roomType", "LAB");
        form.put("version", "0");
        assertThat(admin.post("/places/rooms", form).status()).isEqualTo(302);

        String token = admin.newToken("控制字符");
        WebUser client = anonymous();
        var created = client.sendJson("POST", "/api/v1/rooms",
                roomJson("CTL-API", DIRTY_JSON, "第一行\\r\\n第二行" + DIRTY_JSON, 0), token);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(roomName("CTL-API")).isEqualTo(roomName("CTL-FORM"))
                .isEqualTo(CLEAN + "|第一行\r\n第二行" + CLEAN);

        long id = Demo.count(jdbc, "SELECT id FROM places.room WHERE code = 'CTL-API'");
        var changed = client.sendJson("PUT", "/api/v1/rooms/" + id,
                roomJson("CTL-API", "改\\u0000名" + DIRTY_JSON, DIRTY_JSON, 0), token);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(roomName("CTL-API")).isEqualTo("改名" + CLEAN + "|" + CLEAN);

        var badCode = client.sendJson("POST", "/api/v1/rooms", roomJson("CTL\\u0000-2", "实验室", "", 0), token);
        assertThat(badCode.status()).as("the code is read as CTL-2").isEqualTo(201);
    }

    @Test
    void aRepairReportedOverTheApiKeepsItsTextWithoutControlCharacters() {
        String token = login("teacher").newToken("控制字符");
        long room = Demo.count(jdbc, "SELECT id FROM places.room WHERE code = 'A-101' AND school_id = ?", school());
        long category = Demo.count(jdbc, "SELECT id FROM repairs.category WHERE name = '照明' AND school_id = ?",
                school());
        var created = anonymous().sendJson("POST", "/api/v1/repairs", "{\"roomId\":" + room + ",\"categoryId\":"
                + category + ",\"description\":\"报修" + DIRTY_JSON + "\\n灯\\u0000不亮\"}", token);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM repairs.request WHERE description = ?",
                "报修" + CLEAN + "\n灯不亮")).isEqualTo(1);
    }

    @Test
    void aRequisitionRequestedOverTheApiKeepsItsTextWithoutControlCharacters() {
        String token = login("teacher").newToken("控制字符");
        long store = Demo.count(jdbc, "SELECT id FROM warehouse.store WHERE code = 'MAIN' AND school_id = ?", school());
        long item = Demo.count(jdbc, "SELECT id FROM warehouse.item WHERE code = 'BG-006' AND school_id = ?", school());
        var created = anonymous().sendJson("POST", "/api/v1/requisitions", "{\"storeId\":" + store
                + ",\"purpose\":\"领用" + DIRTY_JSON + "\",\"lines\":[{\"itemId\":" + item
                + ",\"quantity\":1,\"note\":\"备\\u0000注\"}]}", token);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM warehouse.requisition WHERE purpose = ?", "领用" + CLEAN))
                .isEqualTo(1);
    }

    @Test
    void anUnescapedControlCharacterInJsonIsABadRequest() {
        String token = login("teacher").newToken("控制字符");
        var refused = anonymous().sendJson("POST", "/api/v1/repairs", "{\"description\":\"灯\u0001不亮\"}", token);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).doesNotContain("灯", "java.", "Exception");
    }
}
