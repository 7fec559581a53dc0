package org.houqin.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.houqin.platform.time.SchoolClock;
import org.houqin.support.Browsers;
import org.houqin.support.Browsers.Viewport;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The logistics director, at her desk, copies 消防设施月检 from the library, rewrites an item for her school,
 * schedules it monthly at two rooms for the guard, and finds its rounds on the completion page.
 */
@Tag("slow")
@ExtendWith(Browsers.class)
class RoutinePlanJourneyTest extends IntegrationTest {

    @Autowired
    SchoolClock clock;

    @Test
    void theDirectorSchedulesTheMonthlyFireCheckForTheGuard() {
        Page page = Browsers.newPage(port, Viewport.DESKTOP);
        try {
            Browsers.login(page, "director");
            page.navigate("/routines/templates/library");
            assertThat(page.locator("main h1")).hasText("检查表模板库");
            Browsers.screenshot(page, "routines-library");
            page.getByLabel("复制到本校 消防设施月检").click();
            assertThat(page.locator(".alert-success")).containsText("已复制检查表");
            assertThat(page.locator("main h1")).hasText("消防设施月检");

            page.locator("main").getByText("编辑", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
                    .click();
            page.locator("input[name='items[1].text']").fill("灭火器放在走廊消防箱内，无遮挡（本校）");
            Browsers.screenshot(page, "routines-template-form");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存").setExact(true)).click();
            assertThat(page.locator("main")).containsText("灭火器放在走廊消防箱内，无遮挡（本校）");
            assertThat(page.locator("main")).containsText("v2");

            page.getByText("安排检查").click();
            page.locator("#name").fill("消防设施月检（两处）");
            page.locator("#cadenceKind").selectOption("MONTHLY");
            page.locator("#dayOfMonth").fill(String.valueOf(clock.today().getDayOfMonth()));
            page.locator("#dueAfterDays").fill("5");
            page.locator("#assigneeKind").selectOption("USER");
            page.locator("#assigneeUserId").selectOption(new SelectOption().setLabel("孙卫东"));
            page.locator("#roomIds").selectOption(new String[] {room("A-130"), room("F-03")});
            Browsers.screenshot(page, "routines-schedule-form");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存").setExact(true)).click();
            Browsers.screenshot(page, "routines-schedule-saved");
            assertThat(page.locator("main h1")).hasText("检查日程");
            assertThat(page.locator("main")).containsText("消防设施月检（两处）");
            assertThat(page.locator("main")).containsText("每月" + clock.today().getDayOfMonth() + "日");
            Browsers.screenshot(page, "routines-schedules");

            page.navigate("/routines/calendar");
            assertThat(page.locator("main")).containsText("国庆节");
            Browsers.screenshot(page, "routines-calendar");

            page.navigate("/routines/completion");
            page.locator("select[name=schedule]").selectOption(new SelectOption().setLabel("消防设施月检（两处）"));
            page.locator("select[name=group]").selectOption("PLACE");
            page.locator("#list-filters button[type=submit]").click();
            assertThat(page.locator("#completion-table tbody tr")).hasCount(2);
            assertThat(page.locator("#completion-table tbody")).containsText("A-130");
            assertThat(page.locator("#completion-table tbody")).containsText("F-03");
            assertThat(page.locator("#completion-table tfoot")).containsText("合计");
            Browsers.screenshot(page, "routines-completion");
        } finally {
            Browsers.close(page);
        }
    }

    private String room(String code) {
        return String.valueOf(Demo.count(jdbc, "SELECT id FROM places.room WHERE code = ? AND school_id = ?", code,
                Demo.schoolId(jdbc)));
    }
}
