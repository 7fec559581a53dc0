package org.houqin.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/** 调拨单: stock moves between stores at its value, all lines or none. */
class TransferTest extends IntegrationTest {

    private long id(String sql, String code) {
        return Demo.count(jdbc, sql, code, Demo.schoolId(jdbc));
    }

    private long store(String code) {
        return id("SELECT id FROM warehouse.store WHERE code = ? AND school_id = ?", code);
    }

    private long item(String code) {
        return id("SELECT id FROM warehouse.item WHERE code = ? AND school_id = ?", code);
    }

    private BigDecimal[] balance(String item, String store) {
        return Demo.asSystem(() -> jdbc.sql("""
                SELECT coalesce(sum(quantity), 0), coalesce(sum(amount), 0) FROM warehouse.balance
                WHERE item_id = ? AND store_id = ?""").params(item(item), store(store))
                .query((rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)}).single());
    }

    private Map<String, String> form(String from, String to, String... itemAndQuantity) {
        Map<String, String> form = new HashMap<>();
        form.put("fromStoreId", String.valueOf(store(from)));
        form.put("toStoreId", String.valueOf(store(to)));
        form.put("transferredOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        for (int i = 0; i < itemAndQuantity.length / 2; i++) {
            form.put("lines[" + i + "].itemId", String.valueOf(item(itemAndQuantity[2 * i])));
            form.put("lines[" + i + "].quantity", itemAndQuantity[2 * i + 1]);
        }
        return form;
    }

    @Test
    void stockMovesToTheOtherStoreAtItsValue() {
        WebUser storekeeper = login("storekeeper");
        BigDecimal[] mainBefore = balance("BG-003", "MAIN");
        BigDecimal[] printBefore = balance("BG-003", "PRINT");
        WebUser.Page moved = storekeeper.post("/warehouse/transfers", form("MAIN", "PRINT", "BG-003", "10"));
        assertThat(moved.status()).as(moved.body()).isEqualTo(302);
        BigDecimal[] mainAfter = balance("BG-003", "MAIN");
        BigDecimal[] printAfter = balance("BG-003", "PRINT");
        assertThat(mainAfter[0]).isEqualByComparingTo(mainBefore[0].subtract(BigDecimal.TEN));
        assertThat(printAfter[0]).isEqualByComparingTo(printBefore[0].add(BigDecimal.TEN));
        assertThat(mainBefore[1].subtract(mainAfter[1])).as("the value that left is the value that arrived")
                .isEqualByComparingTo(printAfter[1].subtract(printBefore[1]));
        String page = storekeeper.get(moved.location().replaceFirst("^https?://[^/]+", "")).body();
        assertThat(page).containsPattern("DB-\\d{4}-\\d{5}").contains("总仓库 → 文印室").contains("中性笔");
        byte[] pdf = storekeeper.getBytes(moved.location().replaceFirst("^https?://[^/]+", "") + "/print.pdf");
        assertThat(pdf.length).isGreaterThan(1000);
        assertThat(org.houqin.support.Workbooks.text(storekeeper.getBytes("/warehouse/transfers/export.xlsx")))
                .contains("总仓库").contains("文印室");
    }

    @Test
    void aLineWithoutTheStockOrTheSameStoreTwiceRefusesTheWholeTransfer() {
        WebUser storekeeper = login("storekeeper");
        long before = Demo.count(jdbc, "SELECT count(*) FROM warehouse.transfer");
        BigDecimal[] pens = balance("BG-005", "MAIN");
        assertThat(storekeeper.post("/warehouse/transfers", form("MAIN", "PRINT", "BG-005", "1", "DJ-001", "100000"))
                .body()).contains("库存不足");
        assertThat(storekeeper.post("/warehouse/transfers", form("MAIN", "MAIN", "BG-005", "1")).body())
                .contains("调入仓库不能和调出仓库相同");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM warehouse.transfer")).isEqualTo(before);
        assertThat(balance("BG-005", "MAIN")[0]).isEqualByComparingTo(pens[0]);
        assertThat(login("teacher").post("/warehouse/transfers", form("MAIN", "PRINT", "BG-005", "1")).status())
                .isEqualTo(403);
    }

    @Test
    void aTransfersPageTellsWhoMadeIt() {
        WebUser storekeeper = login("storekeeper");
        WebUser.Page moved = storekeeper.post("/warehouse/transfers", form("MAIN", "PRINT", "QJ-003", "2"));
        assertThat(moved.status()).as(moved.body()).isEqualTo(302);
        String page = moved.location().replaceFirst("^https?://[^/]+", "");
        String number = Demo.asSystem(() -> jdbc.sql("SELECT number FROM warehouse.transfer WHERE id = ?")
                .param(Long.parseLong(page.substring(page.lastIndexOf('/') + 1))).query(String.class).single());
        assertThat(storekeeper.get(page).body()).contains("单据记录").contains("新建 " + number).contains("李秀兰");
    }
}
