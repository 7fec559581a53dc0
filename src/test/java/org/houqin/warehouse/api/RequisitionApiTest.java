package org.houqin.warehouse.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.houqin.organization.OrganizationApi;
import org.houqin.support.Images;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.houqin.warehouse.catalogue.Catalogue;
import org.houqin.warehouse.stock.StockLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * 领用 over JSON, the way an integrator's client runs it: a teacher asks, her grade head approves in the approvals
 * API with the submission the requisition names, and the storekeeper issues it with the receiver's signature.
 */
class RequisitionApiTest extends IntegrationTest {

    @Autowired
    Catalogue catalogue;
    @Autowired
    StockLedger ledger;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    OrganizationApi organization;

    private WarehouseApiFixtures fixtures;

    @BeforeEach
    void aStoreOfItsOwn() {
        fixtures = new WarehouseApiFixtures(jdbc, catalogue, ledger, transaction);
    }

    private String request(long item, String quantity) {
        return RequisitionRequestApiTest.request(fixtures, item, quantity);
    }

    private static String issue(long lineId, String quantity, int version) {
        return """
                {"issuedOn": "%s", "receiverName": "王老师", "signature": "%s", "version": %d,
                 "lines": [{"lineId": %d, "quantity": %s}]}"""
                .formatted(WarehouseApiFixtures.today(), Images.signature(), version, lineId, quantity);
    }

    /** A teacher's requisition, approved by her grade head through the approvals API: its JSON after that. */
    private JsonNode approvedRequisition(long item, String quantity) {
        String teacher = WarehouseApiFixtures.token(port, "teacher");
        WebUser.Page created = anonymous().sendJson("POST", "/api/v1/requisitions", request(item, quantity), teacher);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode requisition = WarehouseApiFixtures.json(created);
        long approval = requisition.get("approvalRequestId").asLong();

        String leader = WarehouseApiFixtures.token(port, "leader");
        int version = WarehouseApiFixtures.json(anonymous().getWithToken("/api/v1/approvals/" + approval, leader))
                .get("version").asInt();
        WebUser.Page decided = anonymous().sendJson("POST", "/api/v1/approvals/" + approval + "/decide",
                "{\"decision\": \"APPROVE\", \"comment\": \"同意\", \"version\": " + version + "}", leader);
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        return requisition;
    }

    @Test
    void aRequisitionGoesFromRequestThroughApprovalToIssueOverTheApi() {
        long item = fixtures.item("接口测件甲", "50");
        JsonNode requested = approvedRequisition(item, "4");
        assertThat(requested.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(requested.get("statusLabel").asText()).isEqualTo("审批中");
        assertThat(requested.get("number").asText()).matches("RQ-\\d{4}-\\d{5}");
        long id = requested.get("id").asLong();

        String keeper = WarehouseApiFixtures.token(port, "storekeeper");
        JsonNode approved = WarehouseApiFixtures.json(anonymous().getWithToken("/api/v1/requisitions/" + id, keeper));
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("statusLabel").asText()).isEqualTo("待发放");
        long line = approved.get("lines").get(0).get("lineId").asLong();
        assertThat(approved.get("lines").get(0).get("available").decimalValue()).isEqualByComparingTo("50");

        WebUser.Page issued = anonymous().sendJson("POST", "/api/v1/requisitions/" + id + "/issue",
                issue(line, "4", approved.get("version").asInt()), keeper);
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        JsonNode after = WarehouseApiFixtures.json(issued);
        assertThat(after.get("status").asText()).isEqualTo("ISSUED");
        assertThat(after.get("statusLabel").asText()).isEqualTo("已发放");
        assertThat(after.get("lines").get(0).get("issued").decimalValue()).isEqualByComparingTo("4");
        assertThat(fixtures.balance(item, fixtures.store)).isEqualByComparingTo(new BigDecimal("46"));
    }

    @Test
    void anIssueOnAStaleVersionIsRefusedWithTheCurrentOneAndIfMatchCarriesTheVersion() {
        long item = fixtures.item("接口测件乙", "20");
        long id = approvedRequisition(item, "6").get("id").asLong();
        String keeper = WarehouseApiFixtures.token(port, "storekeeper");
        JsonNode approved = WarehouseApiFixtures.json(anonymous().getWithToken("/api/v1/requisitions/" + id, keeper));
        int version = approved.get("version").asInt();
        long line = approved.get("lines").get(0).get("lineId").asLong();

        WebUser.Page stale = anonymous().sendJson("POST", "/api/v1/requisitions/" + id + "/issue",
                issue(line, "2", version - 1), keeper);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(WarehouseApiFixtures.json(stale).get("currentVersion").asInt()).isEqualTo(version);
        assertThat(fixtures.balance(item, fixtures.store)).isEqualByComparingTo("20");

        WebUser.Page part = WarehouseApiFixtures.sendIfMatch(port, "/api/v1/requisitions/" + id + "/issue",
                issue(line, "2", 0), keeper, version);
        assertThat(part.status()).as(part.body()).isEqualTo(200);
        assertThat(WarehouseApiFixtures.json(part).get("status").asText()).isEqualTo("PARTIAL");
        assertThat(fixtures.balance(item, fixtures.store)).isEqualByComparingTo("18");

        int now = WarehouseApiFixtures.json(part).get("version").asInt();
        WebUser.Page noReason = anonymous().sendJson("POST", "/api/v1/requisitions/" + id + "/close",
                "{\"version\": " + now + "}", keeper);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"note\"");
        WebUser.Page closed = anonymous().sendJson("POST", "/api/v1/requisitions/" + id + "/close",
                "{\"version\": " + now + ", \"note\": \"其余不再需要\"}", keeper);
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(WarehouseApiFixtures.json(closed).get("statusLabel").asText()).isEqualTo("已结束");
    }

    @Test
    void moreThanIsLeftOrNoReceiverComesBackNamingTheField() {
        long item = fixtures.item("接口测件丙", "30");
        long id = approvedRequisition(item, "3").get("id").asLong();
        String keeper = WarehouseApiFixtures.token(port, "storekeeper");
        JsonNode approved = WarehouseApiFixtures.json(anonymous().getWithToken("/api/v1/requisitions/" + id, keeper));
        long line = approved.get("lines").get(0).get("lineId").asLong();
        int version = approved.get("version").asInt();

        WebUser.Page tooMuch = anonymous().sendJson("POST", "/api/v1/requisitions/" + id + "/issue",
                issue(line, "5", version), keeper);
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.body()).contains("\"field\":\"lines[0].quantity\"");
        WebUser.Page nobody = anonymous().sendJson("POST", "/api/v1/requisitions/" + id + "/issue",
                issue(line, "1", version).replace("王老师", ""), keeper);
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.body()).contains("\"field\":\"receiverName\"");
        assertThat(fixtures.balance(item, fixtures.store)).isEqualByComparingTo("30");
    }

    @Test
    void aTeacherCannotIssueAndAnotherSchoolsRequisitionIsNotFound() {
        long item = fixtures.item("接口测件戊", "10");
        long id = approvedRequisition(item, "1").get("id").asLong();
        String teacher = WarehouseApiFixtures.token(port, "teacher");
        assertThat(anonymous().sendJson("POST", "/api/v1/requisitions/" + id + "/issue", issue(1, "1", 1), teacher)
                .status()).isEqualTo(403);

        String keeper = WarehouseApiFixtures.token(port, "storekeeper");
        long other = fixtures.anotherSchools("requisition", organization);
        assertThat(anonymous().getWithToken("/api/v1/requisitions/" + other, keeper).status()).isEqualTo(404);
        assertThat(anonymous().sendJson("POST", "/api/v1/requisitions/" + other + "/issue", issue(1, "1", 0), keeper)
                .status()).isEqualTo(404);
    }
}
