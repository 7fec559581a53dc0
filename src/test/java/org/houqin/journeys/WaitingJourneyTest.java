package org.houqin.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.houqin.support.Browsers;
import org.houqin.support.Browsers.Viewport;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On a phone: the principal finds the repairs escalated to the school under 待办 in the top bar, the longest waiting
 * first and told in days, and decides one; a teacher scanning a room's label while signed out signs in from the
 * guest page and lands on the room.
 */
@Tag("slow")
@ExtendWith(Browsers.class)
class WaitingJourneyTest extends IntegrationTest {

    /** A new request of the demo school, escalated by the director just now. */
    private String escalateANewRequest() {
        long id = Demo.count(jdbc, "SELECT max(id) FROM repairs.request WHERE status = 'NEW' AND school_id = ?",
                Demo.schoolId(jdbc));
        long version = Demo.count(jdbc, "SELECT version FROM repairs.request WHERE id = ?", id);
        WebUser.Page escalated = login("director").post("/repairs/" + id + "/escalate",
                Map.of("version", String.valueOf(version), "note", "需整体更换，费用较高，请学校决定"));
        assertEquals(302, escalated.status(), escalated.body());
        return Demo.asSystem(() -> jdbc.sql("SELECT number FROM repairs.request WHERE id = ?").param(id)
                .query(String.class).single());
    }

    @Test
    void thePrincipalFindsTheEscalatedRepairsUnderWaitingAndDecidesOne() {
        String number = escalateANewRequest();
        Page page = Browsers.newPage(port, Viewport.PHONE);
        try {
            Browsers.login(page, "principal");
            assertThat(page.locator("main")).containsText("待办");
            Locator badge = page.locator("#waiting-badge");
            assertThat(badge).isVisible();
            int before = Integer.parseInt(badge.locator(".badge").innerText().strip());
            badge.click();
            page.waitForURL(url -> Browsers.path(url).equals("/waiting"));

            page.locator("#waiting-kinds a[data-kind='repair-escalated']").click();
            page.waitForURL(url -> url.contains("kind=repair-escalated"));
            Locator rows = page.locator("#waiting-items tbody tr");
            assertThat(rows.first().locator("td[data-label='等待时长']")).hasText(Pattern.compile("已等 \\d+ 天"));
            assertThat(rows.last().locator("td[data-label='编号']")).hasText(number);
            assertThat(rows.last().locator("td[data-label='等待时长']")).hasText("已等 0 小时");
            assertThat(rows.last().locator("td[data-label='类型']")).containsText("上报学校");
            assertNoSidewaysScroll(page);
            Browsers.screenshot(page, "waiting-escalated-phone");

            rows.last().locator("a.btn").click();
            page.waitForURL(url -> Browsers.path(url).startsWith("/repairs/"));
            page.locator("form[action$='/decide'] textarea[name='note']").fill("同意更换，从维修经费列支");
            page.locator("form[action$='/decide'] button[type=submit]").click();
            page.waitForURL(url -> Browsers.path(url).startsWith("/repairs/"));
            assertThat(page.locator("#waiting-badge .badge")).hasText(String.valueOf(before - 1));

            page.locator("#waiting-badge").click();
            page.waitForURL(url -> Browsers.path(url).equals("/waiting"));
            assertThat(page.locator("#waiting-items")).not().containsText(number);
        } finally {
            Browsers.close(page);
        }
    }

    @Test
    void aTeacherScanningARoomLabelSignsInAndLandsOnTheRoom() {
        Map<String, Object> room = Demo.asSystem(() -> jdbc.sql("""
                SELECT r.id, r.qr_token, r.code FROM places.room r
                JOIN iam.app_user u ON u.staff_id = r.responsible_staff_id
                WHERE u.username = 'teacher' ORDER BY r.id LIMIT 1""").query().singleRow());
        Page page = Browsers.newPage(port, Viewport.PHONE);
        try {
            page.navigate("/q/" + room.get("qr_token"));
            page.waitForURL(url -> Browsers.path(url).startsWith("/r/"));
            Locator signIn = page.locator("#staff-sign-in");
            assertThat(signIn).hasText("教职工登录");
            Browsers.screenshot(page, "label-guest-phone");
            signIn.click();

            page.waitForURL(url -> Browsers.path(url).equals("/login"));
            page.locator("#username").fill("teacher");
            page.locator("#password").fill("houqin");
            page.locator("form button[type=submit]").click();
            page.waitForURL(url -> Browsers.path(url).equals("/places/rooms/" + room.get("id")));
            assertThat(page.locator("main h1")).containsText(String.valueOf(room.get("code")));
            assertNoSidewaysScroll(page);
            Browsers.screenshot(page, "label-signed-in-room-phone");
        } finally {
            Browsers.close(page);
        }
    }

    private static void assertNoSidewaysScroll(Page page) {
        Object fits = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1");
        assertTrue(Boolean.TRUE.equals(fits), "the page fits a 390 px phone without scrolling sideways");
    }
}
