package org.houqin.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.houqin.support.Browsers;
import org.houqin.support.Browsers.Viewport;
import org.houqin.support.Demo;
import org.houqin.support.Images;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A broken lamp on a phone: 杨佳怡 scans her classroom's label and reports it with a photo, the director dispatches
 * it from the board, 张师傅 completes it with one lamp tube and his signature, she confirms with five stars, and the
 * statistics count one more lamp and lamp tube. The printed form carries the signature.
 */
@Tag("slow")
@ExtendWith(Browsers.class)
class RepairJourneyTest extends IntegrationTest {

    private static final String DESCRIPTION = "讲台上方的灯管不亮了（旅程测试）";

    @Test
    void aBrokenLampFromTheQrLabelToFiveStars() throws Exception {
        String token = Demo.asSystem(() -> jdbc.sql("SELECT qr_token FROM places.room WHERE code = 'A-101' AND school_id = ?")
                .param(Demo.schoolId(jdbc)).query(String.class).single());
        Path photo = Files.createTempFile("lamp", ".jpg");
        Files.write(photo, Images.jpeg(640, 480));
        Page teacher = Browsers.newPage(port, Viewport.PHONE);
        Page director = Browsers.newPage(port, Viewport.DESKTOP);
        Page worker = Browsers.newPage(port, Viewport.PHONE);
        try {
            Browsers.login(director, "director");
            director.navigate("/repairs/stats");
            int lampsBefore = number(row(director, "照明").locator("td").nth(2));
            int tubesBefore = number(row(director, "灯管").locator("td[data-label='数量']"));

            Browsers.login(teacher, "teacher");
            teacher.navigate("/q/" + token);
            assertThat(teacher.locator("main h1")).containsText("初一(1)班");
            teacher.getByText("报修此房间").click();
            assertThat(teacher.locator("main h1")).hasText("我要报修");
            teacher.locator(".category-picks label", new Page.LocatorOptions().setHasText("照明")).click();
            teacher.locator("#description").fill(DESCRIPTION);
            teacher.locator("#photos").setInputFiles(photo);
            Browsers.screenshot(teacher, "repair-report-phone");
            teacher.getByText("提交报修").click();
            assertThat(teacher.locator("main h1")).containsText("待受理");
            assertThat(teacher.locator(".photo-grid img")).hasCount(1);
            String number = teacher.locator("main h1 span").first().innerText().strip();
            String requestPath = Browsers.path(teacher.url());

            director.navigate("/repairs/board");
            Locator card = director.locator(".board-card", new Page.LocatorOptions().setHasText(number));
            Browsers.screenshot(director, "repair-board-desktop");
            card.locator("select[name=workerUserId]").selectOption(String.valueOf(Demo.userId(jdbc, "worker")));
            card.getByText("派工").last().click();
            assertThat(director.locator("main h1")).containsText("已派工");
            String workerName = Demo.asSystem(() -> jdbc.sql("SELECT display_name FROM iam.app_user WHERE username = 'worker'")
                    .query(String.class).single());
            assertThat(director.locator(".alert-success")).hasText("已派工给" + workerName + "。");

            Browsers.login(worker, "worker");
            worker.navigate("/repairs/tasks");
            worker.locator(".task-card", new Page.LocatorOptions().setHasText(DESCRIPTION)).click();
            worker.getByText("开始维修").click();
            assertThat(worker.locator("main h1")).containsText("维修中");
            worker.locator("a", new Page.LocatorOptions().setHasText("完工登记")).first().click();
            worker.locator("#note").fill("更换灯管一根，试亮正常");
            worker.locator("#hours").fill("1000");
            worker.locator("input[name='materials[0].name']").fill("灯管");
            worker.locator("input[name='materials[0].quantity']").fill("1");
            worker.locator("input[name='materials[0].unit']").fill("根");
            Browsers.sign(worker, worker.locator(".signature-pad canvas"));
            worker.getByText("完工，提交验收").click();
            assertThat(worker.locator("#hours")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
            assertThat(worker.locator("[data-signature-value]")).hasValue(java.util.regex.Pattern.compile(
                    "^data:image/png;base64,.+"));
            worker.waitForFunction("() => { const c = document.querySelector('.signature-pad canvas');"
                    + " return c.getContext('2d').getImageData(0, 0, c.width, c.height).data.some(v => v > 0); }");
            worker.locator("#hours").fill("0.5");
            Browsers.screenshot(worker, "repair-complete-phone");
            worker.getByText("完工，提交验收").click();
            assertThat(worker.locator("main h1")).containsText("待验收");
            assertThat(worker.locator("img.signature-image")).hasCount(1);

            teacher.navigate(requestPath);
            teacher.locator("label[for='rating-5']").click();
            teacher.locator("form[action$='/confirm'] textarea[name=note]").fill("修得很快，谢谢");
            teacher.getByText("验收通过").click();
            assertThat(teacher.locator("main h1")).containsText("已完成");
            assertThat(teacher.locator(".stars")).hasText("★★★★★");
            Browsers.screenshot(teacher, "repair-done-phone");

            director.navigate("/repairs/stats");
            assertEquals(lampsBefore + 1, number(row(director, "照明").locator("td").nth(2)), "one more 照明 repair done");
            assertEquals(tubesBefore + 1, number(row(director, "灯管").locator("td[data-label='数量']")), "one more lamp tube");
            Browsers.screenshot(director, "repair-stats-desktop");

            byte[] pdf = teacher.request().get(requestPath + "/print.pdf").body();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                int images = 0;
                for (var page : document.getPages()) {
                    for (var name : page.getResources().getXObjectNames()) {
                        if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                            images++;
                        }
                    }
                }
                assertTrue(images >= 3, "QR code, photo and signature on the form, found " + images);
            }
        } finally {
            Browsers.close(teacher);
            Browsers.close(director);
            Browsers.close(worker);
            Files.deleteIfExists(photo);
        }
    }

    /** The statistics table's row whose first cell is exactly this label. */
    private static Locator row(Page page, String label) {
        return page.locator("tbody tr").filter(new Locator.FilterOptions()
                .setHas(page.locator("td:first-child", new Page.LocatorOptions().setHasText(
                        java.util.regex.Pattern.compile("^\\s*" + label + "\\s*$"))))).first();
    }

    /** The whole number a cell starts with: "82 根" → 82. */
    private static int number(Locator cell) {
        return Integer.parseInt(cell.innerText().strip().replaceAll("^(\\d+).*$", "$1"));
    }

    /** Draws a stroke across the signature pad, as a finger would. */
}
