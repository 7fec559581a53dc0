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

/** 入库、调拨、报损 over JSON: each made once per Idempotency-Key, read with its lines, refused as the pages refuse it. */
class StockDocumentApiTest extends IntegrationTest {

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
    void aStoreOfItsOwn() {
        fixtures = new WarehouseApiFixtures(jdbc, catalogue, ledger, transaction);
        keeper = WarehouseApiFixtures.token(port, "storekeeper");
    }

    private WebUser.Page post(String path, String body, String key) {
        return WarehouseApiFixtures.send(port, "POST", path, body, keeper, "Idempotency-Key", key);
    }

    private String receipt(long item, String receivedOn) {
        return """
                {"storeId": %d, "source": "DONATION", "receivedOn": "%s", "supplier": "接口捐赠人%s",
                 "lines": [{"itemId": %d, "quantity": 3, "unitPrice": 12.5}]}"""
                .formatted(fixtures.store, receivedOn, fixtures.suffix, item);
    }

    @Test
    void goodsReceivedOncePerKeyComeInToStockAndTheListFindsTheReceipt() {
        long item = fixtures.item("接口赠件", "1");
        String key = UUID.randomUUID().toString();
        WebUser.Page first = post("/api/v1/receipts", receipt(item, WarehouseApiFixtures.today()), key);
        WebUser.Page again = post("/api/v1/receipts", receipt(item, WarehouseApiFixtures.today()), key);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        JsonNode receipt = WarehouseApiFixtures.json(first);
        assertThat(WarehouseApiFixtures.json(again).get("id").asLong()).isEqualTo(receipt.get("id").asLong());
        assertThat(fixtures.balance(item, fixtures.store)).isEqualByComparingTo("4");
        assertThat(receipt.get("number").asText()).matches("RK-\\d{4}-\\d{5}");
        assertThat(receipt.get("sourceLabel").asText()).isEqualTo("捐赠入库");
        assertThat(receipt.get("total").decimalValue()).isEqualByComparingTo("37.50");
        assertThat(receipt.get("lines").get(0).get("name").asText()).isEqualTo("接口赠件");

        JsonNode listed = WarehouseApiFixtures.json(anonymous().getWithToken(
                "/api/v1/receipts?q=接口捐赠人" + fixtures.suffix + "&size=1", keeper));
        assertThat(listed.get("total").asInt()).isEqualTo(1);
        assertThat(listed.get("size").asInt()).isEqualTo(1);
        assertThat(listed.get("items").get(0).get("id").asLong()).isEqualTo(receipt.get("id").asLong());

        WebUser.Page printed = anonymous().getWithToken("/api/v1/receipts/" + receipt.get("id").asLong()
                + "/print.pdf", keeper);
        assertThat(printed.status()).isEqualTo(200);
        assertThat(printed.body()).startsWith("%PDF-");

        WebUser.Page future = post("/api/v1/receipts", receipt(item, "2099-01-01"), UUID.randomUUID().toString());
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("\"field\":\"receivedOn\"");
        assertThat(fixtures.balance(item, fixtures.store)).isEqualByComparingTo("4");
    }

    @Test
    void goodsMoveBetweenStoresOncePerKeyAndNeverMoreThanTheStoreHolds() {
        long item = fixtures.item("接口调件", "10");
        long other = fixtures.newStore("接口分库");
        String transfer = """
                {"fromStoreId": %d, "toStoreId": %d, "transferredOn": "%s", "note": "接口调拨",
                 "lines": [{"itemId": %d, "quantity": %s}]}""";
        String key = UUID.randomUUID().toString();
        String four = transfer.formatted(fixtures.store, other, WarehouseApiFixtures.today(), item, "4");
        WebUser.Page moved = post("/api/v1/transfers", four, key);
        assertThat(moved.status()).as(moved.body()).isEqualTo(201);
        assertThat(post("/api/v1/transfers", four, key).body()).contains("\"id\":" + WarehouseApiFixtures.json(moved)
                .get("id").asLong() + ",");
        assertThat(fixtures.balance(item, fixtures.store)).isEqualByComparingTo("6");
        assertThat(fixtures.balance(item, other)).isEqualByComparingTo("4");
        JsonNode one = WarehouseApiFixtures.json(anonymous().getWithToken("/api/v1/transfers/"
                + WarehouseApiFixtures.json(moved).get("id").asLong(), keeper));
        assertThat(one.get("lines").get(0).get("quantity").decimalValue()).isEqualByComparingTo("4");
        assertThat(one.get("total").decimalValue()).isEqualByComparingTo("40.00");

        WebUser.Page tooMuch = post("/api/v1/transfers",
                transfer.formatted(fixtures.store, other, WarehouseApiFixtures.today(), item, "7"), UUID.randomUUID().toString());
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.body()).contains("\"field\":\"lines[0].quantity\"");
        WebUser.Page same = post("/api/v1/transfers",
                transfer.formatted(fixtures.store, fixtures.store, WarehouseApiFixtures.today(), item, "1"),
                UUID.randomUUID().toString());
        assertThat(same.status()).isEqualTo(400);
        assertThat(same.body()).contains("\"field\":\"toStoreId\"");
        assertThat(fixtures.balance(item, fixtures.store)).isEqualByComparingTo("6");
    }

    @Test
    void aWriteOffWaitsForApprovalAndOnceReturnedIsCancelledWithItsVersion() {
        long item = fixtures.item("接口损件", "20");
        String writeOff = """
                {"storeId": %d, "reason": "DAMAGED", "writtenOn": "%s", "note": "仓库漏水泡坏",
                 "lines": [{"itemId": %d, "quantity": %s}]}""";
        WebUser.Page made = post("/api/v1/write-offs",
                writeOff.formatted(fixtures.store, WarehouseApiFixtures.today(), item, "3"),
                UUID.randomUUID().toString());
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        JsonNode written = WarehouseApiFixtures.json(made);
        assertThat(written.get("statusLabel").asText()).isEqualTo("审批中");
        assertThat(written.get("reasonLabel").asText()).isEqualTo("损坏");
        long id = written.get("id").asLong();
        assertThat(anonymous().sendJson("POST", "/api/v1/write-offs/" + id + "/cancel", "{\"version\": 0}", keeper)
                .status()).as("only a returned write-off is cancelled").isEqualTo(409);

        String director = WarehouseApiFixtures.token(port, "director");
        long approval = written.get("approvalRequestId").asLong();
        int approvalVersion = WarehouseApiFixtures.json(anonymous().getWithToken("/api/v1/approvals/" + approval,
                director)).get("version").asInt();
        assertThat(anonymous().sendJson("POST", "/api/v1/approvals/" + approval + "/decide",
                "{\"decision\": \"RETURN\", \"comment\": \"请附照片\", \"version\": " + approvalVersion + "}",
                director).status()).isEqualTo(200);
        JsonNode returned = WarehouseApiFixtures.json(anonymous().getWithToken("/api/v1/write-offs/" + id, keeper));
        assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
        int version = returned.get("version").asInt();

        WebUser.Page stale = anonymous().sendJson("POST", "/api/v1/write-offs/" + id + "/cancel",
                "{\"version\": " + (version - 1) + "}", keeper);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(WarehouseApiFixtures.json(stale).get("currentVersion").asInt()).isEqualTo(version);
        WebUser.Page cancelled = WarehouseApiFixtures.sendIfMatch(port, "/api/v1/write-offs/" + id + "/cancel", "{\"version\": 0}",
                keeper, version);
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(WarehouseApiFixtures.json(cancelled).get("statusLabel").asText()).isEqualTo("已作废");
        assertThat(fixtures.balance(item, fixtures.store)).isEqualByComparingTo("20");

        WebUser.Page more = post("/api/v1/write-offs",
                writeOff.formatted(fixtures.store, WarehouseApiFixtures.today(), item, "21"),
                UUID.randomUUID().toString());
        assertThat(more.status()).isEqualTo(400);
        assertThat(more.body()).contains("\"field\":\"lines[0].quantity\"").contains("writeOff.moreThanHeld");
    }

    @Test
    void theOpenApiDescriptionListsTheWarehouseDocuments() {
        assertThat(login("admin").getJson("/v3/api-docs").body()).contains("/api/v1/requisitions/{id}/issue")
                .contains("/api/v1/distributions/{planId}/classes/{id}/issue").contains("/api/v1/stocktakes/{id}/count")
                .contains("/api/v1/transfers/{id}").contains("/api/v1/write-offs/{id}/cancel")
                .contains("/api/v1/receipts/{id}/print.pdf");
    }

    @Test
    void aTeacherMakesNoneOfThemAndAnotherSchoolsAreNotFound() {
        long item = fixtures.item("接口禁件", "1");
        String teacher = WarehouseApiFixtures.token(port, "teacher");
        assertThat(anonymous().sendJson("POST", "/api/v1/receipts", receipt(item, WarehouseApiFixtures.today()),
                teacher).status()).isEqualTo(403);
        String transfer = """
                {"fromStoreId": %d, "toStoreId": %d, "transferredOn": "%s", "lines": [{"itemId": %d, "quantity": 1}]}"""
                .formatted(fixtures.store, fixtures.newStore("接口分库"), WarehouseApiFixtures.today(), item);
        assertThat(anonymous().sendJson("POST", "/api/v1/transfers", transfer, teacher).status()).isEqualTo(403);
        assertThat(anonymous().sendJson("POST", "/api/v1/write-offs/1/cancel", "{\"version\": 0}", teacher).status())
                .isEqualTo(403);
        assertThat(fixtures.balance(item, fixtures.store)).isEqualByComparingTo("1");

        for (String[] kind : new String[][] {{"receipt", "receipts"}, {"transfer", "transfers"},
                {"write_off", "write-offs"}}) {
            long other = fixtures.anotherSchools(kind[0], organization);
            assertThat(anonymous().getWithToken("/api/v1/" + kind[1] + "/" + other, keeper).status())
                    .as(kind[1]).isEqualTo(404);
            assertThat(anonymous().getWithToken("/api/v1/" + kind[1] + "/" + other + "/print.pdf", keeper).status())
                    .as(kind[1]).isEqualTo(404);
        }
    }
}
