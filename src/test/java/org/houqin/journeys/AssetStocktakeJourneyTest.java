package org.houqin.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.houqin.assets.AssetStocktakeTest;
import org.houqin.support.Browsers;
import org.houqin.support.Browsers.Viewport;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 清查盘点 on a phone: the storekeeper starts a campaign over one category, scans room A-106, then the assets she
 * finds there — one of them belongs in A-107 — finishes the room with one asset not found, finishes the count, and
 * the report lists the missing asset and the misplaced one.
 */
@Tag("slow")
@ExtendWith(Browsers.class)
class AssetStocktakeJourneyTest extends IntegrationTest {

    @Test
    void aRoomIsCountedOnAPhoneAndTheReportShowsWhatIsMissingAndMisplaced() {
        WebUser keeperApi = login("storekeeper");
        long category = AssetStocktakeTest.category(jdbc, "9940000", "旅程清查器材");
        String board = AssetStocktakeTest.register(keeperApi, jdbc, category, "旅程白板", "A-106", "1200");
        String chair = AssetStocktakeTest.register(keeperApi, jdbc, category, "旅程讲台椅", "A-106", "300");
        String lamp = AssetStocktakeTest.register(keeperApi, jdbc, category, "旅程台灯", "A-107", "150");

        Page phone = Browsers.newPage(port, Viewport.PHONE);
        try {
            Browsers.login(phone, "storekeeper");
            phone.navigate("/assets/stocktakes");
            assertThat(phone.locator("main h1")).hasText("资产清查盘点");
            phone.getByText("新建清查").click();
            phone.locator("#name").fill("旅程清查");
            phone.getByLabel("旅程清查器材").check();
            phone.getByText("开始清查").click();
            assertThat(phone.locator("#campaign-status")).hasText("盘点中");
            phone.locator("main").getByText("扫码盘点").first().click();

            var ok = phone.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("确定").setExact(true));
            phone.locator("#scan-code").fill("A-106");
            ok.click();
            assertThat(phone.locator("#scan-message")).containsText("已进入");
            assertThat(phone.locator("#current-room")).containsText("A-106");
            phone.locator("#scan-code").fill(board);
            ok.click();
            assertThat(phone.locator("#scan-message")).containsText("账实相符");
            phone.locator("#scan-code").fill(lamp);
            ok.click();
            assertThat(phone.locator("#scan-message")).containsText("位置不符");
            assertThat(phone.locator("#open-list")).containsText("旅程讲台椅");
            Browsers.screenshot(phone, "asset-stocktake-scan-phone");

            phone.onDialog(dialog -> dialog.accept());
            phone.getByText("本房间清点完毕").click();
            assertThat(phone.locator("#scan-message")).containsText("1 项未找到记为盘亏");
            phone.navigate(phone.url().replaceAll("/scan.*$", ""));
            phone.getByText("结束盘点").click();

            assertThat(phone.locator("#report-summary")).containsText("位置不符 1 项；盘亏 1 项");
            assertThat(phone.locator("#missing-table")).containsText(chair);
            assertThat(phone.locator("#misplaced-table")).containsText(lamp);
            assertThat(phone.locator("#misplaced-table")).containsText("A-106");
            Browsers.screenshot(phone, "asset-stocktake-report-phone");
        } finally {
            Browsers.close(phone);
        }
    }

    @Test
    void aSecondScanAsksWhichRoomIsRightABatchCardAsksHowManyAndTheBoardFitsAPhone() {
        WebUser keeperApi = login("storekeeper");
        long category = AssetStocktakeTest.category(jdbc, "9970000", "旅程批量清查");
        String cabinet = AssetStocktakeTest.register(keeperApi, jdbc, category, "旅程资料柜", "A-201", "900");
        String desks = AssetStocktakeTest.register(keeperApi, jdbc, category, "旅程课桌椅", "A-202", "200", 44);
        AssetStocktakeTest.register(keeperApi, jdbc, category, "旅程讲台", "A-203", "400");

        Page phone = Browsers.newPage(port, Viewport.PHONE);
        try {
            Browsers.login(phone, "storekeeper");
            phone.navigate("/assets/stocktakes/new");
            phone.locator("#name").fill("旅程批量清查");
            phone.getByLabel("旅程批量清查").check();
            phone.getByText("开始清查").click();
            assertThat(phone.locator("#campaign-status")).hasText("盘点中");
            String board = phone.url();
            phone.locator("main").getByText("扫码盘点").first().click();
            var ok = phone.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("确定").setExact(true));

            phone.locator("#scan-code").fill("A-201");
            ok.click();
            phone.locator("#scan-code").fill(cabinet);
            ok.click();
            assertThat(phone.locator("#scan-message")).containsText("账实相符");
            phone.locator("#scan-code").fill("A-202");
            ok.click();
            phone.locator("#scan-code").fill(cabinet);
            ok.click();
            assertThat(phone.locator("#scan-message")).containsText("已在 教学楼 A-201");
            assertThat(phone.locator("#scan-prompt")).containsText("仍记在 教学楼 A-201");
            Browsers.screenshot(phone, "asset-stocktake-counted-elsewhere-phone");
            phone.locator("#scan-prompt").getByText("仍记在 教学楼 A-201").click();
            assertThat(phone.locator("#scan-prompt")).hasCount(0);

            phone.locator("#scan-code").fill(desks);
            ok.click();
            assertThat(phone.locator("#scan-message")).containsText("共 44 件");
            assertThat(phone.locator("#counted")).hasValue("44");
            Browsers.screenshot(phone, "asset-stocktake-batch-quantity-phone");
            phone.locator("#counted").fill("41");
            phone.getByText("确认数量").click();
            assertThat(phone.locator("#scan-message")).containsText("短少 3 件记为部分盘亏");
            assertThat(phone.locator("#scanned-list")).containsText("清点 41 / 44");
            Browsers.screenshot(phone, "asset-stocktake-batch-counted-phone");

            phone.navigate(board);
            assertThat(phone.locator("#room-list li")).hasCount(3);
            for (int i = 0; i < 3; i++) {
                double height = phone.locator("#room-list li").nth(i).boundingBox().height;
                org.assertj.core.api.Assertions.assertThat(height).as("one line per room").isLessThan(48);
            }
            double page = ((Number) phone.evaluate("document.documentElement.scrollHeight")).doubleValue();
            org.assertj.core.api.Assertions.assertThat(page).as("the campaign fits a phone's screen").isLessThanOrEqualTo(844);
            Browsers.screenshot(phone, "asset-stocktake-board-phone");
            phone.navigate(board + "/report");
            assertThat(phone.locator("#partly-lost-table")).containsText("41 / 44");
            Browsers.screenshot(phone, "asset-stocktake-report-partly-lost-phone");
            phone.setViewportSize(1280, 800);
            Browsers.screenshot(phone, "asset-stocktake-report-partly-lost-desktop");
            phone.navigate(board);
            Browsers.screenshot(phone, "asset-stocktake-board-desktop");
            phone.navigate(board + "/scan");
            Browsers.screenshot(phone, "asset-stocktake-scan-desktop");
        } finally {
            Browsers.close(phone);
        }
    }
}
