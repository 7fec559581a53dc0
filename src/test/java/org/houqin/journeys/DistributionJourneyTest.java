package org.houqin.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.houqin.support.Browsers;
import org.houqin.support.Browsers.Viewport;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 学期教材发放 at the store's counter: the storekeeper opens this semester's plan on the phone, picks 初三, hands
 * 初三(12)班 its exercise books and textbooks, and the class teacher signs on the screen; the class shows 已发放 and
 * 初三's summary counts one class more.
 */
@Tag("slow")
@ExtendWith(Browsers.class)
class DistributionJourneyTest extends IntegrationTest {

    private static final String CLASS = "初三(12)班";

    private static int issuedClasses(Page page) {
        return Integer.parseInt(page.locator("#grade-summary a", new Page.LocatorOptions().setHasText("初三"))
                .locator(".grade-issued").innerText().strip());
    }

    @Test
    void theStorekeeperHandsAClassItsBooksAndTheClassTeacherSignsOnThePhone() {
        String teacher = Demo.asSystem(() -> jdbc.sql("""
                SELECT s.name FROM organization.school_class c JOIN organization.grade g ON g.id = c.grade_id
                JOIN organization.staff s ON s.id = c.class_teacher_id
                WHERE g.name || c.name = ? AND c.school_id = ?""").params(CLASS, Demo.schoolId(jdbc))
                .query(String.class).single());
        Page keeper = Browsers.newPage(port, Viewport.PHONE);
        Page director = null;
        try {
            Browsers.login(keeper, "storekeeper");
            keeper.navigate("/warehouse/distributions");
            assertThat(keeper.locator("main h1")).hasText("学期教材发放");
            Browsers.screenshot(keeper, "distribution-list-phone");
            keeper.locator("#list-table tr", new Page.LocatorOptions().setHasText("第一学期 教材作业本发放"))
                    .locator("a").first().click();
            assertThat(keeper.locator("#distribution-status")).hasText("发放中");
            keeper.locator("#grade-tabs").getByText("初三").click();
            Locator row = keeper.locator(".class-row", new Page.LocatorOptions().setHasText(CLASS));
            assertThat(row.locator(".class-status")).hasText("待发放");
            int before = issuedClasses(keeper);
            Browsers.screenshot(keeper, "distribution-plan-phone");

            row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("发放").setExact(true)).click();
            assertThat(keeper.locator("main h1")).hasText(CLASS + " 发放");
            assertThat(keeper.locator("#receiverName")).hasValue(teacher);
            assertThat(keeper.locator("input[name='lines[0].quantity']")).not().hasValue("0");
            Browsers.sign(keeper, keeper.locator(".signature-pad canvas"));
            Browsers.screenshot(keeper, "distribution-handover-phone");
            keeper.getByText("确认发放").click();

            assertThat(keeper.locator(".alert-success")).containsText("已发放");
            Locator done = keeper.locator(".class-row", new Page.LocatorOptions().setHasText(CLASS));
            assertThat(done.locator(".class-status")).hasText("已发放");
            assertThat(issuedClasses(keeper)).isEqualTo(before + 1);
            Browsers.screenshot(keeper, "distribution-issued-phone");

            done.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(CLASS)).click();
            assertThat(keeper.locator("#class-status")).hasText("已发放");
            assertThat(keeper.locator("main img.signature-image")).isVisible();
            assertThat(keeper.locator("main")).containsText("李秀兰 发放，" + teacher + " 签领");
            Browsers.screenshot(keeper, "distribution-class-phone");

            keeper.navigate("/warehouse/distributions/new");
            assertThat(keeper.locator("select[name='lines[0].itemId']")).isVisible();
            Browsers.screenshot(keeper, "distribution-form-phone");
            director = Browsers.newPage(port, Viewport.DESKTOP);
            Browsers.login(director, "director");
            director.navigate("/warehouse/distributions");
            director.locator("#list-table tr", new Page.LocatorOptions().setHasText("第一学期 教材作业本发放"))
                    .locator("a").first().click();
            assertThat(director.locator("#item-summary")).isVisible();
            Browsers.screenshot(director, "distribution-plan-desktop");
        } finally {
            Browsers.close(keeper);
            Browsers.close(director);
        }
    }
}
