package org.houqin.warehouse.stocktake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.houqin.platform.security.SystemWork;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.houqin.support.Workbooks;
import org.houqin.warehouse.MovementKind;
import org.houqin.warehouse.catalogue.Catalogue;
import org.houqin.warehouse.stock.StockLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** 盘点 on the real database: count, import, submit, approve, and only then the ledger changes. */
class StocktakeFlowTest extends IntegrationTest {

    private static final AtomicInteger STORES = new AtomicInteger();

    @Autowired
    Catalogue catalogue;
    @Autowired
    StockLedger ledger;
    @Autowired
    TransactionTemplate transaction;

    private long school;
    private long store;
    private String paper;
    private String chalk;

    @BeforeEach
    void aStoreWithTwoItems() {
        school = Demo.schoolId(jdbc);
        int n = STORES.incrementAndGet();
        String suffix = n + "-" + (System.nanoTime() % 100_000);
        long category = Demo.count(jdbc, "SELECT min(id) FROM warehouse.item_category WHERE school_id = ?", school);
        paper = "PDT-P" + suffix;
        chalk = "PDT-C" + suffix;
        store = SystemWork.call(() -> transaction.execute(status -> {
            long created = catalogue.addStore(school, "PD" + suffix, "盘点测试库" + suffix);
            long p = catalogue.addItem(school, paper, "测试纸张", "8K", "包", category, BigDecimal.ZERO, created);
            long c = catalogue.addItem(school, chalk, "粉笔", "白色", "盒", category, BigDecimal.ZERO, created);
            LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(10);
            ledger.stockIn(school, MovementKind.RECEIPT, new StockLedger.Line(p, created, BigDecimal.TEN,
                    new BigDecimal("21.50"), day, "QC", null, null, "期初"));
            ledger.stockIn(school, MovementKind.RECEIPT, new StockLedger.Line(c, created, new BigDecimal("5"),
                    new BigDecimal("6.80"), day, "QC", null, null, "期初"));
            return created;
        }));
    }

    private long start(WebUser user) {
        WebUser.Page page = user.post("/warehouse/stocktakes", Map.of("storeId", String.valueOf(store),
                "countedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "note", "期末盘点"));
        assertThat(page.status()).as(page.body()).isEqualTo(302);
        return Long.parseLong(page.location().replaceAll(".*/warehouse/stocktakes/(\\d+).*", "$1"));
    }

    private long line(long stocktake, String code) {
        return Demo.count(jdbc, """
                SELECT l.id FROM warehouse.stocktake_line l JOIN warehouse.item i ON i.id = l.item_id
                WHERE l.stocktake_id = ? AND i.code = ?""", stocktake, code);
    }

    private String version(long stocktake) {
        return String.valueOf(Demo.count(jdbc, "SELECT version FROM warehouse.stocktake WHERE id = ?", stocktake));
    }

    private String status(long stocktake) {
        return Demo.asSystem(() -> jdbc.sql("SELECT status FROM warehouse.stocktake WHERE id = ?").param(stocktake)
                .query(String.class).single());
    }

    private BigDecimal balance(String code) {
        return Demo.asSystem(() -> jdbc.sql("""
                SELECT b.quantity FROM warehouse.balance b JOIN warehouse.item i ON i.id = b.item_id
                WHERE i.code = ? AND b.store_id = ?""").params(code, store).query(BigDecimal.class).single());
    }

    private Map<String, String> counts(long stocktake, String paperCount, String chalkCount) {
        Map<String, String> form = new HashMap<>();
        form.put("version", version(stocktake));
        form.put("lines[0].lineId", String.valueOf(line(stocktake, paper)));
        form.put("lines[0].counted", paperCount);
        form.put("lines[0].note", "受潮 2 包");
        form.put("lines[1].lineId", String.valueOf(line(stocktake, chalk)));
        form.put("lines[1].counted", chalkCount);
        return form;
    }

    @SafeVarargs
    private static byte[] sheet(List<String>... rows) {
        return Workbooks.of(List.of("物品编码", "名称", "实盘数量", "备注"), List.of(rows));
    }

    @Test
    void differencesReachTheLedgerOnlyAfterTheDirectorApproves() throws IOException {
        WebUser storekeeper = login("storekeeper");
        long id = start(storekeeper);
        String page = storekeeper.get("/warehouse/stocktakes/" + id).body();
        assertThat(page).contains("测试纸张").contains("粉笔").contains("盘点中").contains("已盘 0 / 2 项");
        assertThat(storekeeper.post("/warehouse/stocktakes/" + id + "/submit", Map.of("version", version(id))).body())
                .contains("还有 2 项没有盘点");

        assertThat(storekeeper.post("/warehouse/stocktakes/" + id + "/count", counts(id, "8", "5")).status()).isEqualTo(302);
        assertThat(storekeeper.get("/warehouse/stocktakes/" + id + "?show=different").body()).contains("测试纸张")
                .doesNotContain("粉笔").contains("-2");
        assertThat(balance(paper)).isEqualByComparingTo("10");

        assertThat(storekeeper.post("/warehouse/stocktakes/" + id + "/submit", Map.of("version", version(id))).status())
                .isEqualTo(302);
        assertThat(status(id)).isEqualTo("SUBMITTED");
        assertThat(balance(paper)).as("nothing posted before approval").isEqualByComparingTo("10");
        assertThat(storekeeper.post("/warehouse/stocktakes/" + id + "/count", counts(id, "10", "5")).status())
                .isEqualTo(409);

        long request = Demo.count(jdbc, """
                SELECT id FROM approval.request WHERE document_type = 'PD' AND document_id = ? AND status = 'PENDING'""", id);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM approval.request WHERE id = ? AND amount = 43.00", request))
                .isEqualTo(1);
        WebUser director = login("director");
        assertThat(director.get("/warehouse/stocktakes/" + id).body()).contains("同意");
        WebUser.Page approved = director.post("/approvals/" + request + "/decide", Map.of("decision", "APPROVE",
                "version", String.valueOf(Demo.count(jdbc, "SELECT version FROM approval.request WHERE id = ?", request))));
        assertThat(approved.status()).as(approved.body()).isEqualTo(302);

        assertThat(status(id)).isEqualTo("POSTED");
        assertThat(balance(paper)).isEqualByComparingTo("8");
        assertThat(balance(chalk)).isEqualByComparingTo("5");
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM warehouse.movement WHERE document_type = 'PD' AND document_id = ?
                  AND kind = 'ADJUST_OUT' AND quantity = -2 AND amount = -43.00""", id)).isEqualTo(1);

        byte[] report = storekeeper.getBytes("/warehouse/stocktakes/" + id + "/print.pdf?report=true");
        try (var document = Loader.loadPDF(report)) {
            assertThat(new PDFTextStripper().getText(document)).contains("库存盘点报告").contains("测试纸张")
                    .contains("-43.00").contains("账实相符率 50%");
        }
        assertThat(Workbooks.text(storekeeper.getBytes("/warehouse/stocktakes/" + id + "/sheet.xlsx")))
                .contains(paper).contains("实盘数量");
    }

    @Test
    void countsComeBackFromExcelAllOrNothingAndAMatchingCountPostsWithoutApproval() throws IOException {
        WebUser storekeeper = login("storekeeper");
        long id = start(storekeeper);
        assertThat(storekeeper.post("/warehouse/stocktakes", Map.of("storeId", String.valueOf(store),
                "countedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString())).body()).contains("还有未完成的盘点");

        byte[] bad = sheet(List.of(paper, "测试纸张", "10", ""), List.of("NO-SUCH", "?", "1", ""),
                List.of(chalk, "粉笔", "五", ""));
        storekeeper.multipart("/warehouse/stocktakes/" + id + "/import", Map.of("version", version(id)),
                List.of(new WebUser.FilePart("file", "盘点.xlsx", "application/octet-stream", bad)));
        assertThat(storekeeper.get("/warehouse/stocktakes/" + id).body()).contains("NO-SUCH").contains("没有导入任何数量");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM warehouse.stocktake_line WHERE stocktake_id = ? AND counted_quantity IS NOT NULL",
                id)).isZero();

        byte[] good = sheet(List.of(paper, "测试纸张", "10", ""), List.of(chalk, "粉笔", "5", "新到"));
        storekeeper.multipart("/warehouse/stocktakes/" + id + "/import", Map.of("version", version(id)),
                List.of(new WebUser.FilePart("file", "盘点.xlsx", "application/octet-stream", good)));
        assertThat(storekeeper.get("/warehouse/stocktakes/" + id).body()).contains("已盘 2 / 2 项，其中 0 项有差异");

        long requests = Demo.count(jdbc, "SELECT count(*) FROM approval.request WHERE document_type = 'PD' AND document_id = ?", id);
        assertThat(storekeeper.post("/warehouse/stocktakes/" + id + "/submit", Map.of("version", version(id))).status())
                .isEqualTo(302);
        assertThat(status(id)).isEqualTo("POSTED");
        assertThat(requests).isZero();
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM approval.request WHERE document_type = 'PD' AND document_id = ?", id))
                .isZero();
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM warehouse.movement WHERE document_type = 'PD' AND document_id = ?", id))
                .isZero();

        assertThat(login("teacher").get("/warehouse/stocktakes/" + id).status()).isEqualTo(403);
        assertThat(login("vice").post("/warehouse/stocktakes", Map.of("storeId", String.valueOf(store),
                "countedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString())).status()).isEqualTo(403);
    }
}
