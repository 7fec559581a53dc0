package org.houqin.warehouse.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.houqin.warehouse.catalogue.Catalogue;
import org.houqin.warehouse.stock.StockLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** 领用申请 over JSON from the requester's side: one requisition per Idempotency-Key, and a returned one changed. */
class RequisitionRequestApiTest extends IntegrationTest {

    @Autowired
    Catalogue catalogue;
    @Autowired
    StockLedger ledger;
    @Autowired
    TransactionTemplate transaction;

    private WarehouseApiFixtures fixtures;

    @BeforeEach
    void aStoreOfItsOwn() {
        fixtures = new WarehouseApiFixtures(jdbc, catalogue, ledger, transaction);
    }

    /** The body of a requisition of one line from the fixtures' store. */
    static String request(WarehouseApiFixtures fixtures, long item, String quantity) {
        return """
                {"storeId": %d, "purpose": "接口领用：初一（3）班印卷", "lines": [{"itemId": %d, "quantity": %s}]}"""
                .formatted(fixtures.store, item, quantity);
    }

    private String request(long item, String quantity) {
        return request(fixtures, item, quantity);
    }

    @Test
    void theSameIdempotencyKeyTwiceMakesOneRequisition() {
        long item = fixtures.item("接口测件丁", "10");
        String teacher = WarehouseApiFixtures.token(port, "teacher");
        String key = UUID.randomUUID().toString();
        WebUser.Page first = WarehouseApiFixtures.send(port, "POST", "/api/v1/requisitions", request(item, "1"), teacher,
                "Idempotency-Key", key);
        WebUser.Page again = WarehouseApiFixtures.send(port, "POST", "/api/v1/requisitions", request(item, "1"), teacher,
                "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(WarehouseApiFixtures.json(again).get("id").asLong())
                .isEqualTo(WarehouseApiFixtures.json(first).get("id").asLong());
        JsonNode mine = WarehouseApiFixtures.json(anonymous().getWithToken(
                "/api/v1/requisitions?view=MINE&size=1", teacher));
        assertThat(mine.get("size").asInt()).isEqualTo(1);
        assertThat(mine.get("items")).hasSize(1);
        assertThat(mine.get("items").get(0).get("statusLabel").asText()).isEqualTo("审批中");
    }

    @Test
    void aReturnedRequisitionIsChangedAndGoesForApprovalAgain() {
        long item = fixtures.item("接口测件己", "40");
        String teacher = WarehouseApiFixtures.token(port, "teacher");
        JsonNode requested = WarehouseApiFixtures.json(anonymous().sendJson("POST", "/api/v1/requisitions",
                request(item, "30"), teacher));
        long id = requested.get("id").asLong();
        long approval = requested.get("approvalRequestId").asLong();
        String leader = WarehouseApiFixtures.token(port, "leader");
        int approvalVersion = WarehouseApiFixtures.json(anonymous().getWithToken("/api/v1/approvals/" + approval,
                leader)).get("version").asInt();
        assertThat(anonymous().sendJson("POST", "/api/v1/approvals/" + approval + "/decide",
                "{\"decision\": \"RETURN\", \"comment\": \"太多了\", \"version\": " + approvalVersion + "}",
                leader).status()).isEqualTo(200);
        JsonNode returned = WarehouseApiFixtures.json(anonymous().getWithToken("/api/v1/requisitions/" + id, teacher));
        assertThat(returned.get("statusLabel").asText()).isEqualTo("退回修改");

        String changed = request(item, "10").replace("{\"storeId\"", "{\"version\": " + returned.get("version")
                .asInt() + ", \"storeId\"");
        WebUser.Page resubmitted = anonymous().sendJson("PUT", "/api/v1/requisitions/" + id, changed, teacher);
        assertThat(resubmitted.status()).as(resubmitted.body()).isEqualTo(200);
        JsonNode again = WarehouseApiFixtures.json(resubmitted);
        assertThat(again.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(again.get("lines").get(0).get("quantity").decimalValue()).isEqualByComparingTo("10");
        assertThat(again.get("approvalRequestId").asLong()).as("a new submission").isNotEqualTo(approval);
        assertThat(anonymous().sendJson("PUT", "/api/v1/requisitions/" + id, changed, teacher).status())
                .as("the version it was changed at").isEqualTo(409);
    }
}
