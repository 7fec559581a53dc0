package org.houqin.assets.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.houqin.support.Demo;
import org.houqin.support.Images;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/** 领用与交接 over JSON: handing a card over with the receiver's signature, the office's list and one record. */
class AssetHandoverApiTest extends IntegrationTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    private String registered(WebUser client, String token, String name) {
        String json = """
                {"name": "%s", "categoryId": %d, "purchasedOn": "%s", "quantity": 4, "unitValue": 500,
                 "fundingSource": "FISCAL"}""".formatted(name,
                Demo.count(jdbc, "SELECT id FROM assets.category WHERE code = '6010000' AND school_id = ?",
                        Demo.schoolId(jdbc)), LocalDate.now(ZoneId.of("Asia/Shanghai")).minusMonths(3));
        WebUser.Page created = client.sendJson("POST", "/api/v1/assets", json, token);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.body().replaceAll("(?s).*\"number\":\"([^\"]+)\".*", "$1");
    }

    private String handover(String number, Integer quantity, String signature) {
        long room = Demo.count(jdbc, "SELECT id FROM places.room WHERE code = 'A-101' AND school_id = ?",
                Demo.schoolId(jdbc));
        return """
                {"kind": "ASSIGN", "handedOn": "%s", "roomId": %d, "receiverName": "杨佳怡",
                 "lines": [{"assetNumber": "%s", "quantity": %s}], "signature": %s}"""
                .formatted(TODAY, room, number, quantity, signature == null ? "null" : "\"" + signature + "\"");
    }

    @Test
    void aKeeperHandsPartOfABatchToARoomAndReadsTheSignedRecord() {
        String token = login("storekeeper").newToken("交接接口");
        WebUser client = anonymous();
        String name = "接口交接椅子" + UUID.randomUUID().toString().substring(0, 4);
        String number = registered(client, token, name);

        WebUser.Page done = client.sendJson("POST", "/api/v1/asset-handovers", handover(number, 3, Images.signature()),
                token);
        assertThat(done.status()).as(done.body()).isEqualTo(201);
        assertThat(done.body()).containsPattern("\"number\":\"JJ-\\d{4}-\\d{5}\"").contains("\"kind\":\"ASSIGN\"")
                .contains("\"receiverName\":\"杨佳怡\"").contains("\"quantity\":3").contains("\"signedAt\":\"");
        long id = Long.parseLong(done.body().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
        String record = done.body().replaceAll("(?s)^\\{\"id\":\\d+,\"number\":\"([^\"]+)\".*", "$1");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM assets.asset WHERE name = ? AND room_id IS NOT NULL", name))
                .as("three chairs split off and moved, one stays").isEqualTo(1);

        assertThat(client.getWithToken("/api/v1/asset-handovers?kind=ASSIGN&q=" + record, token).body())
                .contains("\"id\":" + id).contains("\"total\":1");
        assertThat(client.getWithToken("/api/v1/asset-handovers/" + id, token).body())
                .contains(record).contains("\"quantity\":3").contains("\"toPlace\":\"");
    }

    @Test
    void anUnsignedHandoverIsRefusedWithTheFieldAndMovesNothing() {
        String token = login("storekeeper").newToken("交接接口");
        WebUser client = anonymous();
        String name = "接口未签字椅子" + UUID.randomUUID().toString().substring(0, 4);
        String number = registered(client, token, name);
        WebUser.Page unsigned = client.sendJson("POST", "/api/v1/asset-handovers", handover(number, 2, null), token);
        assertThat(unsigned.status()).isEqualTo(400);
        assertThat(unsigned.body()).contains("\"field\":\"signature\"").contains("signature.missing");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM assets.asset WHERE name = ?", name))
                .as("nothing split off").isEqualTo(1);
    }

    @Test
    void aTeacherNeitherListsNorReadsRecordsSheDidNotSignNorHandsOver() {
        String token = login("storekeeper").newToken("交接接口");
        WebUser client = anonymous();
        String number = registered(client, token, "接口交接讲台" + UUID.randomUUID().toString().substring(0, 4));
        WebUser.Page done = client.sendJson("POST", "/api/v1/asset-handovers", handover(number, 1, Images.signature()),
                token);
        long id = Long.parseLong(done.body().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));

        String teacher = login("teacher").newToken("老师的接口");
        assertThat(client.getWithToken("/api/v1/asset-handovers", teacher).status()).isEqualTo(403);
        assertThat(client.getWithToken("/api/v1/asset-handovers/" + id, teacher).status()).isEqualTo(404);
        assertThat(client.sendJson("POST", "/api/v1/asset-handovers", handover(number, 1, Images.signature()),
                teacher).status()).isEqualTo(403);
    }
}
