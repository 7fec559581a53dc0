package org.houqin.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.houqin.support.Workbooks;
import org.junit.jupiter.api.Test;

/** The storekeeper keeps the item catalogue; others may read it or not at all; bad input is answered at the field. */
class CatalogueTest extends IntegrationTest {

    private Map<String, String> item(String code, String name) {
        Map<String, String> fields = new HashMap<>();
        fields.put("code", code);
        fields.put("name", name);
        fields.put("unit", "包");
        fields.put("specification", "80g 500张/包");
        fields.put("reorderPoint", "20");
        fields.put("categoryId", String.valueOf(Demo.count(jdbc,
                "SELECT id FROM warehouse.item_category WHERE name = '办公用品' AND school_id = ?", Demo.schoolId(jdbc))));
        fields.put("version", "0");
        return fields;
    }

    @Test
    void theStorekeeperAddsAndEditsAnItemAndTheCatalogueFindsIt() {
        WebUser storekeeper = login("storekeeper");
        assertThat(storekeeper.post("/warehouse/items", item("BG-901", "A4 复印纸（测试）")).status()).isEqualTo(302);
        String list = storekeeper.get("/warehouse/items?q=" + URLEncoder.encode("复印纸（测试）", StandardCharsets.UTF_8)).body();
        assertThat(list).contains("BG-901").contains("80g 500张/包").contains("办公用品");

        long id = Demo.count(jdbc, "SELECT id FROM warehouse.item WHERE code = 'BG-901'");
        Map<String, String> edit = item("BG-901", "A4 复印纸 80g（测试）");
        assertThat(storekeeper.post("/warehouse/items/" + id, edit).status()).isEqualTo(302);
        assertThat(storekeeper.post("/warehouse/items/" + id, edit).status()).as("a stale form").isEqualTo(409);
        assertThat(Workbooks.text(storekeeper.getBytes("/warehouse/items/export.xlsx?q=BG-901")))
                .contains("A4 复印纸 80g（测试）");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM audit.log_entry WHERE entity = 'item' AND entity_id = ?",
                String.valueOf(id))).isEqualTo(2);
    }

    @Test
    void aDuplicateCodeAnEmptyFormAndAForeignCategoryAreAnsweredAtTheirFields() {
        WebUser storekeeper = login("storekeeper");
        long before = Demo.count(jdbc, "SELECT count(*) FROM warehouse.item");
        assertThat(storekeeper.post("/warehouse/items", item("BG-001", "重复编号")).body()).contains("已有相同编号的物品");
        assertThat(storekeeper.post("/warehouse/items", Map.of()).body()).contains("必填").contains("is-invalid");
        Map<String, String> foreign = item("BG-902", "外校类别");
        foreign.put("categoryId", "999999");
        assertThat(storekeeper.post("/warehouse/items", foreign).body()).contains("请选择本校的物品类别");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM warehouse.item")).isEqualTo(before);
    }

    @Test
    void aTeacherNeitherReadsNorWritesTheCatalogue() {
        WebUser teacher = login("teacher");
        assertThat(teacher.get("/warehouse/items").status()).isEqualTo(403);
        assertThat(teacher.post("/warehouse/items", item("BG-903", "越权")).status()).isEqualTo(403);
        assertThat(login("finance").get("/warehouse/items").status()).isEqualTo(200);
        assertThat(login("finance").get("/warehouse/items/new").status()).isEqualTo(403);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM warehouse.item WHERE code = 'BG-903'")).isZero();
    }

    @Test
    void theDemoStoresHoldAYearOfStockWhoseBalancesAreTheirLedgers() {
        assertThat(login("storekeeper").get("/warehouse/stores").body()).contains("总仓库").contains("文印室");
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM warehouse.movement m JOIN warehouse.item i ON i.id = m.item_id
                WHERE i.code = 'BG-001' AND m.document_type = 'QC' AND m.quantity = 400""")).isEqualTo(1);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM warehouse.movement m JOIN warehouse.item i ON i.id = m.item_id
                WHERE i.code = 'BG-001' AND m.document_type = 'RQ' AND m.kind = 'ISSUE'""")).isGreaterThan(50);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM warehouse.balance b
                WHERE b.quantity <> (SELECT sum(m.quantity) FROM warehouse.movement m
                                     WHERE m.item_id = b.item_id AND m.store_id = b.store_id)
                   OR b.amount <> (SELECT sum(m.amount) FROM warehouse.movement m
                                   WHERE m.item_id = b.item_id AND m.store_id = b.store_id)""")).isZero();
    }

    @Test
    void theStockBalancesShowQuantityValueAndTheLedgerBehindThem() {
        WebUser storekeeper = login("storekeeper");
        long item = Demo.count(jdbc, "SELECT id FROM warehouse.item WHERE code = 'BG-001' AND school_id = ?",
                Demo.schoolId(jdbc));
        long store = Demo.count(jdbc, "SELECT id FROM warehouse.store WHERE code = 'PRINT' AND school_id = ?",
                Demo.schoolId(jdbc));
        var balance = Demo.asSystem(() -> jdbc.sql("SELECT quantity, amount FROM warehouse.balance WHERE item_id = ? AND store_id = ?")
                .params(item, store).query((rs, n) -> new java.math.BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)})
                .single());
        String quantity = balance[0].stripTrailingZeros().toPlainString();
        String stock = storekeeper.get("/warehouse/stock?q=BG-001").body();
        assertThat(stock).contains("A4 复印纸").contains(quantity + " 包")
                .contains(new java.text.DecimalFormat("#,##0.00").format(balance[1])).contains("文印室");
        var totals = Demo.asSystem(() -> jdbc.sql("""
                SELECT count(*), coalesce(sum(b.amount), 0), count(*) FILTER (WHERE b.quantity < i.reorder_point)
                FROM warehouse.balance b JOIN warehouse.item i ON i.id = b.item_id WHERE b.school_id = ?""")
                .param(Demo.schoolId(jdbc)).query((rs, n) -> new Object[] {rs.getLong(1), rs.getBigDecimal(2),
                        rs.getLong(3)}).single());
        assertThat(storekeeper.get("/warehouse/stock").body()).as("the summary of every balance beside the first page")
                .contains("共 " + totals[0] + " 条，库存金额 " + new java.text.DecimalFormat("#,##0.00").format(totals[1])
                        + " 元，" + totals[2] + " 种低于最低库存");
        assertThat(firstRow(storekeeper.get("/warehouse/stock?sort=store&dir=asc").body()))
                .as("the first balance of the first store differs from the first of the last store")
                .isNotEqualTo(firstRow(storekeeper.get("/warehouse/stock?sort=store&dir=desc").body()));
        String ledger = storekeeper.get("/warehouse/stock/" + item + "/" + store).body();
        assertThat(ledger).contains("RQ-").contains(quantity + " 包");
        long lines = Demo.count(jdbc, "SELECT count(*) FROM warehouse.movement WHERE item_id = ? AND store_id = ?", item, store);
        assertThat(storekeeper.get("/warehouse/stock/" + item + "/" + store + "?page=" + ((lines + 19) / 20)).body())
                .contains("期初库存").contains("400 包");
        assertThat(Workbooks.text(storekeeper.getBytes("/warehouse/stock/export.xlsx?q=BG-001")))
                .contains(balance[1].stripTrailingZeros().toPlainString());
        assertThat(login("teacher").get("/warehouse/stock").status()).isEqualTo(403);
        assertThat(storekeeper.get("/warehouse/stock/" + item + "/999999").status()).isEqualTo(404);
    }

    private static String firstRow(String page) {
        String rows = page.substring(page.indexOf("<tbody"));
        return rows.substring(rows.indexOf("<tr"), rows.indexOf("</tr>"));
    }
}
