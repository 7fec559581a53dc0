package org.houqin.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Page;
import org.houqin.support.Browsers;
import org.houqin.support.Browsers.Viewport;
import org.houqin.support.Images;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A fire drill on the playground, on the director's phone: planned, then recorded as done with its evacuation time
 * and a photo of the assembly point; a crowded staircase is noted as a problem and shows on the drill's page.
 */
@Tag("slow")
@ExtendWith(Browsers.class)
class DrillJourneyTest extends IntegrationTest {

    private static final String TITLE = "旅程测试消防疏散演练";

    @Test
    void theDirectorRecordsAFireDrillOnHerPhone() throws Exception {
        Path photo = Files.createTempFile("assembly", ".jpg");
        Files.write(photo, Images.jpeg(640, 480));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Page director = Browsers.newPage(port, Viewport.PHONE);
        try {
            Browsers.login(director, "director");
            director.navigate("/safety/drills");
            assertThat(director.locator("main h1")).hasText("应急演练");
            director.getByText("新建演练").first().click();
            director.locator("#kind").selectOption("FIRE");
            director.locator("#title").fill(TITLE);
            director.locator("#planName").fill("《校园安全紧急预案》");
            director.locator("#plannedOn").fill(today.minusDays(1).toString());
            director.locator("#plannedTime").fill("10:00");
            director.locator("#place").fill("全校（田径场集合）");
            director.locator("#students").fill("1180");
            director.locator("#staff").fill("86");
            director.locator("main form button[type=submit]").first().click();
            assertThat(director.locator("main h1")).containsText(TITLE);
            assertThat(director.locator("main h1")).containsText("计划中");

            director.getByText("完成演练").first().click();
            assertThat(director.locator("main h1")).hasText("完成演练");
            director.locator("#startedTime").fill("10:02");
            director.locator("#durationMinutes").fill("22");
            director.locator("#summary").fill("警报响起后各班有序撤离，无人员滞留。");
            director.locator("#photos").setInputFiles(photo);
            director.getByText("保存演练记录").click();
            assertThat(director.locator("#evacuationSeconds")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
            assertThat(director.locator("main")).containsText("疏散演练请填写疏散用时（秒）。");
            director.locator("#evacuationSeconds").fill("188");
            director.locator("#photos").setInputFiles(photo);
            Browsers.screenshot(director, "drill-complete-phone");
            director.getByText("保存演练记录").click();

            assertThat(director.locator("main h1")).containsText("已完成");
            assertThat(director.locator("#drill-evacuation")).hasText("3 分 08 秒（188 秒）");
            assertThat(director.locator("#photos .photo-grid img")).hasCount(1);

            director.locator("#description").fill("A 栋东侧楼梯口拥堵");
            director.locator("#level").selectOption("MAJOR");
            director.locator("#responsible").fill("政教处");
            director.getByText("添加问题").click();
            assertThat(director.locator("#problems .drill-problem")).hasText("A 栋东侧楼梯口拥堵");
            assertThat(director.locator("#problems")).containsText("较大");
            assertThat(director.locator("#problems")).containsText("责任：政教处");
            Browsers.screenshot(director, "drill-done-phone");
        } finally {
            Browsers.close(director);
        }
    }
}
