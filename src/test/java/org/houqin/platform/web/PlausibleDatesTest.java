package org.houqin.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/** A date typed a thousand years off is refused at its field, on the pages and on the API, and nothing is saved. */
class PlausibleDatesTest extends IntegrationTest {

    private static final String REFUSED = "日期应在 1950-01-01 至 2100-12-31 之间";

    private long id(String table, String code) {
        return Demo.count(jdbc, "SELECT id FROM " + table + " WHERE code = ? AND school_id = ?", code,
                Demo.schoolId(jdbc));
    }

    private Map<String, String> requisition(String neededOn) {
        Map<String, String> form = new HashMap<>();
        form.put("storeId", String.valueOf(id("warehouse.store", "MAIN")));
        form.put("purpose", "万年以后要用");
        form.put("neededOn", neededOn);
        form.put("submissionKey", UUID.randomUUID().toString());
        form.put("lines[0].itemId", String.valueOf(id("warehouse.item", "BG-003")));
        form.put("lines[0].quantity", "1");
        return form;
    }

    private Map<String, String> asset(String purchasedOn) {
        Map<String, String> form = new HashMap<>();
        form.put("name", "千年古董电脑");
        form.put("categoryId", String.valueOf(id("assets.category", "2010000")));
        form.put("purchasedOn", purchasedOn);
        form.put("quantity", "1");
        form.put("unitValue", "3000");
        form.put("fundingSource", "FISCAL");
        return form;
    }

    private static void refusedAtTheField(WebUser.Page page, String field) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains(REFUSED)
                .containsPattern("id=\"" + field + "\"[^>]*is-invalid|is-invalid[^>]*id=\"" + field + "\"");
    }

    @Test
    void aRequisitionNeededInTheYear10000IsRefusedOnTheFormAndOnTheApi() {
        WebUser teacher = login("teacher");
        refusedAtTheField(teacher.post("/warehouse/requisitions", requisition("+10000-01-01")), "neededOn");
        assertThat(teacher.post("/warehouse/requisitions", requisition("10000-01-01")).body()).contains("is-invalid");

        Map<String, String> form = requisition("+10000-01-01");
        String json = "{\"storeId\":" + form.get("storeId") + ",\"purpose\":\"接口万年领用\","
                + "\"neededOn\":\"+10000-01-01\",\"lines\":[{\"itemId\":" + form.get("lines[0].itemId")
                + ",\"quantity\":1}],\"submissionKey\":\"" + UUID.randomUUID() + "\"}";
        WebUser.Page api = teacher.sendJson("POST", "/api/v1/requisitions", json, null);
        assertThat(api.status()).as(api.body()).isEqualTo(400);
        assertThat(api.body()).contains("neededOn").contains(REFUSED);

        assertThat(Demo.count(jdbc, "SELECT count(*) FROM warehouse.requisition WHERE purpose IN (?, ?)",
                "万年以后要用", "接口万年领用")).isZero();
    }

    @Test
    void anAssetBoughtInTheYear1000IsRefusedAtItsField() {
        WebUser storekeeper = login("storekeeper");
        refusedAtTheField(storekeeper.post("/assets", asset("1000-01-01")), "purchasedOn");
        assertThat(login("director").post("/assets?lang=en", asset("1000-01-01")).body())
                .contains("Enter a date between 1950-01-01 and 2100-12-31");

        assertThat(Demo.count(jdbc, "SELECT count(*) FROM assets.asset WHERE name = '千年古董电脑'")).isZero();
    }
}
