package org.houqin.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.houqin.routines.record.RoutineRoundsForJourneys;
import org.houqin.support.Browsers;
import org.houqin.support.Browsers.Viewport;
import org.houqin.support.Images;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The monthly fire check on a phone: 孙卫东 opens 我的检查, fills the round at A-101, finds an extinguisher's gauge in
 * the red with a photo of it, signs with his finger, submits, and sees the record with that item flagged.
 */
@Tag("slow")
@ExtendWith(Browsers.class)
class RoutineRecordJourneyTest extends IntegrationTest {

    private static final String[] PASSING = {"extinguisher-place", "extinguisher-seal", "extinguisher-body",
        "extinguisher-dates", "hydrant-box", "hydrant-kit", "evacuation-route", "exits-unlocked", "emergency-light",
        "exit-signs", "fire-doors", "check-cards"};

    @Test
    void theGuardFailsTheExtinguisherPressureWithAPhotoAndSeesItFlagged() throws Exception {
        long round = RoutineRoundsForJourneys.fireCheckAtA101For(jdbc, "guard");
        Path photo = Files.createTempFile("gauge", ".jpg");
        Files.write(photo, Images.jpeg(640, 480));
        Page guard = Browsers.newPage(port, Viewport.PHONE);
        try {
            Browsers.login(guard, "guard");
            guard.navigate("/routines/mine");
            assertThat(guard.locator("main h1")).hasText("我的检查");
            Browsers.screenshot(guard, "routine-mine-phone");
            guard.locator("a[href='/routines/rounds/" + round + "']").click();
            assertThat(guard.locator("main h1")).hasText("消防设施月检");
            for (String code : PASSING) {
                guard.locator("label[for='" + code + "-pass']").click();
            }
            guard.locator("#extinguisher-count").fill("3");
            guard.locator("label", new Page.LocatorOptions().setHasText("红区")).click();
            guard.locator("#extinguisher-pressure-photos").setInputFiles(photo);
            Browsers.sign(guard, guard.locator(".signature-pad canvas"));
            Browsers.screenshot(guard, "routine-fill-phone");
            guard.getByText("提交记录").click();

            assertThat(guard.locator(".alert-success")).hasText("检查记录已保存。");
            Locator flagged = guard.locator(".routine-line.list-group-item-danger");
            assertThat(flagged).hasCount(1);
            assertThat(flagged).containsText("灭火器压力表指针位置");
            assertThat(flagged).containsText("红区");
            assertThat(flagged.locator("img")).hasCount(1);
            assertThat(guard.locator("img.signature-image")).hasCount(1);
            Browsers.screenshot(guard, "routine-record-phone");
            String recordPath = Browsers.path(guard.url());

            guard.navigate("/routines/mine");
            assertThat(guard.locator("a[href='/routines/rounds/" + round + "']")).hasCount(0);
            guard.navigate("/routines/records");
            Browsers.screenshot(guard, "routine-records-phone");
            byte[] pdf = guard.request().get(recordPath + "/print.pdf").body();
            assertTrue(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF"),
                    "the record prints as a PDF");
            if (Boolean.getBoolean("houqin.screenshots")) {
                // the printed record as a picture, to look at with the screenshots
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    javax.imageio.ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 90), "png",
                            Browsers.SCREENSHOTS.resolve("routine-record-print.png").toFile());
                }
            }
        } finally {
            Browsers.close(guard);
            Files.deleteIfExists(photo);
        }
    }
}
