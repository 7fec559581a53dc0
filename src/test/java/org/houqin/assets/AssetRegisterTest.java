package org.houqin.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/** 资产台账: registering a card, its history, editing, splitting a batch, and who may do what. */
class AssetRegisterTest extends IntegrationTest {

    private long category(String code) {
        return Demo.count(jdbc, "SELECT id FROM assets.category WHERE code = ? AND school_id = ?", code,
                Demo.schoolId(jdbc));
    }

    private Map<String, String> card(String name, String categoryCode, String quantity, String unitValue) {
        Map<String, String> form = new HashMap<>();
        form.put("name", name);
        form.put("categoryId", String.valueOf(category(categoryCode)));
        form.put("purchasedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusYears(1).toString());
        form.put("quantity", quantity);
        form.put("unitValue", unitValue);
        form.put("fundingSource", "FISCAL");
        return form;
    }

    static long idOf(WebUser.Page created) {
        return Long.parseLong(created.location().replaceAll(".*/assets/(\\d+)$", "$1"));
    }

    @Test
    void theTreeLinksEachCategoryToItsParentWithTheDefaultLives() {
        long school = Demo.schoolId(jdbc);
        assertThat(Demo.count(jdbc, """
                SELECT p.id FROM assets.category c JOIN assets.category p ON p.id = c.parent_id
                WHERE c.code = '2200100' AND c.school_id = ?""", school)).isEqualTo(category("2200000"));
        assertThat(Demo.count(jdbc, "SELECT useful_life_months FROM assets.category WHERE code = '2010000' AND school_id = ?",
                school)).isEqualTo(72);
        assertThat(Demo.count(jdbc, """
                SELECT p.code FROM assets.category c JOIN assets.category p ON p.id = c.parent_id
                WHERE c.code = '3510000' AND c.school_id = ?""", school)).isEqualTo(3000000);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM assets.category WHERE code = '1010000' AND school_id = ?"
                + " AND NOT depreciable AND useful_life_months IS NULL", school)).isEqualTo(1);
    }

    @Test
    void aKeeperRegistersACardThatOpensWithItsHistoryAndDepreciation() {
        WebUser storekeeper = login("storekeeper");
        Map<String, String> form = card("测试投影仪", "2320000", "1", "6000.00");
        form.put("serialNo", "REG-TEST-0001");
        form.put("brand", "爱普生");
        form.put("powerKw", "0.3");
        WebUser.Page created = storekeeper.post("/assets", form);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        long id = idOf(created);
        String page = storekeeper.get("/assets/" + id).body();
        assertThat(page).containsPattern("ZC-\\d{4}-\\d{5}").contains("测试投影仪").contains("登记入账")
                .contains("6,000.00").contains("5 年");

        WebUser.Page again = storekeeper.post("/assets", form);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("已有资产使用这个序列号");

        Map<String, String> edit = new HashMap<>(form);
        edit.put("unitValue", "5800.00");
        edit.put("version", "0");
        assertThat(storekeeper.post("/assets/" + id, edit).status()).isEqualTo(302);
        assertThat(storekeeper.get("/assets/" + id).body()).contains("单价：6000 → 5800");
        assertThat(storekeeper.post("/assets/" + id, edit).status()).as("a stale form").isEqualTo(409);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM audit.log_entry WHERE entity = 'asset' AND entity_id = ?",
                String.valueOf(id))).isEqualTo(2);
    }

    @Test
    void badInputIsAnsweredAtTheFieldsWithNothingWritten() {
        WebUser storekeeper = login("storekeeper");
        long before = Demo.count(jdbc, "SELECT count(*) FROM assets.asset");
        Map<String, String> form = card("", "2010000", "0", "-1");
        form.put("purchasedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3).toString());
        WebUser.Page page = storekeeper.post("/assets", form);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("必填").contains("数值超出允许范围");
        Map<String, String> future = card("未来的电脑", "2010000", "1", "10");
        future.put("purchasedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3).toString());
        assertThat(storekeeper.post("/assets", future).body()).contains("购置日期不能晚于今天");
        assertThat(storekeeper.post("/assets", card("门类下的电脑", "2000000", "1", "10")).body())
                .contains("这是门类，请选择下面具体的资产类别");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM assets.asset")).isEqualTo(before);
    }

    @Test
    void aBatchCardSplitsIntoANewCardWithBothHistories() {
        WebUser director = login("director");
        long id = idOf(director.post("/assets", card("拆分测试课桌椅", "6010000", "40", "380")));
        WebUser.Page split = director.post("/assets/" + id + "/split", Map.of("quantity", "5", "version", "0"));
        assertThat(split.status()).isEqualTo(302);
        long newId = idOf(split);
        assertThat(Demo.count(jdbc, "SELECT quantity FROM assets.asset WHERE id = ?", id)).isEqualTo(35);
        assertThat(Demo.count(jdbc, "SELECT quantity FROM assets.asset WHERE id = ?", newId)).isEqualTo(5);
        assertThat(director.get("/assets/" + newId).body()).contains("拆分而来");
        assertThat(director.post("/assets/" + id + "/split", Map.of("quantity", "35", "version", "1")).status())
                .isEqualTo(409);
    }

    @Test
    void theRegistersExportKeepsAFormulaAsText() throws Exception {
        WebUser storekeeper = login("storekeeper");
        Map<String, String> form = card("=HYPERLINK(\"http://example.com\",\"导出测试\")", "2020000", "1", "100");
        assertThat(storekeeper.post("/assets", form).status()).isEqualTo(302);
        byte[] file = storekeeper.getBytes("/assets/export.xlsx?q=HYPERLINK");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(file))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            var cell = sheet.getRow(1).getCell(1);
            assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(cell.getStringCellValue()).startsWith("'=HYPERLINK");
        }
    }

    @Test
    void aTeacherSeesWhatSheHoldsButCannotRegisterOrOpenOthersCards() {
        WebUser teacher = login("teacher");
        assertThat(teacher.get("/assets/new").status()).isEqualTo(403);
        long director = idOf(login("director").post("/assets", card("他人的电脑", "2010000", "1", "5000")));
        assertThat(teacher.get("/assets/" + director).status()).isEqualTo(404);
        assertThat(teacher.get("/assets").status()).isEqualTo(200);
        assertThat(teacher.get("/assets").body()).doesNotContain("他人的电脑");
    }
}
