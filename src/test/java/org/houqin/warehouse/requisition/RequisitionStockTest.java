package org.houqin.warehouse.requisition;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

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
 * 领用 meets empty stores: the form takes the item's usual store and shows the stock of each store, a line above the
 * stock is a warning the requester accepts and the approver sees, and the storekeeper issues from another store — a
 * transfer and the issue in one step, both on the ledger, once even when two storekeepers act at once.
 */
class RequisitionStockTest extends IntegrationTest {

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

    /** A new item whose usual store is the print room, with this much in the print room and in the main store. */
    private String item(String inPrintRoom, String inMainStore) {
        long school = fixtures.school();
        String code = "RQS-" + ITEMS.incrementAndGet() + "-" + (System.nanoTime() % 100_000);
        long category = Demo.count(jdbc, "SELECT min(id) FROM warehouse.item_category WHERE school_id = ?", school);
        long print = fixtures.store("PRINT");
        long main = fixtures.store("MAIN");
        SystemWork.run(() -> transaction.executeWithoutResult(status -> {
            long item = catalogue.addItem(school, code, "库存测试纸" + code, "16K", "包", category, BigDecimal.ZERO, print);
            receive(school, item, print, inPrintRoom);
            receive(school, item, main, inMainStore);
        }));
        return code;
    }

    private void receive(long school, long item, long store, String quantity) {
        if (new BigDecimal(quantity).signum() > 0) {
            ledger.stockIn(school, MovementKind.RECEIPT, new StockLedger.Line(item, store, new BigDecimal(quantity),
                    BigDecimal.TEN, LocalDate.now().minusDays(30), "QC", null, null, "期初"));
        }
    }

    private long approved(WebUser teacher, String purpose, String item, String quantity) {
        Map<String, String> form = fixtures.form("PRINT", purpose, item, quantity);
        form.put("shortageAccepted", "true");
        long id = RequisitionFixtures.created(teacher.post("/warehouse/requisitions", form));
        assertThat(fixtures.decide(login("leader"), id, "APPROVE", null).status()).isEqualTo(302);
        return id;
    }

    private Map<String, String> fromMainStore(long requisition, String quantity) {
        Map<String, String> form = fixtures.issueForm(requisition, "杨佳怡", quantity);
        form.put("lines[0].fromStoreId", String.valueOf(fixtures.store("MAIN")));
        return form;
    }

    @Test
    void theFormTakesTheItemsUsualStoreAndShowsWhatEachStoreHolds() {
        String item = item("7", "30");
        WebUser teacher = login("teacher");
        String page = teacher.get("/warehouse/requisitions/new").body();
        assertThat(page).contains("按物品的常用仓库")
                .contains("data-usual-store=\"" + fixtures.store("PRINT") + "\"")
                .containsPattern("data-stock=\"[^\"]*总仓库 30 包[^\"]*文印室 7 包[^\"]*\"");
        assertThat(page).doesNotContainPattern("<option value=\"" + fixtures.store("MAIN") + "\" selected");

        Map<String, String> form = fixtures.form("PRINT", "按常用仓库", item, "2");
        form.remove("storeId");
        long id = RequisitionFixtures.created(teacher.post("/warehouse/requisitions", form));
        assertThat(Demo.count(jdbc, "SELECT store_id FROM warehouse.requisition WHERE id = ?", id))
                .as("A4-like paper is asked from the print room, its usual store").isEqualTo(fixtures.store("PRINT"));
        assertThat(teacher.get("/warehouse/requisitions/new?item=" + fixtures.item(item)).body())
                .contains("<option value=\"" + fixtures.store("PRINT") + "\" selected=\"selected\">文印室</option>");
    }

    @Test
    void aLineAboveTheStockIsAWarningTheRequesterAcceptsAndTheApproverSees() {
        String item = item("5", "0");
        WebUser teacher = login("teacher");
        Map<String, String> form = fixtures.form("PRINT", "超出库存的申请", item, "8");
        WebUser.Page warned = teacher.post("/warehouse/requisitions", form);
        assertThat(warned.status()).isEqualTo(200);
        assertThat(warned.body()).contains("文印室现有 5 包，不够申请的数量").contains("库存不足也提交");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM warehouse.requisition WHERE purpose = '超出库存的申请'"))
                .isZero();

        form.put("shortageAccepted", "true");
        long id = RequisitionFixtures.created(teacher.post("/warehouse/requisitions", form));
        assertThat(teacher.get("/warehouse/requisitions/" + id).body()).contains("1 项超出文印室的现有库存");
        String forApprover = login("leader").get("/warehouse/requisitions/" + id).body();
        assertThat(forApprover).contains("1 项超出文印室的现有库存").contains("库存不足；其他仓库也没有。")
                .contains("同意");
    }

    @Test
    void theStorekeeperIssuesFromAnotherStoreAsATransferAndAnIssueOnTheLedger() {
        String item = item("0", "10");
        long id = approved(login("teacher"), "从总仓库调拨", item, "4");
        WebUser storekeeper = login("storekeeper");
        assertThat(storekeeper.get("/warehouse/requisitions/" + id).body())
                .contains("库存不足；其他仓库有：总仓库 10 包");
        assertThat(storekeeper.get("/warehouse/requisitions/" + id + "/issue").body())
                .contains("从总仓库调拨后发放（库存 10）")
                .containsPattern("<option value=\"" + fixtures.store("MAIN") + "\" selected=\"selected\"");

        WebUser.Page issued = storekeeper.post("/warehouse/requisitions/" + id + "/issue", fromMainStore(id, "4"));
        assertThat(issued.status()).as(issued.body()).isEqualTo(302);
        assertThat(fixtures.status(id)).isEqualTo("ISSUED");
        assertThat(fixtures.balance(item, "MAIN")).isEqualByComparingTo("6");
        assertThat(fixtures.balance(item, "PRINT")).isEqualByComparingTo("0");
        String number = Demo.asSystem(() -> jdbc.sql("SELECT number FROM warehouse.requisition WHERE id = ?").param(id)
                .query(String.class).single());
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM warehouse.movement m JOIN warehouse.transfer t ON t.id = m.document_id
                WHERE m.document_type = 'DB' AND t.note = ? AND m.item_id = ?
                  AND ((m.kind = 'TRANSFER_OUT' AND m.quantity = -4) OR (m.kind = 'TRANSFER_IN' AND m.quantity = 4))""",
                number, fixtures.item(item))).isEqualTo(2);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM warehouse.movement WHERE document_type = 'RQ' AND document_id = ? AND kind = 'ISSUE'
                  AND quantity = -4 AND store_id = ?""", id, fixtures.store("PRINT"))).isEqualTo(1);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM warehouse.requisition_issue_line l JOIN warehouse.requisition_issue s ON s.id = l.issue_id
                WHERE s.requisition_id = ? AND l.transfer_id IS NOT NULL""", id)).isEqualTo(1);
        assertThat(storekeeper.get("/warehouse/requisitions/" + id).body()).contains("自总仓库调拨")
                .containsPattern("DB-\\d{4}-\\d{5}");
    }

    @Test
    void aStoreWithoutEnoughIsRefusedAtTheLineAndNothingMoves() {
        String item = item("0", "2");
        long id = approved(login("teacher"), "调拨也不够", item, "3");
        WebUser.Page refused = login("storekeeper").post("/warehouse/requisitions/" + id + "/issue",
                fromMainStore(id, "3"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("所选仓库的库存也不够");
        assertThat(fixtures.balance(item, "MAIN")).isEqualByComparingTo("2");
        assertThat(fixtures.status(id)).isEqualTo("APPROVED");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM warehouse.transfer_line tl JOIN warehouse.item i"
                + " ON i.id = tl.item_id WHERE i.code = ?", item)).isZero();
    }

    @Test
    void twoStorekeepersIssuingFromTheSameOtherStoreAtOnceMoveTheLastUnitOnce() throws Exception {
        String item = item("0", "1");
        WebUser teacher = login("teacher");
        long first = approved(teacher, "最后一包甲", item, "1");
        long second = approved(teacher, "最后一包乙", item, "1");
        WebUser storekeeper = login("storekeeper");
        WebUser director = login("director");
        Map<String, String> one = fromMainStore(first, "1");
        Map<String, String> two = fromMainStore(second, "1");
        List<WebUser.Page> pages = Race.of(() -> storekeeper.post("/warehouse/requisitions/" + first + "/issue", one),
                () -> director.post("/warehouse/requisitions/" + second + "/issue", two));

        assertThat(pages.stream().filter(p -> p.status() == 302)).hasSize(1);
        assertThat(pages.stream().filter(p -> p.status() == 200 && p.body().contains("所选仓库的库存也不够")))
                .hasSize(1);
        assertThat(fixtures.balance(item, "MAIN")).isEqualByComparingTo("0");
        assertThat(fixtures.balance(item, "PRINT")).isEqualByComparingTo("0");
        assertThat(fixtures.ledgerSum(item, "MAIN")).isEqualByComparingTo("0");
        assertThat(fixtures.ledgerSum(item, "PRINT")).isEqualByComparingTo("0");
        assertThat(List.of(fixtures.status(first), fixtures.status(second))).containsExactlyInAnyOrder("ISSUED",
                "APPROVED");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM warehouse.transfer_line tl JOIN warehouse.item i"
                + " ON i.id = tl.item_id WHERE i.code = ?", item)).isEqualTo(1);
    }
}
