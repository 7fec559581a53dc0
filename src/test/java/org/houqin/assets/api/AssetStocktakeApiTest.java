package org.houqin.assets.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.stream.StreamSupport;

import org.houqin.organization.OrganizationApi;
import org.houqin.support.Demo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * 清查盘点 over JSON: a campaign started once per key, its team counting a room with a scanner app (a room's code,
 * then the cards, a batch card with the quantity seen), the count finished with the version it has now, and who may.
 */
class AssetStocktakeApiTest extends AssetApiTestBase {

    @Autowired
    OrganizationApi organization;

    @Autowired
    TransactionTemplate transaction;

    private long roomA101() {
        return Demo.count(jdbc, "SELECT id FROM places.room WHERE code = 'A-101' AND school_id = ?",
                Demo.schoolId(jdbc));
    }

    private String buildingOfA101() {
        return Demo.asSystem(() -> jdbc.sql("""
                SELECT b.name FROM places.room r JOIN places.building b ON b.id = r.building_id
                WHERE r.code = 'A-101' AND r.school_id = ?""").param(Demo.schoolId(jdbc)).query(String.class)
                .single());
    }

    private long furniture() {
        return Demo.count(jdbc, "SELECT id FROM assets.category WHERE code = '6010000' AND school_id = ?",
                Demo.schoolId(jdbc));
    }

    /** A card in room A-101: its number. */
    private String cardInA101(ApiClient keeper, String name, int quantity) {
        long category = furniture();
        ApiClient.Answer created = keeper.post("/api/v1/assets", """
                {"name": "%s", "categoryId": %d, "purchasedOn": "%s", "quantity": %d, "unitValue": 300,
                 "fundingSource": "FISCAL", "roomId": %d}""".formatted(name, category,
                ApiFixtures.TODAY.minusYears(2), quantity, roomA101()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("number").asString();
    }

    private String campaign(String name, String members) {
        return """
                {"name": "%s", "buildings": ["%s"], "categoryIds": [%d], "memberIds": [%s]}"""
                .formatted(name, buildingOfA101(), furniture(), members);
    }

    private static JsonNode item(JsonNode campaign, String number) {
        return StreamSupport.stream(campaign.get("differences").spliterator(), false)
                .filter(i -> i.get("assetNumber").asString().equals(number)).findFirst().orElseThrow();
    }

    @Test
    void theTeamCountsARoomByScanningItsCodeThenTheCardsAndABatchCardWithTheQuantitySeen() {
        ApiClient keeper = as("storekeeper");
        String desk = cardInA101(keeper, "接口盘点讲台", 1);
        String chairs = cardInA101(keeper, "接口盘点椅子", 5);
        String key = UUID.randomUUID().toString();
        String name = "接口盘点" + key.substring(0, 8);
        String body = campaign(name, String.valueOf(Demo.userId(jdbc, "teacher")));
        ApiClient.Answer started = keeper.post("/api/v1/asset-stocktakes", body, "Idempotency-Key", key);
        ApiClient.Answer again = keeper.post("/api/v1/asset-stocktakes", body, "Idempotency-Key", key);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(again.id()).isEqualTo(started.id());
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM assets.stocktake WHERE name = ?", name)).isEqualTo(1);
        assertThat(started.json().get("statusLabel").asString()).isEqualTo("盘点中");
        assertThat(started.json().get("listed").asLong()).isGreaterThanOrEqualTo(2);
        long id = started.id();

        ApiClient teacher = as("teacher");
        String scans = "/api/v1/asset-stocktakes/" + id + "/scans";
        JsonNode room = teacher.post(scans, "{\"code\": \"A-101\"}").json();
        assertThat(room.get("code").asString()).isEqualTo("assetStocktake.scan.room");
        assertThat(room.get("roomId").asLong()).isEqualTo(roomA101());
        JsonNode found = teacher.post(scans, "{\"code\": \"%s\", \"roomId\": %d}".formatted(desk, roomA101()))
                .json();
        assertThat(found.get("code").asString()).isEqualTo("assetStocktake.scan.found");
        assertThat(found.get("good").asBoolean()).isTrue();
        assertThat(found.get("message").asString()).contains(desk).contains("账实相符");
        JsonNode asked = teacher.post(scans, "{\"code\": \"%s\", \"roomId\": %d}".formatted(chairs, roomA101()))
                .json();
        assertThat(asked.get("code").asString()).isEqualTo("assetStocktake.scan.askQuantity");
        assertThat(asked.get("prompt").get("batchOf").asInt()).isEqualTo(5);
        JsonNode part = teacher.post(scans, "{\"code\": \"%s\", \"roomId\": %d, \"counted\": 3}"
                .formatted(chairs, roomA101())).json();
        assertThat(part.get("code").asString()).isEqualTo("assetStocktake.scan.foundPart");

        JsonNode read = teacher.get("/api/v1/asset-stocktakes/" + id).json();
        assertThat(read.get("found").asLong()).isEqualTo(2);
        assertThat(read.get("partlyLost").asLong()).isEqualTo(1);
        assertThat(item(read, chairs).get("lost").asInt()).isEqualTo(2);
        assertThat(item(read, chairs).get("resultLabel").asString()).isEqualTo("账实相符");
        assertThat(read.get("progress").toString()).contains("\"roomId\":" + roomA101());
        JsonNode listed = teacher.get("/api/v1/asset-stocktakes?status=COUNTING&q=" + name).json();
        assertThat(listed.get("total").asLong()).isEqualTo(1);
        assertThat(listed.get("items").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(keeper.get("/api/v1/asset-stocktakes?size=1").json().get("items").size()).isEqualTo(1);
        assertThat(teacher.post("/api/v1/asset-stocktakes/" + id + "/finish", "{\"version\": 0}").status())
                .isEqualTo(403);
    }

    @Test
    void theCountIsFinishedAndReopenedOnlyWithTheVersionItHasNow() {
        ApiClient keeper = as("storekeeper");
        cardInA101(keeper, "接口盘点书柜", 1);
        long id = keeper.post("/api/v1/asset-stocktakes", campaign("接口盘完再开", "")).id();
        String finish = "/api/v1/asset-stocktakes/" + id + "/finish";

        ApiClient.Answer stale = keeper.post(finish, "{\"version\": 3}");
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asInt()).isZero();
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM assets.stocktake_item WHERE stocktake_id = ?"
                + " AND result IS NOT NULL", id)).as("nothing given up as missing").isZero();

        JsonNode counted = keeper.post(finish, "{\"version\": 7}", "If-Match", "\"0\"").json();
        assertThat(counted.get("status").asString()).isEqualTo("COUNTED");
        assertThat(counted.get("version").asInt()).isEqualTo(1);
        assertThat(counted.get("missing").asLong()).isEqualTo(counted.get("listed").asLong());
        JsonNode reopened = keeper.post("/api/v1/asset-stocktakes/" + id + "/reopen", "{\"version\": 1}").json();
        assertThat(reopened.get("status").asString()).isEqualTo("COUNTING");
        ApiClient.Answer notCounted = keeper.post("/api/v1/asset-stocktakes/" + id + "/submit", "{\"version\": 2}");
        assertThat(notCounted.status()).isEqualTo(409);
        assertThat(notCounted.json().get("code").asString()).isEqualTo("document.step.refused");
    }

    @Test
    void aCampaignWithoutANameOrAScanWithoutACodeIsRefusedAtTheField() {
        ApiClient keeper = as("storekeeper");
        ApiClient.Answer unnamed = keeper.post("/api/v1/asset-stocktakes", campaign("", ""));
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        ApiClient.Answer stranger = keeper.post("/api/v1/asset-stocktakes", campaign("接口陌生队员", "999999"));
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.json().get("errors").get(0).get("field").asString()).isEqualTo("memberIds");

        cardInA101(keeper, "接口盘点黑板", 1);
        long id = keeper.post("/api/v1/asset-stocktakes", campaign("接口空扫码", "")).id();
        ApiClient.Answer blank = keeper.post("/api/v1/asset-stocktakes/" + id + "/scans", "{\"code\": \" \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
    }

    @Test
    void someoneOutsideTheTeamNeitherStartsNorSeesNorScansAndAnotherSchoolsCampaignIsNotFound() {
        ApiClient keeper = as("storekeeper");
        cardInA101(keeper, "接口盘点柜子", 1);
        long id = keeper.post("/api/v1/asset-stocktakes", campaign("接口无老师", "")).id();
        ApiClient teacher = as("teacher");
        assertThat(teacher.post("/api/v1/asset-stocktakes", campaign("老师发起", "")).status()).isEqualTo(403);
        assertThat(teacher.get("/api/v1/asset-stocktakes/" + id).status()).isEqualTo(404);
        assertThat(teacher.post("/api/v1/asset-stocktakes/" + id + "/scans", "{\"code\": \"A-101\"}").status())
                .isEqualTo(404);
        assertThat(teacher.get("/api/v1/asset-stocktakes?q=接口无老师").json().get("total").asLong()).isZero();

        long elsewhere = ApiFixtures.otherSchoolsStocktake(jdbc, transaction, organization);
        assertThat(keeper.get("/api/v1/asset-stocktakes/" + elsewhere).status()).isEqualTo(404);
        assertThat(keeper.post("/api/v1/asset-stocktakes/" + elsewhere + "/finish", "{\"version\": 0}").status())
                .isEqualTo(404);
    }
}
