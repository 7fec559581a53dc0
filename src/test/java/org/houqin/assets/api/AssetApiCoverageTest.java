package org.houqin.assets.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.houqin.support.Demo;
import org.houqin.support.Images;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The whole register over the API: every asset document is in the API description, and kinds come with labels. */
class AssetApiCoverageTest extends AssetApiTestBase {

    @Test
    void theApiDescriptionListsEveryAssetDocument() {
        assertThat(login("admin").getJson("/v3/api-docs").body()).contains("/api/v1/asset-disposals/{id}/cancel")
                .contains("/api/v1/asset-stocktakes/{id}/scans").contains("/api/v1/asset-stocktakes/{id}/finish")
                .contains("/api/v1/asset-compensations/{id}/pay").contains("/api/v1/assets/{id}/depreciation")
                .contains("/api/v1/asset-labels.pdf").contains("application/pdf");
    }

    @Test
    void theHandoverListNamesEachKindInTheReadersLanguage() {
        ApiClient keeper = as("storekeeper");
        String number = ApiFixtures.card(keeper, jdbc, "接口领用标签" + UUID.randomUUID().toString().substring(0, 4),
                "6010000", "500", 1, ApiFixtures.TODAY).get("number").asString();
        ApiClient.Answer done = keeper.post("/api/v1/asset-handovers", """
                {"kind": "ASSIGN", "handedOn": "%s", "roomId": %d, "receiverName": "杨佳怡",
                 "lines": [{"assetNumber": "%s"}], "signature": "%s"}""".formatted(ApiFixtures.TODAY,
                Demo.count(jdbc, "SELECT id FROM places.room WHERE code = 'A-101' AND school_id = ?",
                        Demo.schoolId(jdbc)), number, Images.signature()));
        assertThat(done.status()).as(done.body()).isEqualTo(201);
        assertThat(done.json().get("kindLabel").asString()).isEqualTo("领用");

        JsonNode listed = keeper.get("/api/v1/asset-handovers?kind=ASSIGN&q=" + number, ApiClient.ENGLISH).json();
        assertThat(listed.get("items").get(0).get("kindLabel").asString()).isEqualTo("Assign");
    }
}
