package org.houqin.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.houqin.platform.security.SystemWork;
import org.houqin.support.Browsers;
import org.houqin.support.Browsers.Viewport;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.warehouse.MovementKind;
import org.houqin.warehouse.catalogue.Catalogue;
import org.houqin.warehouse.stock.StockLedger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 盘点 on a phone in the store room: the storekeeper starts a count of the 体育器材室, enters what she finds (one
 * ball short), submits; the 后勤主任 approves the difference and only then the stock shows one ball less.
 */
@Tag("slow")
@ExtendWith(Browsers.class)
class StocktakeJourneyTest extends IntegrationTest {

    @Autowired
    Catalogue catalogue;
    @Autowired
    StockLedger ledger;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aCountOnAPhoneChangesTheStockOnlyAfterApproval() {
        long school = Demo.schoolId(jdbc);
        long category = Demo.count(jdbc, "SELECT min(id) FROM warehouse.item_category WHERE school_id = ?", school);
        long ball = SystemWork.call(() -> transaction.execute(status -> {
            long store = catalogue.addStore(school, "SPORT", "体育器材室");
            long item = catalogue.addItem(school, "TY-001", "篮球", "7号", "个", category, BigDecimal.ZERO, store);
            catalogue.addItem(school, "TY-002", "跳绳", "竹节", "根", category, BigDecimal.ZERO, store);
            ledger.stockIn(school, MovementKind.RECEIPT, new StockLedger.Line(item, store, new BigDecimal("20"),
                    new BigDecimal("85"), LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(20), "QC", null, null, "期初"));
            return item;
        }));
        Page storekeeper = Browsers.newPage(port, Viewport.PHONE);
        Page director = Browsers.newPage(port, Viewport.DESKTOP);
        try {
            Browsers.login(storekeeper, "storekeeper");
            storekeeper.navigate("/warehouse/stocktakes");
            assertThat(storekeeper.locator("main h1")).hasText("盘点");
            storekeeper.getByText("新建盘点").click();
            storekeeper.locator("#storeId").selectOption(new SelectOption().setLabel("体育器材室"));
            storekeeper.locator("#note").fill("期中器材清点");
            storekeeper.getByText("开始盘点").click();
            assertThat(storekeeper.locator("#stocktake-status")).hasText("盘点中");
            assertThat(storekeeper.locator("#count-lines")).containsText("篮球");
            storekeeper.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("篮球 实盘数量")).fill("19");
            storekeeper.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("跳绳 实盘数量")).fill("0");
            Browsers.screenshot(storekeeper, "stocktake-count-phone");
            storekeeper.getByText("保存盘点数量").click();
            assertThat(storekeeper.locator("#stocktake-progress")).containsText("已盘 2 / 2 项，其中 1 项有差异");
            storekeeper.onDialog(dialog -> dialog.accept());
            storekeeper.locator("#stocktake-submit").click();
            assertThat(storekeeper.locator("#stocktake-status")).hasText("差异待审批");
            assertThat(ballsInStock(ball)).isEqualByComparingTo("20");

            Browsers.login(director, "director");
            director.navigate("/approvals");
            director.locator("tr", new Page.LocatorOptions().setHasText("体育器材室")).locator("a").first().click();
            assertThat(director.locator("main")).containsText("-1");
            Browsers.screenshot(director, "stocktake-approve-desktop");
            director.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("同意").setExact(true)).click();
            assertThat(director.locator("#stocktake-status")).hasText("已入账");
            assertThat(ballsInStock(ball)).isEqualByComparingTo("19");
        } finally {
            Browsers.close(storekeeper);
            Browsers.close(director);
        }
    }

    private BigDecimal ballsInStock(long item) {
        return Demo.asSystem(() -> jdbc.sql("SELECT quantity FROM warehouse.balance WHERE item_id = ?").param(item)
                .query(BigDecimal.class).single());
    }
}
