package org.houqin.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

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
 * 领用 as it happens: a teacher asks for two reams of A4 on her phone, the head of her grade group approves it from
 * his inbox, the storekeeper issues it on the store's tablet and the teacher signs there; the stock drops by two and
 * the grade group's consumption this semester shows them.
 */
@Tag("slow")
@ExtendWith(Browsers.class)
class RequisitionJourneyTest extends IntegrationTest {

    private static final String PURPOSE = "初一（2）班期中复习卷印制";

    @Autowired
    Catalogue catalogue;
    @Autowired
    StockLedger ledger;
    @Autowired
    TransactionTemplate transaction;

    /** 复习纸 whose usual store is the print room, where none is left; the main store holds 12. */
    private String testPaperOnlyInTheMainStore() {
        long school = Demo.schoolId(jdbc);
        String code = "RQJ-" + (System.nanoTime() % 1_000_000);
        long category = Demo.count(jdbc, "SELECT min(id) FROM warehouse.item_category WHERE school_id = ?", school);
        long print = Demo.count(jdbc, "SELECT id FROM warehouse.store WHERE code = 'PRINT' AND school_id = ?", school);
        long main = Demo.count(jdbc, "SELECT id FROM warehouse.store WHERE code = 'MAIN' AND school_id = ?", school);
        String name = "旅程复习纸" + code.substring(4);
        SystemWork.run(() -> transaction.executeWithoutResult(status -> {
            long item = catalogue.addItem(school, code, name, "8K", "包", category, BigDecimal.ZERO, print);
            ledger.stockIn(school, MovementKind.RECEIPT, new StockLedger.Line(item, main, new BigDecimal("12"),
                    BigDecimal.TEN, java.time.LocalDate.now().minusDays(30), "QC", null, null, "期初"));
        }));
        return name;
    }

    private BigDecimal paperInPrintRoom() {
        return Demo.asSystem(() -> jdbc.sql("""
                SELECT b.quantity FROM warehouse.balance b JOIN warehouse.item i ON i.id = b.item_id
                JOIN warehouse.store s ON s.id = b.store_id
                WHERE i.code = 'BG-001' AND s.code = 'PRINT' AND b.school_id = ?""").param(Demo.schoolId(jdbc))
                .query(BigDecimal.class).single());
    }

    /** The grade group's A4 paper this semester in the consumption report, as the storekeeper sees it. */
    private BigDecimal gradeGroupPaper(Page page) {
        long paper = Demo.count(jdbc, "SELECT id FROM warehouse.item WHERE code = 'BG-001' AND school_id = ?",
                Demo.schoolId(jdbc));
        page.navigate("/warehouse/reports/consumption?by=DEPARTMENT&item=" + paper);
        var row = page.locator("#consumption-table tr", new Page.LocatorOptions().setHasText("初一年级组"));
        return new BigDecimal(row.locator("td").nth(1).innerText().replace("包", "").strip());
    }

    private static BigDecimal usageThisTerm(Page page) {
        return new BigDecimal(page.locator("#requisition-lines td.usage-this").first().innerText().strip());
    }

    @Test
    void aTeacherGetsTwoReamsOfPaperThroughApprovalAndSignsForThem() {
        BigDecimal before = paperInPrintRoom();
        Page storekeeper = Browsers.newPage(port, Viewport.DESKTOP);
        Browsers.login(storekeeper, "storekeeper");
        BigDecimal reportedBefore = gradeGroupPaper(storekeeper);
        Page teacher = Browsers.newPage(port, Viewport.PHONE);
        Page leader = Browsers.newPage(port, Viewport.DESKTOP);
        try {
            Browsers.login(teacher, "teacher");
            teacher.navigate("/warehouse/requisitions");
            assertThat(teacher.locator("main h1")).hasText("领用申请");
            teacher.getByText("我要领用").first().click();
            teacher.locator("select[name='lines[0].itemId']").selectOption(new SelectOption().setLabel("A4 复印纸 70g 500张/包 (包)"));
            teacher.locator("input[name='lines[0].quantity']").fill("2");
            teacher.locator("#purpose").fill(PURPOSE);
            teacher.locator("#storeId").selectOption(new SelectOption().setLabel("文印室"));
            Browsers.screenshot(teacher, "requisition-form-phone");
            teacher.getByText("提交审批").click();
            assertThat(teacher.locator("#requisition-status")).hasText("审批中");
            String number = teacher.locator("main h1 span").first().innerText().strip();
            assertThat(number).matches("RQ-\\d{4}-\\d{5}");
            Browsers.screenshot(teacher, "requisition-submitted-phone");

            Browsers.login(leader, "leader");
            assertThat(leader.locator("#waiting-badge .badge")).isVisible();
            leader.navigate("/approvals");
            Browsers.screenshot(leader, "approvals-inbox-desktop");
            leader.locator("tr", new Page.LocatorOptions().setHasText(number)).locator("a").first().click();
            assertThat(leader.locator("main")).containsText(PURPOSE);
            assertThat(leader.locator("main")).containsText("本学期已领");
            BigDecimal usedBefore = usageThisTerm(leader);
            Browsers.screenshot(leader, "requisition-approve-desktop");
            leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("同意").setExact(true)).click();
            assertThat(leader.locator("#requisition-status")).hasText("待发放");

            storekeeper.navigate("/warehouse/requisitions?view=ISSUE");
            storekeeper.locator("a", new Page.LocatorOptions().setHasText(number)).first().click();
            storekeeper.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("发放").setExact(true)).click();
            assertThat(storekeeper.locator("input[name='lines[0].quantity']")).hasValue("2");
            assertThat(storekeeper.locator("#receiverName")).hasValue("杨佳怡");
            Browsers.sign(storekeeper, storekeeper.locator(".signature-pad canvas"));
            Browsers.screenshot(storekeeper, "requisition-issue-tablet");
            storekeeper.getByText("确认发放").click();
            assertThat(storekeeper.locator("#requisition-status")).hasText("已发放");
            assertThat(storekeeper.locator("main")).containsText("李秀兰 发放，杨佳怡 领取");
            assertThat(storekeeper.locator("main img.signature-image")).isVisible();
            Browsers.screenshot(storekeeper, "requisition-issued-desktop");

            assertThat(paperInPrintRoom()).isEqualByComparingTo(before.subtract(BigDecimal.valueOf(2)));
            storekeeper.navigate("/warehouse/stock?q=BG-001");
            assertThat(storekeeper.locator("#list-table tbody"))
                    .containsText(before.subtract(BigDecimal.valueOf(2)).stripTrailingZeros().toPlainString() + " 包");

            assertThat(gradeGroupPaper(storekeeper)).isEqualByComparingTo(reportedBefore.add(BigDecimal.valueOf(2)));
            Browsers.screenshot(storekeeper, "report-consumption-desktop");

            leader.reload();
            assertThat(leader.locator("#requisition-status")).hasText("已发放");
            assertThat(usageThisTerm(leader)).isEqualByComparingTo(usedBefore.add(BigDecimal.valueOf(2)));

            teacher.reload();
            assertThat(teacher.locator("#requisition-status")).hasText("已发放");
            Browsers.screenshot(teacher, "requisition-issued-phone");
        } finally {
            Browsers.close(teacher);
            Browsers.close(leader);
            Browsers.close(storekeeper);
        }
    }

    @Test
    void theStockShowsWhileChoosingAndTheStorekeeperIssuesFromTheMainStoreInOneStep() {
        String paper = testPaperOnlyInTheMainStore();
        Page teacher = Browsers.newPage(port, Viewport.PHONE);
        Page leader = Browsers.newPage(port, Viewport.DESKTOP);
        Page storekeeper = Browsers.newPage(port, Viewport.DESKTOP);
        leader.setViewportSize(1280, 800);
        storekeeper.setViewportSize(1280, 800);
        try {
            Browsers.login(teacher, "teacher");
            teacher.navigate("/warehouse/requisitions/new");
            teacher.locator("select[name='lines[0].itemId']").selectOption(new SelectOption().setLabel(paper + " 8K (包)"));
            assertThat(teacher.locator(".line-stock").first()).containsText("总仓库 12 包");
            assertThat(teacher.locator(".line-stock").first()).containsText("文印室 0 包");
            assertThat(teacher.locator("#storeId option:checked")).hasText("文印室");
            teacher.locator("input[name='lines[0].quantity']").fill("3");
            teacher.locator("#purpose").fill("期末试卷印制");
            teacher.getByText("提交审批").click();
            assertThat(teacher.locator("main")).containsText("文印室现有 0 包，不够申请的数量");
            Browsers.screenshot(teacher, "requisition-shortage-warning-phone");
            teacher.setViewportSize(1280, 800);
            Browsers.screenshot(teacher, "requisition-shortage-warning-desktop");
            teacher.setViewportSize(390, 844);
            teacher.getByLabel("库存不足也提交").check();
            teacher.getByText("提交审批").click();
            assertThat(teacher.locator("#requisition-status")).hasText("审批中");
            assertThat(teacher.locator("#requisition-shortage")).containsText("1 项超出文印室的现有库存");
            String number = teacher.locator("main h1 span").first().innerText().strip();
            Browsers.screenshot(teacher, "requisition-shortage-submitted-phone");

            Browsers.login(leader, "leader");
            leader.navigate("/approvals");
            leader.locator("tr", new Page.LocatorOptions().setHasText(number)).locator("a").first().click();
            assertThat(leader.locator("#requisition-shortage")).containsText("1 项超出文印室的现有库存");
            assertThat(leader.locator("#requisition-lines")).containsText("其他仓库有：总仓库 12 包");
            Browsers.screenshot(leader, "requisition-shortage-approve-desktop");
            leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("同意").setExact(true)).click();
            assertThat(leader.locator("#requisition-status")).hasText("待发放");

            Browsers.login(storekeeper, "storekeeper");
            storekeeper.navigate("/warehouse/requisitions?view=ISSUE");
            storekeeper.locator("a", new Page.LocatorOptions().setHasText(number)).first().click();
            storekeeper.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("发放").setExact(true)).click();
            assertThat(storekeeper.locator("select.issue-source option:checked")).containsText("从总仓库调拨后发放");
            assertThat(storekeeper.locator("input[name='lines[0].quantity']")).hasValue("3");
            Browsers.sign(storekeeper, storekeeper.locator(".signature-pad canvas"));
            Browsers.screenshot(storekeeper, "requisition-issue-from-main-desktop");
            storekeeper.setViewportSize(390, 844);
            Browsers.screenshot(storekeeper, "requisition-issue-from-main-phone");
            storekeeper.setViewportSize(1280, 800);
            storekeeper.getByText("确认发放").click();
            assertThat(storekeeper.locator("#requisition-status")).hasText("已发放");
            assertThat(storekeeper.locator("main .issued-via")).containsText("自总仓库调拨");
            Browsers.screenshot(storekeeper, "requisition-issued-from-main-desktop");
            storekeeper.locator("main .issued-via a").click();
            assertThat(storekeeper.locator("main")).containsText(number);
            assertThat(storekeeper.locator("main")).containsText("总仓库");
        } finally {
            Browsers.close(teacher);
            Browsers.close(leader);
            Browsers.close(storekeeper);
        }
    }
}
