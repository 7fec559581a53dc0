package org.houqin.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Page;
import org.houqin.support.Browsers;
import org.houqin.support.Browsers.Viewport;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Typing into a list's search box narrows the table in place; sorting keeps the search; export follows both. */
@Tag("slow")
@ExtendWith(Browsers.class)
class StaffSearchJourneyTest extends IntegrationTest {

    @Test
    void searchingAndSortingTheStaffListSwapsOnlyTheTable() {
        Page page = Browsers.newPage(port, Viewport.DESKTOP);
        try {
            Browsers.login(page, "admin");
            page.navigate("/org/staff");
            page.locator("input[name=q]").pressSequentially("李", new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(40));
            page.waitForTimeout(900);
            page.locator("input[name=q]").pressSequentially("秀兰", new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(40));
            assertThat(page.locator("#list-table tbody tr")).hasCount(1);
            assertThat(page.locator("#list-table")).hasCount(1);
            assertThat(page.locator("#list-table tbody")).containsText("李秀兰");
            String url = URLDecoder.decode(page.url(), StandardCharsets.UTF_8);
            assertEquals(1, url.split("q=", -1).length - 1, "one search parameter in " + url);
            assertTrue(url.contains("q=李秀兰"), url);

            page.locator("a.sort-link", new Page.LocatorOptions().setHasText("姓名")).click();
            page.waitForURL("**sort=name**");
            assertThat(page.locator("#list-table tbody tr")).hasCount(1);
            String export = (String) page.evaluate("() => { const a = document.querySelector('a[data-export]');"
                    + " a.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true})); return a.href; }");
            String decoded = URLDecoder.decode(export, StandardCharsets.UTF_8);
            assertTrue(decoded.contains("q=李秀兰") && decoded.contains("sort=name"), decoded);
        } finally {
            Browsers.close(page);
        }
    }
}
