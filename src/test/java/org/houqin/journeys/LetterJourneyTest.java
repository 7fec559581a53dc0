package org.houqin.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.houqin.support.Browsers;
import org.houqin.support.Browsers.Viewport;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 安全责任书 on a phone: 杨佳怡 (the class teacher) finds her 2026-2027 letter under 我的责任书, reads it and signs
 * it with her finger; the director's page of the batch then counts exactly one more signature.
 */
@Tag("slow")
@ExtendWith(Browsers.class)
class LetterJourneyTest extends IntegrationTest {

    @Test
    void theClassTeacherSignsHerLetterWithAFingerAndTheRateRisesByOne() {
        long batch = Demo.count(jdbc, """
                SELECT l.batch_id FROM safety.letter l JOIN iam.app_user u ON u.id = l.user_id
                WHERE u.username = 'teacher' AND l.school_year = '2026-2027'""");
        long due = Demo.count(jdbc, "SELECT count(*) FROM safety.letter WHERE batch_id = ?", batch);
        long before = Demo.count(jdbc, "SELECT count(*) FROM safety.letter WHERE batch_id = ? AND status <> 'PENDING'",
                batch);
        Page teacher = Browsers.newPage(port, Viewport.PHONE);
        Page director = Browsers.newPage(port, Viewport.PHONE);
        try {
            Browsers.login(director, "director");
            director.navigate("/safety/letter-batches/" + batch);
            assertThat(director.locator("#batch-count")).hasText("已签 " + before + " / 应签 " + due);
            assertThat(director.locator("#missing")).containsText("杨佳怡");

            Browsers.login(teacher, "teacher");
            teacher.navigate("/safety/letters/mine");
            assertThat(teacher.locator("main h1")).hasText("我的责任书");
            teacher.locator("main .list-group-item", new Page.LocatorOptions().setHasText("2026-2027")).first().click();
            assertThat(teacher.locator("main h1")).containsText("教师安全工作责任书");
            assertThat(teacher.locator("main article")).containsText("《中小学幼儿园安全管理办法》");
            Browsers.sign(teacher, teacher.locator("[data-signature-pad] canvas"));
            Browsers.screenshot(teacher, "letter-sign-phone");
            teacher.getByText("已阅读，确认签署").click();

            assertThat(teacher.locator(".alert")).containsText("已签署");
            assertThat(teacher.locator("main img.signature-image")).isVisible();
            assertThat(teacher.locator("#letter-status")).hasText("已签");

            director.navigate("/safety/letter-batches/" + batch);
            assertThat(director.locator("#batch-count")).hasText("已签 " + (before + 1) + " / 应签 " + due);
            Browsers.screenshot(director, "letter-batch-phone");
            assertThat(Demo.count(jdbc, "SELECT count(*) FROM safety.letter WHERE batch_id = ? AND status <> 'PENDING'",
                    batch)).isEqualTo(before + 1);
        } finally {
            Browsers.close(teacher);
            Browsers.close(director);
        }
    }
}
