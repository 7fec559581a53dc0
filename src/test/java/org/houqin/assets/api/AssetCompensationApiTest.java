package org.houqin.assets.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.houqin.organization.OrganizationApi;
import org.houqin.support.Demo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** 公物损坏赔偿 over JSON: a case entered once per key and assessed, listed, paid with its version, waived, and who may. */
class AssetCompensationApiTest extends AssetApiTestBase {

    @Autowired
    OrganizationApi organization;

    @Autowired
    TransactionTemplate transaction;

    private ApiClient keeper() {
        return as("storekeeper");
    }

    private long aClass() {
        return Demo.count(jdbc, "SELECT min(id) FROM organization.school_class WHERE school_id = ?",
                Demo.schoolId(jdbc));
    }

    private String damage(String description, String amount) {
        return """
                {"classId": %d, "studentName": "张小明", "description": "%s", "basis": "FIXED", "baseAmount": %s,
                 "share": 100, "dueOn": "%s"}""".formatted(aClass(), description, amount,
                ApiFixtures.TODAY.plusDays(7));
    }

    private static String payment(String amount, int version) {
        return """
                {"paidAmount": %s, "paidOn": "%s", "payerName": "张小明家长", "receiptNo": "SJ-0001", "version": %d}"""
                .formatted(amount, ApiFixtures.TODAY, version);
    }

    @Test
    void theSameKeyTwiceEntersOneCaseDueAtOnceWhichListsAndReads() {
        ApiClient keeper = keeper();
        String key = UUID.randomUUID().toString();
        String description = "接口损坏课桌" + key.substring(0, 8);
        ApiClient.Answer entered = keeper.post("/api/v1/asset-compensations", damage(description, "120"),
                "Idempotency-Key", key);
        ApiClient.Answer again = keeper.post("/api/v1/asset-compensations", damage(description, "120"),
                "Idempotency-Key", key);
        assertThat(entered.status()).as(entered.body()).isEqualTo(201);
        assertThat(again.id()).isEqualTo(entered.id());
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM assets.compensation WHERE description = ?", description))
                .isEqualTo(1);
        JsonNode kase = entered.json();
        assertThat(kase.get("number").asString()).matches("PC-\\d{4}-\\d{5}");
        assertThat(kase.get("status").asString()).isEqualTo("DUE");
        assertThat(kase.get("statusLabel").asString()).isEqualTo("待缴费");
        assertThat(kase.get("basisLabel").asString()).isEqualTo("核定金额");
        assertThat(kase.get("sourceLabel").asString()).isEqualTo("后勤处登记");
        assertThat(kase.get("amount").decimalValue()).isEqualByComparingTo("120.00");
        assertThat(entered.body()).contains("\"amount\":120.00");
        assertThat(kase.get("className").asString()).isNotBlank();

        long id = entered.id();
        assertThat(keeper.get("/api/v1/asset-compensations/" + id, ApiClient.ENGLISH).json().get("statusLabel")
                .asString()).isEqualTo("To pay");
        JsonNode listed = keeper.get("/api/v1/asset-compensations?status=DUE&class=" + aClass() + "&q="
                + kase.get("number").asString()).json();
        assertThat(listed.get("total").asLong()).isEqualTo(1);
        assertThat(listed.get("items").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(keeper.get("/api/v1/asset-compensations?status=PAID&q=" + kase.get("number").asString()).json()
                .get("total").asLong()).isZero();
        assertThat(keeper.get("/api/v1/asset-compensations?size=1").json().get("items").size()).isEqualTo(1);
    }

    @Test
    void aPaymentIsRecordedOnlyWithTheVersionTheCaseHasNow() {
        ApiClient keeper = keeper();
        long id = keeper.post("/api/v1/asset-compensations", damage("接口缴费的窗玻璃", "86.50")).id();
        String pay = "/api/v1/asset-compensations/" + id + "/pay";

        ApiClient.Answer stale = keeper.post(pay, payment("86.50", 0));
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(stale.json().get("code").asString()).isEqualTo("error.conflict.stale");
        assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(1);

        ApiClient.Answer paid = keeper.post(pay, payment("86.50", 0), "If-Match", "\"1\"");
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        assertThat(paid.json().get("status").asString()).isEqualTo("PAID");
        assertThat(paid.json().get("paidAmount").decimalValue()).isEqualByComparingTo("86.50");
        assertThat(paid.json().get("version").asInt()).isEqualTo(2);
    }

    @Test
    void aWrongAmountOrAWaiverWithoutAReasonIsRefusedAtTheField() {
        ApiClient keeper = keeper();
        ApiClient.Answer undescribed = keeper.post("/api/v1/asset-compensations", damage("", "10"));
        assertThat(undescribed.status()).isEqualTo(400);
        assertThat(undescribed.json().get("errors").get(0).get("field").asString()).isEqualTo("description");

        long id = keeper.post("/api/v1/asset-compensations", damage("接口金额不符的椅子", "40")).id();
        ApiClient.Answer wrong = keeper.post("/api/v1/asset-compensations/" + id + "/pay", payment("30", 1));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("paidAmount");
        ApiClient.Answer reasonless = keeper.post("/api/v1/asset-compensations/" + id + "/waive",
                "{\"reason\": \"\", \"version\": 1}");
        assertThat(reasonless.status()).isEqualTo(400);
        assertThat(reasonless.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");

        JsonNode waived = keeper.post("/api/v1/asset-compensations/" + id + "/waive",
                "{\"reason\": \"家庭困难，经研究减免\", \"version\": 1}").json();
        assertThat(waived.get("status").asString()).isEqualTo("WAIVED");
        assertThat(waived.get("closeNote").asString()).isEqualTo("家庭困难，经研究减免");
    }

    @Test
    void aTeacherMayNeitherReadNorEnterFinanceOnlyReadsAndAnotherSchoolsCaseIsNotFound() {
        ApiClient keeper = keeper();
        long id = keeper.post("/api/v1/asset-compensations", damage("接口财务只读的门", "200")).id();
        ApiClient teacher = as("teacher");
        assertThat(teacher.get("/api/v1/asset-compensations").status()).isEqualTo(403);
        assertThat(teacher.post("/api/v1/asset-compensations", damage("老师登记", "1")).status()).isEqualTo(403);
        ApiClient finance = as("finance");
        assertThat(finance.get("/api/v1/asset-compensations/" + id).status()).isEqualTo(200);
        assertThat(finance.post("/api/v1/asset-compensations/" + id + "/pay", payment("200", 1)).status())
                .isEqualTo(403);

        long elsewhere = ApiFixtures.otherSchoolsCompensation(jdbc, transaction, organization);
        assertThat(keeper.get("/api/v1/asset-compensations/" + elsewhere).status()).isEqualTo(404);
        assertThat(keeper.post("/api/v1/asset-compensations/" + elsewhere + "/pay", payment("1", 0)).status())
                .isEqualTo(404);
    }
}
