package org.houqin.warehouse.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;

import org.houqin.organization.OrganizationApi;
import org.houqin.support.Demo;
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
 * 学期发放 over JSON: a plan drafted once per key, changed with its version, started, a class handed its books with
 * the teacher's signature and bringing a copy back, the plan closed; and who may do what.
 */
class DistributionApiTest extends IntegrationTest {

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
    private long book;

    @BeforeEach
    void aStoreOfItsOwnWithATextbook() {
        fixtures = new WarehouseApiFixtures(jdbc, catalogue, ledger, transaction);
        book = fixtures.item("接口书件", "2000");
        keeper = WarehouseApiFixtures.token(port, "storekeeper");
    }

    private String plan(String name, int perStudent, int version) {
        long semester = Demo.count(jdbc, "SELECT id FROM organization.semester WHERE school_id = ? AND current",
                fixtures.school);
        long grade = Demo.count(jdbc, "SELECT id FROM organization.grade WHERE school_id = ? AND name = '初一'",
                fixtures.school);
        return """
                {"name": "%s", "semesterId": %d, "storeId": %d, "version": %d,
                 "lines": [{"gradeId": %d, "itemId": %d, "perStudent": %d, "extraPerClass": 1}]}"""
                .formatted(name, semester, fixtures.store, version, grade, book, perStudent);
    }

    private JsonNode created(String name) {
        WebUser.Page page = WarehouseApiFixtures.send(port, "POST", "/api/v1/distributions", plan(name, 1, 0), keeper,
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(page.status()).as(page.body()).isEqualTo(201);
        return WarehouseApiFixtures.json(page);
    }

    private JsonNode started(String name) {
        long id = created(name).get("id").asLong();
        WebUser.Page start = WarehouseApiFixtures.sendIfMatch(port, "/api/v1/distributions/" + id + "/start", "{\"version\": 0}",
                keeper, 0);
        assertThat(start.status()).as(start.body()).isEqualTo(200);
        return WarehouseApiFixtures.json(start);
    }

    private static JsonNode classNamed(JsonNode plan, String name) {
        for (JsonNode row : plan.get("classes")) {
            if (row.get("className").asText().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("no class " + name);
    }

    private static String handover(JsonNode classJson, String quantity, int version) {
        return """
                {"issuedOn": "%s", "receiverName": "%s", "signature": "%s", "version": %d,
                 "lines": [{"classLineId": %d, "quantity": %s}]}"""
                .formatted(WarehouseApiFixtures.today(), classJson.get("teacherName").asText("班主任"),
                        Images.signature(), version, classJson.get("lines").get(0).get("id").asLong(), quantity);
    }

    @Test
    void aPlanIsDraftedOncePerKeyAndChangedOnlyWithTheVersionItWasReadAt() {
        String key = UUID.randomUUID().toString();
        String body = plan("接口秋季教材", 1, 0);
        WebUser.Page first = WarehouseApiFixtures.send(port, "POST", "/api/v1/distributions", body, keeper,
                "Idempotency-Key", key);
        WebUser.Page again = WarehouseApiFixtures.send(port, "POST", "/api/v1/distributions", body, keeper,
                "Idempotency-Key", key);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        JsonNode plan = WarehouseApiFixtures.json(first);
        long id = plan.get("id").asLong();
        assertThat(WarehouseApiFixtures.json(again).get("id").asLong()).isEqualTo(id);
        assertThat(plan.get("statusLabel").asText()).isEqualTo("草稿");
        assertThat(plan.get("lines").get(0).get("gradeName").asText()).isEqualTo("初一");
        assertThat(plan.get("grades")).isNotEmpty();

        WebUser.Page changed = anonymous().sendJson("PUT", "/api/v1/distributions/" + id, plan("接口秋季教材", 2, 0),
                keeper);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(WarehouseApiFixtures.json(changed).get("lines").get(0).get("perStudent").decimalValue())
                .isEqualByComparingTo("2");
        WebUser.Page stale = anonymous().sendJson("PUT", "/api/v1/distributions/" + id, plan("旧版本", 3, 0), keeper);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(WarehouseApiFixtures.json(stale).get("currentVersion").asInt()).isEqualTo(1);
        WebUser.Page nameless = anonymous().sendJson("PUT", "/api/v1/distributions/" + id, plan("", 3, 1), keeper);
        assertThat(nameless.status()).isEqualTo(400);
        assertThat(nameless.body()).contains("\"field\":\"name\"");

        JsonNode listed = WarehouseApiFixtures.json(anonymous().getWithToken(
                "/api/v1/distributions?q=" + plan.get("number").asText() + "&size=1", keeper));
        assertThat(listed.get("total").asInt()).isEqualTo(1);
        assertThat(listed.get("items").get(0).get("name").asText()).isEqualTo("接口秋季教材");
        WebUser.Page cancelled = anonymous().sendJson("POST", "/api/v1/distributions/" + id + "/cancel",
                "{\"version\": 1}", keeper);
        assertThat(WarehouseApiFixtures.json(cancelled).get("statusLabel").asText()).isEqualTo("已作废");
    }

    @Test
    void aClassIsHandedItsBooksWithTheTeachersSignatureAndBringsACopyBack() {
        JsonNode plan = started("接口春季教材");
        long id = plan.get("id").asLong();
        assertThat(plan.get("statusLabel").asText()).isEqualTo("发放中");
        long row = classNamed(plan, "初一(1)班").get("id").asLong();
        String path = "/api/v1/distributions/" + id + "/classes/" + row;
        JsonNode classJson = WarehouseApiFixtures.json(anonymous().getWithToken(path, keeper));
        assertThat(classJson.get("statusLabel").asText()).isEqualTo("待发放");
        BigDecimal required = classJson.get("lines").get(0).get("required").decimalValue();
        BigDecimal before = fixtures.balance(book, fixtures.store);

        WebUser.Page stale = anonymous().sendJson("POST", path + "/issue",
                handover(classJson, required.toPlainString(), 3), keeper);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(WarehouseApiFixtures.json(stale).get("currentVersion").asInt()).isZero();
        WebUser.Page tooMany = anonymous().sendJson("POST", path + "/issue",
                handover(classJson, required.add(BigDecimal.ONE).toPlainString(), 0), keeper);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).contains("\"field\":\"lines[0].quantity\"");

        WebUser.Page issued = WarehouseApiFixtures.sendIfMatch(port, path + "/issue",
                handover(classJson, required.toPlainString(), 9), keeper, 0);
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        JsonNode handed = WarehouseApiFixtures.json(issued);
        assertThat(handed.get("statusLabel").asText()).isEqualTo("已发放");
        assertThat(handed.get("handovers")).hasSize(1);
        assertThat(fixtures.balance(book, fixtures.store)).isEqualByComparingTo(before.subtract(required));

        String back = """
                {"returnedOn": "%s", "returnedBy": "班主任", "reason": "学生转学", "version": %d,
                 "lines": [{"classLineId": %d, "quantity": 1}]}""".formatted(WarehouseApiFixtures.today(),
                handed.get("version").asInt(), handed.get("lines").get(0).get("id").asLong());
        WebUser.Page returned = anonymous().sendJson("POST", path + "/return", back, keeper);
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(WarehouseApiFixtures.json(returned).get("lines").get(0).get("returned").decimalValue())
                .isEqualByComparingTo("1");

        int version = WarehouseApiFixtures.json(anonymous().getWithToken("/api/v1/distributions/" + id, keeper))
                .get("version").asInt();
        WebUser.Page noReason = anonymous().sendJson("POST", "/api/v1/distributions/" + id + "/close",
                "{\"version\": " + version + "}", keeper);
        assertThat(noReason.status()).as("classes are still owed their books").isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"note\"");
        WebUser.Page closed = anonymous().sendJson("POST", "/api/v1/distributions/" + id + "/close",
                "{\"version\": " + version + ", \"note\": \"其余班级下学期补发\"}", keeper);
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(WarehouseApiFixtures.json(closed).get("statusLabel").asText()).isEqualTo("已结束");
    }

    @Test
    void aTeacherCannotPlanAndAnotherSchoolsPlanIsNotFound() {
        String teacher = WarehouseApiFixtures.token(port, "teacher");
        assertThat(anonymous().sendJson("POST", "/api/v1/distributions", plan("老师的计划", 1, 0), teacher).status())
                .isEqualTo(403);
        JsonNode mine = started("接口外校对照");
        long row = mine.get("classes").get(0).get("id").asLong();
        long other = fixtures.anotherSchools("distribution", organization);
        assertThat(anonymous().getWithToken("/api/v1/distributions/" + other, keeper).status()).isEqualTo(404);
        assertThat(anonymous().getWithToken("/api/v1/distributions/" + other + "/classes/" + row, keeper).status())
                .as("a class asked for under another plan").isEqualTo(404);
    }
}
