package org.houqin.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.houqin.support.Browsers;
import org.houqin.support.Browsers.Viewport;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 系统管理员 in the Chinese UI: finds 楼栋 in the menu, creates a building and a room in it (after one failed save),
 * sees the room's QR code and prints its label.
 */
@Tag("slow")
@ExtendWith(Browsers.class)
class AdminPlacesJourneyTest extends IntegrationTest {

    /** 自/生/用/黑 are the characters PDF text extraction once turned into Kangxi radicals. */
    private static final String ROOM_NAME = "自用生物黑板室";

    @Test
    void adminCreatesABuildingAndARoomAndPrintsItsQrLabel() throws IOException {
        String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1000, 10000));
        String buildingCode = "J" + suffix;
        String buildingName = "科技楼" + suffix;
        String roomCode = buildingCode + "-201";

        Page page = Browsers.newPage(port, Viewport.DESKTOP);
        long buildingId;
        long roomId;
        try {
            Browsers.login(page, "admin");

            // 楼栋 through the menu
            page.locator("#sidebar a.menu-link", new Page.LocatorOptions().setHasText("楼栋")).click();
            page.waitForURL(url -> Browsers.path(url).equals("/places/buildings"));
            assertThat(page.locator("main h1")).hasText("楼栋");
            assertThat(page.locator("#sidebar a.menu-link.active")).containsText("楼栋");
            Browsers.screenshot(page, "admin-buildings-desktop");

            // 新建楼栋
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新建楼栋")).click();
            page.waitForURL(url -> Browsers.path(url).equals("/places/buildings/new"));
            assertThat(page.locator("label[for=code]")).hasText("楼栋代码");
            assertThat(page.locator("label[for=name]")).hasText("楼栋名称");
            assertThat(page.locator("label[for=floorsAbove]")).hasText("地上层数");
            page.locator("#code").fill(buildingCode);
            page.locator("#name").fill(buildingName);
            page.locator("#floorsAbove").fill("3");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
            page.waitForURL(url -> Browsers.path(url).equals("/places/rooms"));
            assertThat(page.locator(".alert-success")).containsText("已保存");
            Matcher building = Pattern.compile("[?&]building=(\\d+)").matcher(page.url());
            assertTrue(building.find(), "the rooms list of the new building: " + page.url());
            buildingId = Long.parseLong(building.group(1));
            assertEquals(buildingName, jdbc.sql("SELECT name FROM places.building WHERE id = ?").param(buildingId)
                    .query(String.class).single());

            // 新建房间 in it; first without a code
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新建房间")).click();
            page.waitForURL(url -> Browsers.path(url).equals("/places/rooms/new"));
            assertThat(page.locator("#buildingId")).hasValue(String.valueOf(buildingId));
            page.locator("#name").fill(ROOM_NAME);
            page.locator("#floor").fill("2");
            page.locator("#roomType").selectOption("LAB");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
            page.waitForURL(url -> Browsers.path(url).equals("/places/rooms"));
            assertThat(page.locator("#code")).hasClass(Pattern.compile("\\bis-invalid\\b"));
            assertThat(page.locator("#code ~ .invalid-feedback")).hasText("必填");
            assertThat(page.locator("#name")).hasValue(ROOM_NAME);
            assertEquals(0, roomsIn(buildingId), "a room without a code must not be saved");
            Browsers.screenshot(page, "admin-room-form-errors-desktop");

            // now with a code
            page.locator("#code").fill(roomCode);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
            page.waitForURL(url -> Browsers.path(url).matches("/places/rooms/\\d+"));
            roomId = Long.parseLong(Browsers.path(page.url()).replaceAll("\\D", ""));
            assertThat(page.locator(".alert-success")).containsText("已保存");
            assertThat(page.locator("main h1")).containsText(ROOM_NAME);
            assertThat(page.locator("main h1")).containsText(roomCode);
            assertThat(page.locator("main dl")).containsText(buildingName + " · 2F");
            assertThat(page.locator("main dl")).containsText("实验室");
            Locator qr = page.locator("img[src$='/places/rooms/" + roomId + "/qr.png']");
            assertThat(qr).isVisible();
            assertThat(qr).hasAttribute("alt", "房间二维码");
            Object qrWidth = qr.evaluate("img => img.complete ? img.naturalWidth : 0");
            assertTrue(((Number) qrWidth).intValue() >= 100, "the QR image loaded, naturalWidth " + qrWidth);
            assertEquals(1, roomsIn(buildingId));
            Browsers.screenshot(page, "admin-room-desktop");

            // 打印二维码标签
            Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("打印二维码标签")).click());
            assertTrue(download.suggestedFilename().endsWith(".pdf"), download.suggestedFilename());
            byte[] pdf = Files.readAllBytes(download.path());
            assertEquals("%PDF", new String(Arrays.copyOf(pdf, 4), StandardCharsets.US_ASCII));
            String text;
            try (PDDocument document = Loader.loadPDF(pdf)) {
                text = new PDFTextStripper().getText(document);
            }
            assertTrue(text.contains(ROOM_NAME), "the label names the room exactly as typed; PDF text: " + text);
            assertTrue(text.contains(roomCode), "the label shows the room code; PDF text: " + text);
        } finally {
            Browsers.close(page);
        }

        // the same pages on a phone
        Page phone = Browsers.newPage(port, Viewport.PHONE);
        try {
            Browsers.login(phone, "admin");
            phone.navigate("/places/buildings");
            assertThat(phone.locator("main")).containsText(buildingName);
            Browsers.screenshot(phone, "admin-buildings-phone");

            phone.navigate("/places/rooms/new?building=" + buildingId);
            phone.locator("#name").fill(ROOM_NAME + "二");
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
            phone.waitForURL(url -> Browsers.path(url).equals("/places/rooms"));
            assertThat(phone.locator("#code ~ .invalid-feedback")).hasText("必填");
            assertEquals(1, roomsIn(buildingId), "a room without a code must not be saved");
            Browsers.screenshot(phone, "admin-room-form-errors-phone");

            phone.navigate("/places/rooms/" + roomId);
            assertThat(phone.locator("main h1")).containsText(ROOM_NAME);
            assertThat(phone.locator("img[src$='/qr.png']")).isVisible();
            Browsers.screenshot(phone, "admin-room-phone");
        } finally {
            Browsers.close(phone);
        }
    }

    private int roomsIn(long buildingId) {
        return jdbc.sql("SELECT count(*) FROM places.room WHERE building_id = ?").param(buildingId)
                .query(Integer.class).single();
    }
}
