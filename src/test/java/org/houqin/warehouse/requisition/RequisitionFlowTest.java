package org.houqin.warehouse.requisition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.houqin.platform.security.SystemWork;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.Race;
import org.houqin.support.WebUser;
import org.houqin.warehouse.MovementKind;
import org.houqin.warehouse.catalogue.Catalogue;
import org.houqin.warehouse.stock.StockLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 领用 end to end on the real database: a teacher asks, the head of her grade group approves, the storekeeper
 * issues with her signature, the stock and the department's consumption follow; and every rule around it.
 */
class RequisitionFlowTest extends IntegrationTest {

    private static final AtomicInteger ITEMS = new AtomicInteger();

    @Autowired
    Catalogue catalogue;
    @Autowired
    StockLedger ledger;
    @Autowired
    TransactionTemplate transaction;

    private RequisitionFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new RequisitionFixtures(jdbc);
    }

    /** A new item in the print room with this much in stock at 10 元 each. */
    private String itemWithStock(String quantity) {
        long school = fixtures.school();
        String code = "RQT-" + ITEMS.incrementAndGet() + "-" + (System.nanoTime() % 100_000);
        long category = Demo.count(jdbc, "SELECT min(id) FROM warehouse.item_category WHERE school_id = ?", school);
        long store = fixtures.store("PRINT");
        SystemWork.run(() -> transaction.executeWithoutResult(status -> {
            long item = catalogue.addItem(school, code, "测试纸张" + code, "8K", "包", category, BigDecimal.ZERO, store);
            ledger.stockIn(school, MovementKind.RECEIPT, new StockLedger.Line(item, store, new BigDecimal(quantity),
                    BigDecimal.TEN, java.time.LocalDate.now().minusDays(30), "QC", null, null, "期初"));
        }));
        return code;
    }

    private String departmentOf(long requisition) {
        return Demo.asSystem(() -> jdbc.sql("""
                SELECT d.name FROM warehouse.requisition r JOIN organization.department d ON d.id = r.department_id
                WHERE r.id = ?""").param(requisition).query(String.class).single());
    }

    @Test
    void aTeachersRequestIsApprovedByHerGradeHeadIssuedWithHerSignatureAndShowsInTheConsumption() throws IOException {
        WebUser teacher = login("teacher");
        WebUser leader = login("leader");
        WebUser storekeeper = login("storekeeper");
        BigDecimal before = fixtures.balance("BG-001", "PRINT");

        assertThat(teacher.get("/warehouse/requisitions/new").body()).contains("我要领用").contains("A4 复印纸");
        long id = fixtures.request(teacher, "PRINT", "初一（3）班单元测验印卷", "BG-001", "2");
        assertThat(fixtures.status(id)).isEqualTo("SUBMITTED");
        assertThat(departmentOf(id)).isEqualTo("初一年级组");
        String page = teacher.get("/warehouse/requisitions/" + id).body();
        assertThat(page).containsPattern("RQ-\\d{4}-\\d{5}").contains("审批中").contains("初一（3）班单元测验印卷");

        String forLeader = leader.get("/warehouse/requisitions/" + id).body();
        assertThat(forLeader).contains("本学期已领").contains("上学期已领").contains("同意");
        assertThat(fixtures.decide(leader, id, "APPROVE", "同意").status()).isEqualTo(302);
        assertThat(fixtures.status(id)).isEqualTo("APPROVED");
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM notifications.notification n JOIN iam.app_user u ON u.id = n.user_id
                WHERE u.username = 'storekeeper' AND n.message_key = 'requisition.notify.toIssue' AND n.link = ?""",
                "/warehouse/requisitions/" + id)).isEqualTo(1);

        assertThat(teacher.get("/warehouse/requisitions/" + id + "/issue").status()).isEqualTo(403);
        assertThat(teacher.post("/warehouse/requisitions/" + id + "/issue", fixtures.issueForm(id, "杨佳怡", "2")).status())
                .isEqualTo(403);
        assertThat(storekeeper.get("/warehouse/requisitions?view=ISSUE").body()).contains("初一（3）班单元测验印卷");
        assertThat(storekeeper.get("/warehouse/requisitions/" + id + "/issue").body()).contains("确认发放")
                .contains("data-signature-pad");
        WebUser.Page issued = storekeeper.post("/warehouse/requisitions/" + id + "/issue",
                fixtures.issueForm(id, "杨佳怡", "2"));
        assertThat(issued.status()).as(issued.body()).isEqualTo(302);

        assertThat(fixtures.status(id)).isEqualTo("ISSUED");
        assertThat(fixtures.balance("BG-001", "PRINT")).isEqualByComparingTo(before.subtract(new BigDecimal("2")));
        assertThat(fixtures.balance("BG-001", "PRINT")).isEqualByComparingTo(fixtures.ledgerSum("BG-001", "PRINT"));
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM warehouse.movement m JOIN organization.department d ON d.id = m.department_id
                WHERE m.document_type = 'RQ' AND m.document_id = ? AND m.kind = 'ISSUE' AND m.quantity = -2
                  AND d.name = '初一年级组'""", id)).isEqualTo(1);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM audit.log_entry WHERE entity = 'requisition' AND entity_id = ?
                  AND action IN ('CREATE', 'ISSUE')""", String.valueOf(id))).isEqualTo(2);

        String done = teacher.get("/warehouse/requisitions/" + id).body();
        assertThat(done).contains("已发放").contains("李秀兰 发放，杨佳怡 领取").contains("/signatures/");
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM notifications.notification n JOIN iam.app_user u ON u.id = n.user_id
                WHERE u.username = 'teacher' AND n.message_key = 'requisition.notify.issued' AND n.link = ?""",
                "/warehouse/requisitions/" + id)).isEqualTo(1);

        // the next request of the grade group shows what it has taken this semester
        long next = fixtures.request(teacher, "PRINT", "月考印卷", "BG-001", "1");
        String usage = leader.get("/warehouse/requisitions/" + next).body();
        String thisTerm = usage.replaceAll("(?s).*<td[^>]*usage-this[^>]*>([^<]*)</td>.*", "$1").strip();
        assertThat(new BigDecimal(thisTerm)).isGreaterThanOrEqualTo(new BigDecimal("2"));

        byte[] pdf = teacher.getBytes("/warehouse/requisitions/" + id + "/print.pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("物品领用单").contains("A4 复印纸")
                    .contains("初一（3）班单元测验印卷").contains("黄志远").contains("李秀兰");
            int images = 0;
            for (PDPage p : document.getPages()) {
                for (var name : p.getResources().getXObjectNames()) {
                    if (p.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            assertThat(images).as("the receiver's signature is printed").isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void aDoubleClickedSubmitMakesOneRequisitionAndTheFormCannotSetWhatTheSystemDecides() throws Exception {
        WebUser teacher = login("teacher");
        assertThat(teacher.get("/warehouse/requisitions/new").status()).isEqualTo(200);
        Map<String, String> form = fixtures.form("MAIN", "办公室用笔", "BG-003", "5");
        long before = Demo.count(jdbc, "SELECT count(*) FROM warehouse.requisition");
        List<Long> ids = Race.of(() -> RequisitionFixtures.created(teacher.post("/warehouse/requisitions", form)),
                () -> RequisitionFixtures.created(teacher.post("/warehouse/requisitions", form)));
        assertThat(ids.get(0)).isEqualTo(ids.get(1));
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM warehouse.requisition")).isEqualTo(before + 1);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM approval.request WHERE document_type = 'RQ' AND document_id = ?",
                ids.get(0))).isEqualTo(1);

        Map<String, String> forged = fixtures.form("MAIN", "多拿一点", "BG-005", "3");
        forged.put("status", "ISSUED");
        forged.put("departmentId", String.valueOf(Demo.count(jdbc,
                "SELECT id FROM organization.department WHERE name = '校长室' AND school_id = ?", fixtures.school())));
        forged.put("requesterUserId", String.valueOf(Demo.userId(jdbc, "principal")));
        forged.put("estimate", "0");
        forged.put("lines[0].issued", "3");
        long id = RequisitionFixtures.created(teacher.post("/warehouse/requisitions", forged));
        assertThat(fixtures.status(id)).isEqualTo("SUBMITTED");
        assertThat(departmentOf(id)).isEqualTo("初一年级组");
        assertThat(Demo.count(jdbc, "SELECT requester_user_id FROM warehouse.requisition WHERE id = ?", id))
                .isEqualTo(Demo.userId(jdbc, "teacher"));
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM warehouse.requisition WHERE id = ? AND estimate = 7.50", id))
                .isEqualTo(1);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM warehouse.requisition_line WHERE requisition_id = ? AND issued = 0",
                id)).isEqualTo(1);
    }

    @Test
    void badFormsAreAnsweredAtTheFieldAndWriteNothing() {
        WebUser teacher = login("teacher");
        long before = Demo.count(jdbc, "SELECT count(*) FROM warehouse.requisition");
        assertThat(teacher.post("/warehouse/requisitions", fixtures.form("MAIN", "空单")).body())
                .contains("请至少填写一行物品");
        assertThat(teacher.post("/warehouse/requisitions", fixtures.form("MAIN", "", "BG-003", "1")).body())
                .contains("必填");
        assertThat(teacher.post("/warehouse/requisitions", fixtures.form("MAIN", "两行同一物品", "BG-003", "1", "BG-003", "2"))
                .body()).contains("同一物品只需填写一行");
        assertThat(teacher.post("/warehouse/requisitions", fixtures.form("MAIN", "负数", "BG-003", "-1")).body())
                .contains("is-invalid");
        Map<String, String> past = fixtures.form("MAIN", "昨天要", "BG-003", "1");
        past.put("neededOn", java.time.LocalDate.parse(RequisitionFixtures.today()).minusDays(1).toString());
        assertThat(teacher.post("/warehouse/requisitions", past).body()).contains("需用日期不能早于今天");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM warehouse.requisition")).isEqualTo(before);
    }

    @Test
    void nobodyApprovesTheirOwnRequisitionAndOthersSeeOnlyWhatTheirScopeCovers() {
        WebUser leader = login("leader");
        long own = fixtures.request(leader, "MAIN", "年级组办公室用笔", "BG-003", "10");
        assertThat(fixtures.decide(leader, own, "APPROVE", null).status()).isEqualTo(409);
        assertThat(fixtures.status(own)).isEqualTo("SUBMITTED");

        long id = fixtures.request(login("teacher"), "MAIN", "备课本", "BG-007", "1");
        assertThat(login("guard").get("/warehouse/requisitions/" + id).status()).isEqualTo(404);
        assertThat(login("guard").get("/warehouse/requisitions").body()).doesNotContain("备课本");
        assertThat(login("head").get("/warehouse/requisitions/" + id).status()).isEqualTo(404);
        assertThat(login("head").get("/warehouse/requisitions/" + id + "/print.pdf").status()).isEqualTo(404);
        assertThat(fixtures.decide(login("head"), id, "APPROVE", null).status()).isEqualTo(409);
        assertThat(leader.get("/warehouse/requisitions/" + id).status()).isEqualTo(200);
        assertThat(login("director").get("/warehouse/requisitions?view=ALL").body()).contains("备课本");
    }

    @Test
    void aReturnedRequisitionIsChangedAndSentAgainAndAWithdrawnOneLeavesTheApprovers() {
        WebUser teacher = login("teacher");
        WebUser leader = login("leader");
        long id = fixtures.request(teacher, "MAIN", "白板笔", "BG-005", "20");
        WebUser.Page noReason = fixtures.decide(leader, id, "RETURN", null);
        assertThat(leader.get(noReason.location().replaceFirst("^https?://[^/]+", "")).body()).contains("请写明理由");
        assertThat(fixtures.status(id)).isEqualTo("SUBMITTED");
        assertThat(fixtures.decide(leader, id, "RETURN", "一次领 20 支太多，先领 5 支").status()).isEqualTo(302);
        assertThat(fixtures.status(id)).isEqualTo("RETURNED");

        assertThat(teacher.get("/warehouse/requisitions/" + id + "/edit").body()).contains("修改后重新提交");
        Map<String, String> changed = fixtures.form("MAIN", "白板笔（改为 5 支）", "BG-005", "5");
        changed.put("version", String.valueOf(fixtures.version(id)));
        WebUser.Page resent = teacher.post("/warehouse/requisitions/" + id + "/edit", changed);
        assertThat(resent.status()).as(resent.body()).isEqualTo(302);
        assertThat(fixtures.status(id)).isEqualTo("SUBMITTED");
        assertThat(Demo.count(jdbc, "SELECT quantity FROM warehouse.requisition_line WHERE requisition_id = ?", id))
                .isEqualTo(5);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM approval.request WHERE document_type = 'RQ' AND document_id = ?",
                id)).isEqualTo(2);
        // the same edit sent again finds the requisition changed
        assertThat(teacher.post("/warehouse/requisitions/" + id + "/edit", changed).status()).isEqualTo(409);

        assertThat(login("guard").post("/warehouse/requisitions/" + id + "/withdraw",
                Map.of("version", String.valueOf(fixtures.version(id)))).status()).isEqualTo(404);
        assertThat(teacher.post("/warehouse/requisitions/" + id + "/withdraw",
                Map.of("version", String.valueOf(fixtures.version(id)))).status()).isEqualTo(302);
        assertThat(fixtures.status(id)).isEqualTo("WITHDRAWN");
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM approval.request WHERE document_type = 'RQ' AND document_id = ? AND status = 'PENDING'""",
                id)).isZero();
    }

    @Test
    void theLastUnitGoesToOneOfTwoRequisitionsIssuedAtOnceAndTheOtherIsToldAtTheField() throws Exception {
        String item = itemWithStock("1");
        WebUser teacher = login("teacher");
        WebUser leader = login("leader");
        long first = fixtures.request(teacher, "PRINT", "第一份", item, "1");
        long second = fixtures.request(teacher, "PRINT", "第二份", item, "1");
        assertThat(fixtures.decide(leader, first, "APPROVE", null).status()).isEqualTo(302);
        assertThat(fixtures.decide(leader, second, "APPROVE", null).status()).isEqualTo(302);

        WebUser storekeeper = login("storekeeper");
        WebUser director = login("director");
        Map<String, String> one = fixtures.issueForm(first, "杨佳怡", "1");
        Map<String, String> two = fixtures.issueForm(second, "杨佳怡", "1");
        List<WebUser.Page> pages = Race.of(() -> storekeeper.post("/warehouse/requisitions/" + first + "/issue", one),
                () -> director.post("/warehouse/requisitions/" + second + "/issue", two));
        assertThat(pages.stream().filter(p -> p.status() == 302)).hasSize(1);
        assertThat(pages.stream().filter(p -> p.status() == 200 && p.body().contains("库存不足"))).hasSize(1);
        assertThat(fixtures.balance(item, "PRINT")).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(fixtures.ledgerSum(item, "PRINT")).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(List.of(fixtures.status(first), fixtures.status(second))).containsExactlyInAnyOrder("ISSUED", "APPROVED");
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM warehouse.requisition_issue WHERE requisition_id IN (?, ?)""", first, second))
                .isEqualTo(1);
    }

    @Test
    void twoStorekeepersIssuingOneRequisitionAtOnceIssueItOnceAndPartIssuesCloseWithAReason() throws Exception {
        String item = itemWithStock("10");
        WebUser teacher = login("teacher");
        long id = fixtures.request(teacher, "PRINT", "分两次领", item, "6");
        assertThat(fixtures.decide(login("leader"), id, "APPROVE", null).status()).isEqualTo(302);
        Map<String, String> form = fixtures.issueForm(id, "杨佳怡", "4");
        WebUser storekeeper = login("storekeeper");
        WebUser director = login("director");
        List<Integer> statuses = Race.of(() -> storekeeper.post("/warehouse/requisitions/" + id + "/issue", form).status(),
                () -> director.post("/warehouse/requisitions/" + id + "/issue", form).status());
        assertThat(statuses).containsExactlyInAnyOrder(302, 409);
        assertThat(fixtures.balance(item, "PRINT")).isEqualByComparingTo("6");
        assertThat(fixtures.status(id)).isEqualTo("PARTIAL");

        assertThat(storekeeper.post("/warehouse/requisitions/" + id + "/issue", fixtures.issueForm(id, "杨佳怡", "3"))
                .body()).contains("发放数量不能超过尚未发放的数量");
        Map<String, String> unsigned = fixtures.issueForm(id, "杨佳怡", "1");
        unsigned.remove("signature");
        assertThat(storekeeper.post("/warehouse/requisitions/" + id + "/issue", unsigned).body()).contains("签名");
        assertThat(fixtures.balance(item, "PRINT")).isEqualByComparingTo("6");

        String version = String.valueOf(fixtures.version(id));
        storekeeper.post("/warehouse/requisitions/" + id + "/close", Map.of("version", version));
        assertThat(fixtures.status(id)).isEqualTo("PARTIAL");
        assertThat(storekeeper.post("/warehouse/requisitions/" + id + "/close",
                Map.of("version", version, "note", "试卷纸停产，余下 2 包不再发放")).status()).isEqualTo(302);
        assertThat(fixtures.status(id)).isEqualTo("CLOSED");
        assertThat(teacher.get("/warehouse/requisitions/" + id).body()).contains("试卷纸停产");
    }

    @Test
    void theApiRequestsOnceForOneKeyAndShowsOnlyWhatTheScopeCovers() {
        WebUser teacher = login("teacher");
        String token = teacher.newToken("领用接口");
        WebUser client = anonymous();
        String json = "{\"storeId\":" + fixtures.store("MAIN") + ",\"purpose\":\"接口领用\",\"lines\":[{\"itemId\":"
                + fixtures.item("BG-006") + ",\"quantity\":3}],\"submissionKey\":\"7a1c2b9e-3d4a-4b5c-8d7e-0a1b2c3d4e5f\"}";
        WebUser.Page created = client.sendJson("POST", "/api/v1/requisitions", json, token);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"status\":\"SUBMITTED\"").contains("无尘粉笔").containsPattern("RQ-\\d{4}-\\d{5}");
        String id = created.body().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1");
        assertThat(client.sendJson("POST", "/api/v1/requisitions", json, token).body()).contains("\"id\":" + id + ",");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM warehouse.requisition WHERE purpose = '接口领用'")).isEqualTo(1);
        assertThat(client.sendJson("POST", "/api/v1/requisitions", "{\"purpose\":\"\"}", token).status()).isEqualTo(400);
        assertThat(client.getWithToken("/api/v1/requisitions?view=MINE&q=接口领用", token).body()).contains("接口领用");
        assertThat(client.getWithToken("/api/v1/requisitions/" + id, token).body()).contains("\"lines\":[{");

        String guard = login("guard").newToken("门卫接口");
        assertThat(client.getWithToken("/api/v1/requisitions/" + id, guard).status()).isEqualTo(404);
        assertThat(client.getWithToken("/api/v1/stock?q=BG-006", token).status()).isEqualTo(403);
        String keeper = login("storekeeper").newToken("库存接口");
        assertThat(client.getWithToken("/api/v1/stock?q=BG-006", keeper).body()).contains("无尘粉笔").contains("\"quantity\"");

        assertThat(client.sendJson("POST", "/api/v1/requisitions/" + id + "/withdraw",
                "{\"version\":" + fixtures.version(Long.parseLong(id)) + "}", token).body()).contains("WITHDRAWN");
    }
}
