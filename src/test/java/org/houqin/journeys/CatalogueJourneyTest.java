package org.houqin.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.houqin.support.Browsers;
import org.houqin.support.Browsers.Viewport;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The storekeeper, on a phone in the store room, adds the new exam paper to the catalogue, finds it again, looks at
 * the A4 paper's ledger and receives ten packs of the new paper.
 */
@Tag("slow")
@ExtendWith(Browsers.class)
class CatalogueJourneyTest extends IntegrationTest {

    @Test
    void theStorekeeperAddsAnItemOnAPhone() {
        Page page = Browsers.newPage(port, Viewport.PHONE);
        try {
            Browsers.login(page, "storekeeper");
            page.navigate("/warehouse/items");
            assertThat(page.locator("main h1")).hasText("物品目录");
            Browsers.screenshot(page, "warehouse-items-phone");
            page.getByText("新增物品").click();
            page.locator("#code").fill("BG-950");
            page.locator("#name").fill("试卷纸");
            page.locator("#specification").fill("8K 500张/包");
            page.locator("#unit").fill("包");
            page.locator("#categoryId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("办公用品"));
            page.locator("#defaultStoreId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("文印室"));
            page.locator("#reorderPoint").fill("30");
            Browsers.screenshot(page, "warehouse-item-form-phone");
            page.getByText("保存").click();
            assertThat(page.locator(".alert-success")).containsText("已保存");
            page.locator("input[name=q]").fill("试卷纸");
            page.locator("#list-filters button[type=submit]").click();
            assertThat(page.locator("#list-table tbody tr")).hasCount(1);
            assertThat(page.locator("#list-table tbody")).containsText("BG-950");
            assertThat(page.locator("#list-table tbody")).containsText("文印室");

            // the stock it joins: A4 paper in the print room, with its ledger behind it
            page.navigate("/warehouse/stock?q=BG-001");
            assertThat(page.locator("#list-table tbody")).containsText(java.util.regex.Pattern.compile("\\d+ 包"));
            Browsers.screenshot(page, "warehouse-stock-phone");
            page.locator("#list-table tbody a").first().click();
            assertThat(page.locator("main")).containsText("RQ-");
            Browsers.screenshot(page, "warehouse-ledger-phone");

            // the new paper arrives: a receipt of 10 packs at 20 元 puts it in stock
            page.navigate("/warehouse/receipts/new");
            page.locator("#storeId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("文印室"));
            page.locator("select[name='lines[0].itemId']").selectOption(new com.microsoft.playwright.options.SelectOption()
                    .setLabel("BG-950 试卷纸 8K 500张/包 (包)"));
            page.locator("input[name='lines[0].quantity']").fill("10");
            page.locator("input[name='lines[0].unitPrice']").fill("20");
            page.locator("#supplier").fill("城区文具批发部");
            Browsers.screenshot(page, "warehouse-receipt-form-phone");
            page.getByText("确认入库").click();
            assertThat(page.locator("main h1")).containsText("RK-");
            assertThat(page.locator("main")).containsText("200.00");
            page.navigate("/warehouse/stock?q=BG-950");
            assertThat(page.locator("#list-table tbody")).containsText("10 包");
        } finally {
            Browsers.close(page);
        }
    }
}
