package org.houqin.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.ReducedMotion;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.houqin.support.Axe;
import org.houqin.support.Axe.Violation;
import org.houqin.support.Browsers;
import org.houqin.support.Browsers.Viewport;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Everyone can read Houqin's pages (WCAG 2.1 AA, GB/T 37668): axe-core finds nothing serious or critical on the main
 * page of every module, as the teacher, the director and the administrator see them, on a phone and at the office, with
 * the user menu and the phone's menu open too. A failure lists each element: page, rule, impact, target and what is
 * wrong. And a keyboard gets past the menu with one key.
 */
@Tag("slow")
@ExtendWith(Browsers.class)
class AccessibilityTest extends IntegrationTest {

    @Test
    void theTeachersPagesHaveNoSeriousBarrierOnHerPhoneOrAtTheOffice() {
        long repair = Demo.count(jdbc, """
                SELECT max(id) FROM repairs.request WHERE reporter_user_id = ?""", Demo.userId(jdbc, "teacher"));
        List<String> pages = List.of("/", "/repairs", "/repairs/" + repair, "/repairs/new", "/warehouse/requisitions",
                "/assets/mine", "/places/rooms", "/notifications");
        List<Violation> found = new ArrayList<>(scan("teacher", Viewport.PHONE, pages));
        found.addAll(scan("teacher", Viewport.DESKTOP, pages));
        assertNone(found);
    }

    @Test
    void theDirectorsPagesHaveNoSeriousBarrierAtTheOfficeOrOnHisPhone() {
        long asset = Demo.count(jdbc, "SELECT min(id) FROM assets.asset WHERE school_id = ?", Demo.schoolId(jdbc));
        List<Violation> found = new ArrayList<>(scan("director", Viewport.DESKTOP, List.of("/", "/repairs/board",
                "/repairs/stats", "/warehouse/stock", "/warehouse/items", "/approvals", "/assets", "/assets/" + asset,
                "/assets/stocktakes", "/org/staff", "/warehouse/reports/consumption")));
        found.addAll(scan("director", Viewport.PHONE, List.of("/", "/repairs/board", "/approvals", "/assets/" + asset)));
        assertNone(found);
    }

    @Test
    void theSafetyAndRoutinePagesHaveNoSeriousBarrierOnAPhoneOrAtTheOffice() {
        long school = Demo.schoolId(jdbc);
        long hazard = Demo.count(jdbc, "SELECT min(id) FROM safety.hazard WHERE school_id = ?", school);
        long drill = Demo.count(jdbc, "SELECT min(id) FROM safety.drill WHERE school_id = ?", school);
        long round = Demo.count(jdbc, """
                SELECT min(o.id) FROM routines.occurrence o WHERE o.school_id = ? AND o.record_id IS NULL
                AND o.assignee_user_id = ? AND o.opens_at <= now()""", school, Demo.userId(jdbc, "guard"));
        List<Violation> found = new ArrayList<>(scan("teacher", Viewport.PHONE, List.of("/safety/letters/mine",
                "/safety/hazards/new", "/routines/mine", "/safety/rules")));
        found.addAll(scan("guard", Viewport.PHONE, List.of("/routines/mine", "/routines/rounds/" + round)));
        found.addAll(scan("director", Viewport.DESKTOP, List.of("/safety/hazards", "/safety/hazards/" + hazard,
                "/safety/hazards/stats", "/routines/templates", "/routines/schedules", "/routines/calendar",
                "/routines/completion", "/routines/records", "/safety/letter-batches", "/safety/drills",
                "/safety/drills/" + drill)));
        found.addAll(scan("director", Viewport.PHONE, List.of("/safety/hazards/" + hazard, "/safety/drills/" + drill)));
        assertNone(found);
    }

    @Test
    void theAdministratorsPagesHaveNoSeriousBarrier() {
        assertNone(scan("admin", Viewport.DESKTOP, List.of("/settings", "/admin/audit", "/admin/users")));
    }

    @Test
    void aKeyboardSkipsTheMenuWithOneKey() {
        Page page = Browsers.newPage(port, Viewport.DESKTOP);
        try {
            Browsers.login(page, "director");
            page.navigate("/repairs");
            page.keyboard().press("Tab");
            Locator skip = page.locator("a.skip-link");
            assertThat(skip).isFocused();
            assertThat(skip).isVisible();
            assertThat(skip).hasText("跳到正文");
            page.keyboard().press("Enter");
            page.keyboard().press("Tab");
            assertEquals(true, page.evaluate("() => document.querySelector('main').contains(document.activeElement)"),
                    "the next Tab lands in the page's content, past every link of the menu");
        } finally {
            Browsers.close(page);
        }
    }

    /** Signs in once and checks each page as it loads, then the first page again with its menus open. */
    private List<Violation> scan(String username, Viewport viewport, List<String> paths) {
        Page page = Browsers.newPage(port, viewport);
        try {
            // the end of each transition, as a reader sees it, rather than colours halfway through it
            page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
            Browsers.login(page, username);
            List<Violation> found = new ArrayList<>();
            for (String path : paths) {
                Response response = page.navigate(path);
                assertEquals(200, response.status(), username + " opens " + path);
                found.addAll(Axe.seriousViolations(page, label(username, viewport, path)));
                Browsers.screenshot(page, "a11y-" + username + "-" + viewport.name().toLowerCase()
                        + path.replaceAll("[^a-z0-9]+", "-").replaceFirst("-$", ""));
            }
            page.navigate(paths.get(0));
            found.addAll(withMenusOpen(page, label(username, viewport, paths.get(0))));
            return found;
        } finally {
            Browsers.close(page);
        }
    }

    private static List<Violation> withMenusOpen(Page page, String label) {
        List<Violation> found = new ArrayList<>();
        if (page.locator("button.navbar-toggler").isVisible()) {
            page.locator("button.navbar-toggler").click();
            page.locator("#sidebar.show:not(.showing)").waitFor();
            found.addAll(Axe.seriousViolations(page, label + " (menu open)"));
            page.locator("#sidebar .btn-close").click();
            page.locator("#sidebar").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        }
        page.locator("#user-menu").click();
        page.locator("#user-menu + .dropdown-menu.show").waitFor();
        found.addAll(Axe.seriousViolations(page, label + " (user menu open)"));
        return found;
    }

    private static String label(String username, Viewport viewport, String path) {
        return username + "@" + viewport.name().toLowerCase() + " " + path;
    }

    private static void assertNone(List<Violation> found) {
        String report = found.stream().map(Violation::toString).collect(Collectors.joining("\n  "));
        String rules = found.stream().collect(Collectors.groupingBy(Violation::id, Collectors.counting())).toString();
        assertTrue(found.isEmpty(), found.size() + " serious or critical WCAG 2.1 A/AA violations " + rules + ":\n  "
                + report);
    }
}
