package org.houqin.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Page;
import org.houqin.support.Browsers;
import org.houqin.support.Browsers.Viewport;
import org.houqin.support.Demo;
import org.houqin.support.Images;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A hazard closed to the end, all on phones: 杨佳怡 scans a classroom's label and reports a hazard with a photo, the
 * director assigns its rectification, 张师傅 records what he did, the vice-principal re-inspects and closes it, and the
 * semester's statistics count exactly one more closed hazard.
 */
@Tag("slow")
@ExtendWith(Browsers.class)
class HazardJourneyTest extends IntegrationTest {

    private static final String DESCRIPTION = "教室后门灭火器压力表指针在红区（旅程测试）";

    @Test
    void aHazardFromTheQrLabelToItsClosure() throws Exception {
        String token = Demo.asSystem(() -> jdbc.sql("SELECT qr_token FROM places.room WHERE code = 'A-101' "
                + "AND school_id = ?").param(Demo.schoolId(jdbc)).query(String.class).single());
        Path photo = Files.createTempFile("extinguisher", ".jpg");
        Files.write(photo, Images.jpeg(640, 480));
        Page teacher = Browsers.newPage(port, Viewport.PHONE);
        Page director = Browsers.newPage(port, Viewport.PHONE);
        Page worker = Browsers.newPage(port, Viewport.PHONE);
        Page vice = Browsers.newPage(port, Viewport.PHONE);
        try {
            Browsers.login(director, "director");
            director.navigate("/safety/hazards/stats");
            int closedBefore = Integer.parseInt(director.locator("#stats-closed").innerText().strip());

            Browsers.login(teacher, "teacher");
            teacher.navigate("/q/" + token);
            teacher.locator("#report-hazard").click();
            assertThat(teacher.locator("main h1")).hasText("上报隐患");
            teacher.locator(".category-picks label", new Page.LocatorOptions().setHasText("一般")).click();
            teacher.locator(".category-picks label", new Page.LocatorOptions().setHasText("消防")).click();
            teacher.locator("#description").fill(DESCRIPTION);
            teacher.locator("#photos").setInputFiles(photo);
            Browsers.screenshot(teacher, "hazard-report-phone");
            teacher.getByText("提交隐患").click();
            assertThat(teacher.locator("#hazard-status")).hasText("待派发");
            String hazardPath = Browsers.path(teacher.url());

            director.navigate(hazardPath);
            director.locator("#assigneeUserId").selectOption(String.valueOf(Demo.userId(jdbc, "worker")));
            director.locator("#requiredMeasures").fill("更换灭火器，检查同层其余灭火器");
            director.locator("#assign-form button[type=submit]").click();
            assertThat(director.locator("#hazard-status")).hasText("整改中");
            Browsers.screenshot(director, "hazard-assigned-phone");

            Browsers.login(worker, "worker");
            worker.navigate(hazardPath);
            worker.locator("#measures").fill("已更换 4kg 干粉灭火器一具");
            worker.locator("#cost").fill("95.00");
            worker.locator("#rectify-form button[type=submit]").click();
            assertThat(worker.locator("#hazard-status")).hasText("待复查");

            Browsers.login(vice, "vice");
            vice.navigate(hazardPath);
            vice.locator("#recheck-pass").click();
            assertThat(vice.locator("#hazard-status")).hasText("已销号");
            Browsers.screenshot(vice, "hazard-closed-phone");

            director.navigate("/safety/hazards/stats");
            assertThat(director.locator("#hazard-sentence")).containsText("本学期排查隐患");
            assertEquals(closedBefore + 1, Integer.parseInt(director.locator("#stats-closed").innerText().strip()),
                    "one more closed hazard");
        } finally {
            Browsers.close(teacher);
            Browsers.close(director);
            Browsers.close(worker);
            Browsers.close(vice);
            Files.deleteIfExists(photo);
        }
    }
}
