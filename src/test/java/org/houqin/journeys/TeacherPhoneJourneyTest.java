package org.houqin.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.houqin.support.Browsers;
import org.houqin.support.Browsers.Viewport;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 杨佳怡, class teacher of 初一(1)班, on her phone: the menu offers only places, admin pages say 没有权限, and the
 * room list holds only the classroom she is responsible for.
 */
@Tag("slow")
@ExtendWith(Browsers.class)
class TeacherPhoneJourneyTest extends IntegrationTest {

    private static final String TEACHER = "杨佳怡";

    @Test
    void teacherSeesOnlyHerPlacesOnHerPhone() {
        Page page = Browsers.newPage(port, Viewport.PHONE);
        try {
            Browsers.login(page, "teacher");
            assertThat(page.locator("main h1")).containsText(TEACHER);
            Locator sidebar = page.locator("#sidebar");
            assertThat(sidebar).isHidden();
            Browsers.screenshot(page, "teacher-home-phone");

            // the menu behind the navbar toggler
            page.locator("button.navbar-toggler").click();
            assertThat(sidebar).hasClass(Pattern.compile("\\bshow\\b"));
            page.locator("#sidebar.show:not(.showing)").waitFor();
            assertThat(sidebar).isVisible();
            List<String> entries = sidebar.locator("a.menu-link").allInnerTexts().stream()
                    .map(String::strip).toList();
            assertTrue(entries.stream().anyMatch(e -> e.endsWith("楼栋")), "menu: " + entries);
            assertTrue(entries.stream().anyMatch(e -> e.endsWith("房间")), "menu: " + entries);
            String menu = sidebar.innerText();
            for (String forbidden : List.of("用户管理", "角色与权限", "教职工", "操作日志", "部门")) {
                assertFalse(menu.contains(forbidden), forbidden + " must not be offered to a teacher; menu: " + menu);
            }
            Browsers.screenshot(page, "teacher-menu-phone");

            // a page she may not open
            Response forbidden = page.navigate("/admin/users");
            assertEquals(403, forbidden.status());
            assertThat(page.locator("main")).containsText("没有权限");

            // her rooms
            page.navigate("/places/rooms");
            assertThat(page.locator("main h1")).hasText("房间");
            Locator rows = page.locator("#list-table tbody tr");
            int count = rows.count();
            assertTrue(count >= 1 && count < 5, "the teacher sees only her own rooms, saw " + count);
            assertThat(rows.locator("td[data-label='名称']").first()).isVisible();
            List<String> names = rows.locator("td[data-label='名称']").allInnerTexts();
            assertTrue(names.contains("初一(1)班教室"), "her classroom is listed: " + names);
            for (String responsible : rows.locator("td[data-label='责任人']").allInnerTexts()) {
                assertEquals(TEACHER, responsible.strip(), "every listed room is hers");
            }
            Browsers.screenshot(page, "teacher-rooms-phone");

            // 我要报修 without a room: the long room list narrowed by building or by a search
            page.navigate("/repairs/new");
            Locator rooms = page.locator("#roomId option:not([value=''])");
            int everyRoom = rooms.count();
            assertTrue(everyRoom > 50, "the school's rooms: " + everyRoom);
            page.locator("#room-building").selectOption("教学楼");
            int inBuilding = rooms.count();
            assertTrue(inBuilding > 0 && inBuilding < everyRoom, "教学楼 only: " + inBuilding);
            assertThat(page.locator("#roomId optgroup")).hasCount(1);
            page.locator("#room-search").fill("A-101");
            assertThat(rooms).hasCount(1);
            assertEquals(rooms.first().getAttribute("value"), page.locator("#roomId").inputValue(),
                    "the one room left is chosen");
            assertThat(page.locator("#roomId")).containsText("初一(1)班教室");
            Browsers.screenshot(page, "teacher-report-room-search-phone");
            page.locator("#room-search").fill("");
            page.locator("#room-building").selectOption("");
            assertEquals(everyRoom, rooms.count(), "every room back");
        } finally {
            Browsers.close(page);
        }
    }
}
