package org.houqin.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.houqin.support.Workbooks;
import org.junit.jupiter.api.Test;

/** 入库单: goods received raise the stock at their price, with a document number, and bad forms write nothing. */
class ReceiptTest extends IntegrationTest {

    private long id(String sql, String code) {
        return Demo.count(jdbc, sql, code, Demo.schoolId(jdbc));
    }

    private Map<String, String> receipt(String day) {
        Map<String, String> form = new HashMap<>();
        form.put("storeId", String.valueOf(id("SELECT id FROM warehouse.store WHERE code = ? AND school_id = ?", "PRINT")));
        form.put("receivedOn", day);
        form.put("supplier", "城区文具批发部");
        form.put("source", "PURCHASE");
        form.put("invoiceNumber", "No.00012345");
        return form;
    }

    private String balance(String code) {
        return Demo.asSystem(() -> jdbc.sql("""
                SELECT b.quantity FROM warehouse.balance b JOIN warehouse.item i ON i.id = b.item_id
                JOIN warehouse.store s ON s.id = b.store_id WHERE i.code = ? AND s.code = 'PRINT' AND b.school_id = ?""")
                .params(code, Demo.schoolId(jdbc)).query(java.math.BigDecimal.class).single()).stripTrailingZeros()
                .toPlainString();
    }

    @Test
    void goodsReceivedRaiseTheStockAtTheirPriceUnderANumber() {
        WebUser storekeeper = login("storekeeper");
        String before = balance("BG-001");
        Map<String, String> form = receipt(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        form.put("lines[0].itemId", String.valueOf(id("SELECT id FROM warehouse.item WHERE code = ? AND school_id = ?", "BG-001")));
        form.put("lines[0].quantity", "10");
        form.put("lines[0].unitPrice", "21.50");
        form.put("lines[1].itemId", String.valueOf(id("SELECT id FROM warehouse.item WHERE code = ? AND school_id = ?", "BG-002")));
        form.put("lines[1].quantity", "5");
        form.put("lines[1].unitPrice", "43.00");
        WebUser.Page created = storekeeper.post("/warehouse/receipts", form);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        assertThat(balance("BG-001")).isEqualTo(new java.math.BigDecimal(before).add(java.math.BigDecimal.TEN)
                .stripTrailingZeros().toPlainString());
        String page = storekeeper.get(created.location().replaceFirst("^https?://[^/]+", "")).body();
        assertThat(page).containsPattern("RK-\\d{4}-\\d{5}").contains("城区文具批发部").contains("430.00");
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM warehouse.movement WHERE document_type = 'RK' AND document_number LIKE 'RK-%'
                  AND note = '城区文具批发部'""")).isGreaterThanOrEqualTo(2);
        assertThat(storekeeper.get("/warehouse/receipts").body()).contains("城区文具批发部");
        assertThat(page).contains("采购入库");
        assertThat(Workbooks.text(storekeeper.getBytes("/warehouse/receipts/export.xlsx?q=城区文具"))).contains("城区文具批发部")
                .contains("采购入库");
        byte[] pdf = storekeeper.getBytes(created.location().replaceFirst("^https?://[^/]+", "") + "/print.pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("入库单")
                    .contains("城区文具批发部").contains("A4 复印纸").contains("430.00");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aReceiptWithoutLinesInTheFutureOrWithHalfALineIsAnsweredAtTheFieldAndWritesNothing() {
        WebUser storekeeper = login("storekeeper");
        long before = Demo.count(jdbc, "SELECT count(*) FROM warehouse.receipt");
        assertThat(storekeeper.post("/warehouse/receipts", receipt(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()))
                .body()).contains("请至少填写一行物品");
        Map<String, String> future = receipt(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3).toString());
        future.put("lines[0].itemId", String.valueOf(id("SELECT id FROM warehouse.item WHERE code = ? AND school_id = ?", "BG-003")));
        future.put("lines[0].quantity", "1");
        future.put("lines[0].unitPrice", "1");
        assertThat(storekeeper.post("/warehouse/receipts", future).body()).contains("入库日期不能晚于今天");
        Map<String, String> half = receipt(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        half.put("lines[0].itemId", String.valueOf(id("SELECT id FROM warehouse.item WHERE code = ? AND school_id = ?", "BG-003")));
        assertThat(storekeeper.post("/warehouse/receipts", half).body()).contains("每行物品都要填写数量和单价");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM warehouse.receipt")).isEqualTo(before);
        assertThat(login("teacher").post("/warehouse/receipts", future).status()).isEqualTo(403);
        assertThat(login("finance").get("/warehouse/receipts/new").status()).isEqualTo(403);
    }

    @Test
    void aReceiptLineEnteredWronglyIsReversedOnceWithItsReason() {
        WebUser storekeeper = login("storekeeper");
        Map<String, String> form = receipt(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        form.put("lines[0].itemId", String.valueOf(id("SELECT id FROM warehouse.item WHERE code = ? AND school_id = ?", "DJ-002")));
        form.put("lines[0].quantity", "100");
        form.put("lines[0].unitPrice", "95");
        String before = balance("DJ-002");
        assertThat(storekeeper.post("/warehouse/receipts", form).status()).isEqualTo(302);
        long movement = Demo.count(jdbc, """
                SELECT max(m.id) FROM warehouse.movement m JOIN warehouse.item i ON i.id = m.item_id
                WHERE i.code = 'DJ-002' AND m.kind = 'RECEIPT' AND m.quantity = 100""");
        long item = id("SELECT id FROM warehouse.item WHERE code = ? AND school_id = ?", "DJ-002");
        long store = id("SELECT id FROM warehouse.store WHERE code = ? AND school_id = ?", "PRINT");
        String path = "/warehouse/stock/" + item + "/" + store;
        assertThat(storekeeper.get(path).body()).contains("冲销");

        storekeeper.post(path + "/reverse/" + movement, Map.of());
        assertThat(storekeeper.get(path).body()).contains("请写明冲销的原因");
        assertThat(login("teacher").post(path + "/reverse/" + movement, Map.of("reason", "越权")).status()).isEqualTo(403);
        assertThat(storekeeper.post(path + "/reverse/" + movement, Map.of("reason", "数量录错，应为 10 个")).status())
                .isEqualTo(302);
        assertThat(balance("DJ-002")).isEqualTo(before);
        storekeeper.post(path + "/reverse/" + movement, Map.of("reason", "再冲一次"));
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM warehouse.movement WHERE reverses_id = ?", movement)).isEqualTo(1);
        assertThat(storekeeper.get(path).body()).contains("已冲销").contains("数量录错");
    }

    @Test
    void aReceiptsPageTellsWhoMadeItAndWhichLineWasReversedWhy() {
        WebUser storekeeper = login("storekeeper");
        Map<String, String> form = receipt(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        form.put("lines[0].itemId", String.valueOf(id("SELECT id FROM warehouse.item WHERE code = ? AND school_id = ?", "BG-008")));
        form.put("lines[0].quantity", "30");
        form.put("lines[0].unitPrice", "1.50");
        WebUser.Page created = storekeeper.post("/warehouse/receipts", form);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String page = created.location().replaceFirst("^https?://[^/]+", "");
        String number = Demo.asSystem(() -> jdbc.sql("SELECT number FROM warehouse.receipt WHERE id = ?")
                .param(Long.parseLong(page.substring(page.lastIndexOf('/') + 1))).query(String.class).single());
        assertThat(storekeeper.get(page).body()).contains("单据记录").contains("新建 " + number).contains("李秀兰")
                .doesNotContain("冲销 订书钉");

        long movement = Demo.count(jdbc, """
                SELECT m.id FROM warehouse.movement m WHERE m.document_type = 'RK' AND m.document_number = ?""", number);
        long item = id("SELECT id FROM warehouse.item WHERE code = ? AND school_id = ?", "BG-008");
        long store = id("SELECT id FROM warehouse.store WHERE code = ? AND school_id = ?", "PRINT");
        assertThat(storekeeper.post("/warehouse/stock/" + item + "/" + store + "/reverse/" + movement,
                Map.of("reason", "单价录错")).status()).isEqualTo(302);
        assertThat(storekeeper.get(page).body()).contains("新建 " + number).contains("冲销 订书钉 30盒：单价录错");
    }

    @Test
    void aReceiptNamingAnItemTwiceIsAnsweredAtTheSecondLineAndWritesNothing() {
        WebUser storekeeper = login("storekeeper");
        long before = Demo.count(jdbc, "SELECT count(*) FROM warehouse.receipt");
        Map<String, String> twice = receipt(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        String paper = String.valueOf(id("SELECT id FROM warehouse.item WHERE code = ? AND school_id = ?", "BG-001"));
        twice.put("lines[0].itemId", paper);
        twice.put("lines[0].quantity", "1");
        twice.put("lines[0].unitPrice", "21.50");
        twice.put("lines[1].itemId", paper);
        twice.put("lines[1].quantity", "2");
        twice.put("lines[1].unitPrice", "21.00");
        assertThat(storekeeper.post("/warehouse/receipts", twice).body()).contains("同一物品只需填写一行");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM warehouse.receipt")).isEqualTo(before);
    }

    @Test
    void theDocumentListsAnswerASearchOrAnotherPageWithTheirTableAlone() {
        WebUser storekeeper = login("storekeeper");
        for (String list : List.of("/warehouse/receipts?q=RK", "/warehouse/transfers?q=DB", "/warehouse/write-offs?q=BS",
                "/warehouse/stocktakes?page=1")) {
            WebUser.Page table = storekeeper.getTable(list);
            assertThat(table.status()).as(list).isEqualTo(200);
            assertThat(table.body()).as(list).contains("id=\"list-table\"").doesNotContain("<html");
            assertThat(storekeeper.get(list).body()).as(list).contains("<html").contains("id=\"list-table\"");
        }
    }
}
