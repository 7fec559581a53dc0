package org.houqin.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Page;
import org.houqin.repairs.RepairFixtures;
import org.houqin.routines.record.RoutineRoundsForJourneys;
import org.houqin.support.Browsers;
import org.houqin.support.Browsers.Viewport;
import org.houqin.support.Demo;
import org.houqin.support.Images;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A hazard a check found, from the check to its closure, on phones: 孙卫东 (the guard) scans A-101's label, opens the
 * monthly fire check from the room's page and fails the extinguisher's pressure with a photo; the hazard it raised is
 * assigned by the director, who also opens its repair; 张师傅 repairs it (through the repair pages' forms) and the
 * director accepts the repair, which marks the hazard rectified; the vice-principal re-inspects and closes it; and the
 * semester's statistics count exactly one more closed hazard.
 */
@Tag("slow")
@ExtendWith(Browsers.class)
class FireCheckToClosureJourneyTest extends IntegrationTest {

    private static final String[] PASSING = {"extinguisher-place", "extinguisher-seal", "extinguisher-body",
        "extinguisher-dates", "hydrant-box", "hydrant-kit", "evacuation-route", "exits-unlocked", "emergency-light",
        "exit-signs", "fire-doors", "check-cards"};

    @Test
    void aFailedFireCheckBecomesAHazardThatARepairFixesAndAnotherPersonCloses() throws Exception {
        long school = Demo.schoolId(jdbc);
        long round = RoutineRoundsForJourneys.fireCheckAtA101For(jdbc, "guard");
        String token = Demo.asSystem(() -> jdbc.sql("SELECT qr_token FROM places.room WHERE code = 'A-101' "
                + "AND school_id = ?").param(school).query(String.class).single());
        Path photo = Files.createTempFile("gauge", ".jpg");
        Files.write(photo, Images.jpeg(640, 480));
        Page guard = Browsers.newPage(port, Viewport.PHONE);
        Page director = Browsers.newPage(port, Viewport.PHONE);
        Page vice = Browsers.newPage(port, Viewport.PHONE);
        try {
            Browsers.login(director, "director");
            director.navigate("/safety/hazards/stats");
            int closedBefore = Integer.parseInt(director.locator("#stats-closed").innerText().strip());

            Browsers.login(guard, "guard");
            guard.navigate("/q/" + token);
            guard.locator("a[href='/routines/rounds/" + round + "']").first().click();
            assertThat(guard.locator("main h1")).hasText("消防设施月检");
            for (String code : PASSING) {
                guard.locator("label[for='" + code + "-pass']").click();
            }
            guard.locator("#extinguisher-count").fill("3");
            guard.locator("label", new Page.LocatorOptions().setHasText("红区")).click();
            guard.locator("#extinguisher-pressure-photos").setInputFiles(photo);
            Browsers.sign(guard, guard.locator(".signature-pad canvas"));
            guard.getByText("提交记录").click();
            assertThat(guard.locator(".alert-success")).hasText("检查记录已保存。");

            long hazard = Demo.count(jdbc, """
                    SELECT max(h.id) FROM safety.hazard h JOIN routines.occurrence o ON o.id = ?
                    WHERE h.source = 'routine-record:' || o.record_id || '/extinguisher-pressure'""", round);
            assertEquals(1, Demo.count(jdbc, "SELECT count(*) FROM platform.attachment WHERE owner_type = 'hazard' "
                    + "AND owner_id = ?", hazard), "the gauge's photo came with the hazard");

            director.navigate("/safety/hazards/" + hazard);
            assertThat(director.locator("#hazard-status")).hasText("待派发");
            director.locator("#assigneeUserId").selectOption(String.valueOf(Demo.userId(jdbc, "worker")));
            director.locator("#requiredMeasures").fill("更换灭火器");
            director.locator("#assign-form button[type=submit]").click();
            assertThat(director.locator("#hazard-status")).hasText("整改中");
            director.locator("#open-repair").click();
            long repair = Demo.count(jdbc, "SELECT repair_id FROM safety.hazard WHERE id = ?", hazard);

            new RepairFixtures(jdbc).workedOn(WebUser.login(port, "director", "houqin"),
                    WebUser.login(port, "worker", "houqin"), repair);
            director.navigate("/repairs/" + repair);
            director.locator("form[action='/repairs/" + repair + "/confirm'] button[type=submit]").click();
            director.navigate("/safety/hazards/" + hazard);
            assertThat(director.locator("#hazard-status")).hasText("待复查");
            Browsers.screenshot(director, "fire-check-hazard-rectified-phone");

            Browsers.login(vice, "vice");
            vice.navigate("/safety/hazards/" + hazard);
            vice.locator("#recheck-pass").click();
            assertThat(vice.locator("#hazard-status")).hasText("已销号");

            director.navigate("/safety/hazards/stats");
            assertThat(director.locator("#hazard-sentence")).containsText("本学期排查隐患");
            assertEquals(closedBefore + 1, Integer.parseInt(director.locator("#stats-closed").innerText().strip()),
                    "one more closed hazard");
        } finally {
            Browsers.close(guard);
            Browsers.close(director);
            Browsers.close(vice);
            Files.deleteIfExists(photo);
        }
    }
}
