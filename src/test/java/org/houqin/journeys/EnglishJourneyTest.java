package org.houqin.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.houqin.support.Browsers;
import org.houqin.support.Browsers.Viewport;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin walks every main page in English, then in Chinese: every page answers 200, no message is missing
 * (Thymeleaf shows a missing one as ??key_locale??) and, in English, the menu has no Chinese left in it.
 */
@Tag("slow")
@ExtendWith(Browsers.class)
class EnglishJourneyTest extends IntegrationTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** Thymeleaf's marker of a message key missing in the bundles, e.g. ??room.title_en??. */
    private static final Pattern MISSING = Pattern.compile("\\?\\?([^?\\s<>\"]+?)\\?\\?");
    private static final Set<String> SCREENSHOTS = Set.of("/", "/places/rooms", "/places/rooms/new", "/org/staff",
            "/admin/roles/{id}/edit");

    @Test
    void everyMainPageIsCompleteInEnglishAndInChinese() {
        Page page = Browsers.newPage(port, Viewport.DESKTOP);
        List<String> problems = new ArrayList<>();
        Set<String> missingKeys = new TreeSet<>();
        try {
            Browsers.login(page, "admin");
            page.navigate("/?lang=en");
            assertEquals("en", page.locator("html").getAttribute("lang"));

            page.navigate("/places/rooms");
            String roomLink = page.locator("#list-table tbody a[href^='/places/rooms/']").first().getAttribute("href");
            page.navigate("/admin/roles");
            String roleEdit = page.locator("main a[href$='/edit'][href^='/admin/roles/']").first().getAttribute("href");
            assertNotNull(roomLink, "a room to open");
            assertNotNull(roleEdit, "a role to edit");

            List<String[]> pages = new ArrayList<>();
            for (String path : List.of("/", "/places/buildings", "/places/rooms", roomLink, "/places/rooms/new",
                    "/places/rooms/import", "/org/departments", "/org/departments/new", "/org/staff", "/org/staff/new",
                    "/org/staff/import", "/org/classes", "/org/classes/new", "/org/semesters", "/admin/users",
                    "/admin/users/new", "/admin/roles", roleEdit, "/admin/audit", "/account/password",
                    "/account/tokens", "/notifications", "/settings")) {
                String shot = path.equals(roomLink) ? "/places/rooms/{id}"
                        : path.equals(roleEdit) ? "/admin/roles/{id}/edit" : path;
                pages.add(new String[] {path, shot});
            }

            for (String[] entry : pages) {
                String path = entry[0];
                Response response = page.navigate(path);
                if (response == null || response.status() != 200) {
                    problems.add("en " + path + ": HTTP " + (response == null ? "none" : response.status()));
                }
                checkMessages(page, "en", path, problems, missingKeys);
                String menu = page.locator("#sidebar").innerText();
                Matcher han = HAN.matcher(menu);
                if (han.find()) {
                    problems.add("en " + path + ": Chinese in the menu: " + menu.replaceAll("\\s+", " "));
                }
                if (!"en".equals(page.locator("html").getAttribute("lang"))) {
                    problems.add("en " + path + ": html lang is " + page.locator("html").getAttribute("lang"));
                }
                if (SCREENSHOTS.contains(entry[1])) {
                    Browsers.screenshot(page, "en" + (entry[1].equals("/") ? "-home"
                            : entry[1].replace("{id}", "id").replace('/', '-')) + "-desktop");
                }
            }

            page.navigate("/?lang=zh_CN");
            assertTrue(page.locator("html").getAttribute("lang").startsWith("zh"));
            for (String[] entry : pages) {
                String path = entry[0];
                Response response = page.navigate(path);
                if (response == null || response.status() != 200) {
                    problems.add("zh_CN " + path + ": HTTP " + (response == null ? "none" : response.status()));
                }
                checkMessages(page, "zh_CN", path, problems, missingKeys);
            }
        } finally {
            Browsers.close(page);
        }
        assertTrue(problems.isEmpty(), "missing keys " + missingKeys + "\n" + String.join("\n", problems));
    }

    /** Looks for ??…?? in the visible text and in the HTML (attributes such as placeholders and the title). */
    private static void checkMessages(Page page, String language, String path, List<String> problems,
                                      Set<String> missingKeys) {
        String text = page.locator("body").innerText();
        String html = page.content();
        Set<String> keys = new TreeSet<>();
        for (String source : List.of(text, html)) {
            Matcher missing = MISSING.matcher(source);
            while (missing.find()) {
                keys.add(missing.group(1));
            }
        }
        if (!keys.isEmpty() || text.contains("??")) {
            missingKeys.addAll(keys);
            problems.add(language + " " + path + ": missing messages " + (keys.isEmpty() ? "(?? in the text)" : keys));
        }
    }
}
