package org.houqin.warehouse.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.houqin.organization.OrganizationApi;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.houqin.warehouse.catalogue.Catalogue;
import org.houqin.warehouse.stock.StockLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** 盘点 over JSON: a store's count started, counted line by line from a scanner, submitted; and who may do what. */
class StocktakeApiTest extends IntegrationTest {

    @Autowired
    Catalogue catalogue;
    @Autowired
    StockLedger ledger;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    OrganizationApi organization;

    private WarehouseApiFixtures fixtures;
    private String keeper;

    @BeforeEach
    void aStoreOfItsOwnWithTwoItems() {
        fixtures = new WarehouseApiFixtures(jdbc, catalogue, ledger, transaction);
        fixtures.item("接口盘件甲", "10");
        fixtures.item("接口盘件乙", "5");
        keeper = WarehouseApiFixtures.token(port, "storekeeper");
    }

    private String start() {
        return "{\"storeId\": " + fixtures.store + ", \"countedOn\": \"" + WarehouseApiFixtures.today()
                + "\", \"note\": \"接口月末盘点\"}";
    }

    private static String counts(int version, JsonNode lines, String first, String second) {
        return """
                {"version": %d, "lines": [{"lineId": %d, "counted": %s}, {"lineId": %d, "counted": %s, "note": "破损"}]}"""
                .formatted(version, lines.get(0).get("lineId").asLong(), first, lines.get(1).get("lineId").asLong(),
                        second);
    }

    private JsonNode started(String key) {
        WebUser.Page page = WarehouseApiFixtures.send(port, "POST", "/api/v1/stocktakes", start(), keeper,
                "Idempotency-Key", key);
        assertThat(page.status()).as(page.body()).isEqualTo(201);
        return WarehouseApiFixtures.json(page);
    }

    @Test
    void aCountIsStartedOnceCountedFromAScannerAndPostedWhenItMatchesTheBook() {
        String key = UUID.randomUUID().toString();
        JsonNode stocktake = started(key);
        assertThat(started(key).get("id").asLong()).as("the same key, the same stocktake")
                .isEqualTo(stocktake.get("id").asLong());
        long id = stocktake.get("id").asLong();
        assertThat(stocktake.get("statusLabel").asText()).isEqualTo("盘点中");
        JsonNode lines = stocktake.get("lines");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("bookQuantity").decimalValue()).isEqualByComparingTo("10");

        WebUser.Page counted = anonymous().sendJson("POST", "/api/v1/stocktakes/" + id + "/count",
                counts(0, lines, "10", "4"), keeper);
        assertThat(counted.status()).as(counted.body()).isEqualTo(200);
        JsonNode after = WarehouseApiFixtures.json(counted);
        assertThat(after.get("counted").asInt()).isEqualTo(2);
        assertThat(after.get("different").asInt()).isEqualTo(1);
        assertThat(after.get("lines").get(1).get("differenceAmount").decimalValue()).isEqualByComparingTo("-10.00");
        assertThat(anonymous().getWithToken("/api/v1/stocktakes/" + id + "?show=different", keeper).body())
                .contains("接口盘件乙").doesNotContain("接口盘件甲");

        WebUser.Page recounted = WarehouseApiFixtures.sendIfMatch(port, "/api/v1/stocktakes/" + id + "/count",
                counts(0, lines, "10", "5"), keeper, after.get("version").asInt());
        assertThat(recounted.status()).as(recounted.body()).isEqualTo(200);
        int version = WarehouseApiFixtures.json(recounted).get("version").asInt();
        WebUser.Page submitted = WarehouseApiFixtures.sendIfMatch(port, "/api/v1/stocktakes/" + id + "/submit", "{\"version\": 0}",
                keeper, version);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(WarehouseApiFixtures.json(submitted).get("statusLabel").asText()).isEqualTo("已入账");

        WebUser.Page report = anonymous().getWithToken("/api/v1/stocktakes/" + id + "/print.pdf?report=true", keeper);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body()).startsWith("%PDF-");

        JsonNode listed = WarehouseApiFixtures.json(anonymous().getWithToken(
                "/api/v1/stocktakes?q=" + stocktake.get("number").asText() + "&size=1", keeper));
        assertThat(listed.get("total").asInt()).isEqualTo(1);
        assertThat(listed.get("items").get(0).get("status").asText()).isEqualTo("POSTED");
    }

    @Test
    void aStaleCountIsRefusedWithTheCurrentVersionAndABadQuantityNamesItsLine() {
        JsonNode stocktake = started(UUID.randomUUID().toString());
        long id = stocktake.get("id").asLong();
        JsonNode lines = stocktake.get("lines");
        assertThat(anonymous().sendJson("POST", "/api/v1/stocktakes/" + id + "/count", counts(0, lines, "9", "5"),
                keeper).status()).isEqualTo(200);

        WebUser.Page stale = anonymous().sendJson("POST", "/api/v1/stocktakes/" + id + "/count",
                counts(0, lines, "8", "5"), keeper);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(WarehouseApiFixtures.json(stale).get("currentVersion").asInt()).isEqualTo(1);
        WebUser.Page negative = anonymous().sendJson("POST", "/api/v1/stocktakes/" + id + "/count",
                counts(1, lines, "-1", "5"), keeper);
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body()).contains("\"field\":\"lines[0].counted\"");
        WebUser.Page busy = anonymous().sendJson("POST", "/api/v1/stocktakes", start(), keeper);
        assertThat(busy.status()).as("one count at a time per store").isEqualTo(400);
        assertThat(busy.body()).contains("\"field\":\"storeId\"").contains("stocktake.store.busy");

        WebUser.Page cancelled = anonymous().sendJson("POST", "/api/v1/stocktakes/" + id + "/cancel",
                "{\"version\": 1}", keeper);
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(WarehouseApiFixtures.json(cancelled).get("statusLabel").asText()).isEqualTo("已作废");
    }

    @Test
    void aTeacherCannotStartACountAndAnotherSchoolsStocktakeIsNotFound() {
        String teacher = WarehouseApiFixtures.token(port, "teacher");
        assertThat(anonymous().sendJson("POST", "/api/v1/stocktakes", start(), teacher).status()).isEqualTo(403);
        long other = fixtures.anotherSchools("stocktake", organization);
        assertThat(anonymous().getWithToken("/api/v1/stocktakes/" + other, keeper).status()).isEqualTo(404);
        assertThat(anonymous().sendJson("POST", "/api/v1/stocktakes/" + other + "/cancel", "{\"version\": 0}", keeper)
                .status()).isEqualTo(404);
    }
}
