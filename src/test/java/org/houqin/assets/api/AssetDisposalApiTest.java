package org.houqin.assets.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.houqin.organization.OrganizationApi;
import org.houqin.support.Demo;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** 资产处置 over JSON: requesting once per key, the list and one request with its cards, cancelling, and who may. */
class AssetDisposalApiTest extends AssetApiTestBase {

    @Autowired
    OrganizationApi organization;

    @Autowired
    TransactionTemplate transaction;

    private ApiClient keeper() {
        return as("storekeeper");
    }

    private String oldComputer(ApiClient keeper, String name) {
        return ApiFixtures.card(keeper, jdbc, name, "2010000", "4800", 1, ApiFixtures.TODAY.minusYears(7))
                .get("number").asString();
    }

    private static String request(String reason, String assetNumber) {
        return """
                {"kind": "SCRAP", "disposedOn": "%s", "reason": "%s", "residualValue": 50,
                 "lines": [{"assetNumber": "%s"}]}""".formatted(ApiFixtures.TODAY, reason, assetNumber);
    }

    private String status(long disposal) {
        return Demo.asSystem(() -> jdbc.sql("SELECT status FROM assets.disposal WHERE id = ?").param(disposal)
                .query(String.class).single());
    }

    @Test
    void theSameKeyTwiceRequestsOneDisposalWhichListsAndReadsWithItsCards() {
        ApiClient keeper = keeper();
        String key = UUID.randomUUID().toString();
        String reason = "接口报废" + key.substring(0, 8);
        String number = oldComputer(keeper, "接口处置电脑");
        ApiClient.Answer first = keeper.post("/api/v1/asset-disposals", request(reason, number),
                "Idempotency-Key", key);
        ApiClient.Answer again = keeper.post("/api/v1/asset-disposals", request(reason, number),
                "Idempotency-Key", key);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM assets.disposal WHERE reason = ?", reason)).isEqualTo(1);

        JsonNode disposal = first.json();
        assertThat(disposal.get("number").asString()).matches("CZ-\\d{4}-\\d{5}");
        assertThat(disposal.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(disposal.get("statusLabel").asString()).isEqualTo("审批中");
        assertThat(disposal.get("kindLabel").asString()).isEqualTo("报废");
        assertThat(disposal.get("originalValue").decimalValue()).isEqualByComparingTo("4800");
        assertThat(disposal.get("lines").get(0).get("assetNumber").asString()).isEqualTo(number);
        assertThat(disposal.get("lines").get(0).get("statusBefore").asString()).isEqualTo("IDLE");

        JsonNode read = keeper.get("/api/v1/asset-disposals/" + first.id(), ApiClient.ENGLISH).json();
        assertThat(read.get("statusLabel").asString()).isEqualTo("Awaiting approval");
        assertThat(read.get("version").asInt()).isZero();
        JsonNode listed = keeper.get("/api/v1/asset-disposals?status=SUBMITTED&q=" + number).json();
        assertThat(listed.get("total").asLong()).isEqualTo(1);
        assertThat(listed.get("items").get(0).get("id").asLong()).isEqualTo(first.id());
        assertThat(keeper.get("/api/v1/asset-disposals?status=APPROVED&q=" + number).json().get("total").asLong())
                .isZero();
        ApiClient.Answer printed = keeper.get("/api/v1/asset-disposals/" + first.id() + "/print.pdf",
                "Accept", "application/pdf");
        assertThat(printed.status()).isEqualTo(200);
        assertThat(printed.contentType()).startsWith("application/pdf");
        assertThat(printed.bytes().length).isGreaterThan(1000);
        JsonNode small = keeper.get("/api/v1/asset-disposals?size=1").json();
        assertThat(small.get("size").asInt()).isEqualTo(1);
        assertThat(small.get("items").size()).isEqualTo(1);
    }

    @Test
    void aReturnedRequestIsCancelledOnlyWithTheVersionItHasNow() {
        ApiClient keeper = keeper();
        long id = keeper.post("/api/v1/asset-disposals", request("接口退回后作废", oldComputer(keeper, "接口退回电脑")))
                .id();
        long approval = Demo.count(jdbc, "SELECT id FROM approval.request WHERE document_type = 'CZ'"
                + " AND document_id = ? AND status = 'PENDING'", id);
        WebUser director = login("director");
        assertThat(director.post("/approvals/" + approval + "/decide", Map.of("decision", "RETURN", "comment",
                "请补充说明", "version", String.valueOf(Demo.count(jdbc,
                        "SELECT version FROM approval.request WHERE id = ?", approval)))).status()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("RETURNED");

        ApiClient.Answer stale = keeper.post("/api/v1/asset-disposals/" + id + "/cancel", "{\"version\": 0}");
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(stale.json().get("code").asString()).isEqualTo("error.conflict.stale");
        assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(1);
        assertThat(status(id)).isEqualTo("RETURNED");

        ApiClient.Answer cancelled = keeper.post("/api/v1/asset-disposals/" + id + "/cancel", "{\"version\": 0}",
                "If-Match", "\"1\"");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("version").asInt()).isEqualTo(2);
    }

    @Test
    void aRequestWithoutAReasonOrWithAnUnknownCardIsRefusedAtTheField() {
        ApiClient keeper = keeper();
        ApiClient.Answer blank = keeper.post("/api/v1/asset-disposals", request("", oldComputer(keeper, "接口无理由")));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");

        ApiClient.Answer unknown = keeper.post("/api/v1/asset-disposals", request("没有这张卡片", "ZC-1999-99999"));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("lines[0].assetNumber");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM assets.disposal WHERE reason = '没有这张卡片'")).isZero();
    }

    @Test
    void aTeacherMayNeitherReadNorRequestFinanceMayReadAndAnotherSchoolsRequestIsNotFound() {
        ApiClient keeper = keeper();
        ApiClient teacher = as("teacher");
        assertThat(teacher.get("/api/v1/asset-disposals").status()).isEqualTo(403);
        assertThat(teacher.post("/api/v1/asset-disposals", request("老师申请", "ZC-2026-00001")).status())
                .isEqualTo(403);
        ApiClient finance = as("finance");
        assertThat(finance.get("/api/v1/asset-disposals").status()).isEqualTo(200);
        assertThat(finance.post("/api/v1/asset-disposals", request("财务申请", "ZC-2026-00001")).status())
                .isEqualTo(403);

        long elsewhere = ApiFixtures.otherSchoolsDisposal(jdbc, transaction, organization);
        assertThat(keeper.get("/api/v1/asset-disposals/" + elsewhere).status()).isEqualTo(404);
        assertThat(keeper.post("/api/v1/asset-disposals/" + elsewhere + "/cancel", "{\"version\": 0}").status())
                .isEqualTo(404);
    }
}
