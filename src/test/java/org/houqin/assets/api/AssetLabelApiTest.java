package org.houqin.assets.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Asset labels as a PDF over the API: the cards a search or their ids name, on the stock chosen, and who may. */
class AssetLabelApiTest extends AssetApiTestBase {

    @Test
    void theCardsASearchFindsComeAsALabelSheet() {
        ApiClient keeper = as("storekeeper");
        String name = "接口标签" + UUID.randomUUID().toString().substring(0, 6);
        long first = ApiFixtures.card(keeper, jdbc, name, "2320000", "3000", 1, ApiFixtures.TODAY).get("id").asLong();
        long second = ApiFixtures.card(keeper, jdbc, name, "2320000", "3000", 1, ApiFixtures.TODAY).get("id").asLong();

        ApiClient.Answer searched = keeper.get("/api/v1/asset-labels.pdf?q=" + name, "Accept", "application/pdf");
        assertThat(searched.status()).as(searched.body()).isEqualTo(200);
        assertThat(searched.contentType()).startsWith("application/pdf");
        assertThat(new String(searched.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        ApiClient.Answer named = keeper.get("/api/v1/asset-labels.pdf?ids=" + first + "&ids=" + second
                + "&stock=THERMAL_50X30", "Accept", "application/pdf");
        assertThat(named.status()).isEqualTo(200);
        assertThat(named.bytes().length).isGreaterThan(1000);
    }

    @Test
    void aGridWiderThanA4IsRefusedAtItsFieldAndNoCardIsAConflict() {
        ApiClient keeper = as("storekeeper");
        String name = "接口宽标签" + UUID.randomUUID().toString().substring(0, 6);
        ApiFixtures.card(keeper, jdbc, name, "2320000", "3000", 1, ApiFixtures.TODAY);
        ApiClient.Answer wide = keeper.get("/api/v1/asset-labels.pdf?q=" + name + "&stock=CUSTOM&labelWidth=200");
        assertThat(wide.status()).as(wide.body()).isEqualTo(400);
        assertThat(wide.json().get("errors").get(0).get("field").asString()).isEqualTo("labelWidth");
        ApiClient.Answer none = keeper.get("/api/v1/asset-labels.pdf?q=没有这样的资产" + name);
        assertThat(none.status()).isEqualTo(409);
        assertThat(none.json().get("code").asString()).isEqualTo("assetLabel.none");
    }

    @Test
    void aTeacherPrintsNoLabels() {
        ApiClient teacher = as("teacher");
        assertThat(teacher.get("/api/v1/asset-labels.pdf").status()).isEqualTo(403);
    }
}
