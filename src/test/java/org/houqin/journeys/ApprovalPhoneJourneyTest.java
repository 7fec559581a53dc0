package org.houqin.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.houqin.approval.Approvals;
import org.houqin.approval.Submission;
import org.houqin.approval.TestDocuments;
import org.houqin.iam.IamApi;
import org.houqin.platform.security.SystemWork;
import org.houqin.support.Browsers;
import org.houqin.support.Browsers.Viewport;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 刘文博, head of 教务处, on his phone: the top bar says something waits for him (待办), the inbox opens it, a
 * return without a reason is refused at the comment box, and with one it goes back to the teacher.
 */
@Tag("slow")
@ExtendWith(Browsers.class)
class ApprovalPhoneJourneyTest extends IntegrationTest {

    @Autowired
    Approvals approvals;

    @Autowired
    IamApi iam;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aDepartmentHeadReturnsARequestFromHisPhone() {
        long school = Demo.schoolId(jdbc);
        long department = SystemWork.call(() -> iam.departmentOf(Demo.userId(jdbc, "head"))).orElseThrow();
        String category = "手机审批" + System.nanoTime() % 100_000;
        long request = SystemWork.call(() -> transaction.execute(status -> {
            approvals.addRule(school, TestDocuments.TYPE, "手机测试", null, null, category, 10,
                    List.of(new Approvals.StepSpec("DEPARTMENT_HEAD", true, null)));
            return approvals.submit(school, new Submission(TestDocuments.TYPE, 90_000 + System.nanoTime() % 10_000,
                    "TD-PHONE", "手机审批：白板笔 10 盒", new BigDecimal("86.40"), category, department,
                    Demo.userId(jdbc, "teacher"), null));
        }));

        Page page = Browsers.newPage(port, Viewport.PHONE);
        try {
            Browsers.login(page, "head");
            Locator badge = page.locator("#waiting-badge");
            assertThat(badge).isVisible();
            badge.click();
            page.waitForURL(url -> Browsers.path(url).equals("/waiting"));
            Locator waiting = page.locator("#waiting-items tbody tr").filter(new Locator.FilterOptions()
                    .setHasText("手机审批：白板笔 10 盒"));
            assertThat(waiting.locator("td[data-label='发起人']")).hasText("杨佳怡");
            assertThat(waiting.locator("td[data-label='等待时长']")).hasText("已等 0 小时");
            assertNoSidewaysScroll(page);

            page.navigate("/approvals");
            Locator row = page.locator("#approval-waiting tbody tr").filter(new Locator.FilterOptions()
                    .setHasText("手机审批：白板笔 10 盒"));
            assertThat(row.locator("td[data-label='金额']")).hasText("¥86.40");
            assertThat(row.locator("td[data-label='提交人']")).hasText("杨佳怡");
            assertNoSidewaysScroll(page);
            Browsers.screenshot(page, "approval-inbox-phone");

            row.locator("a.btn").click();
            page.waitForURL(url -> Browsers.path(url).equals("/approvals/" + request));
            assertThat(page.locator("#approval .timeline")).containsText("部门负责人（本部门）");
            assertNoSidewaysScroll(page);

            page.locator("#approval-form button[value='RETURN']").click();
            page.waitForURL(url -> url.endsWith("/approvals/" + request + "#approval"));
            assertThat(page.locator("#approval-comment")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
            assertThat(page.locator("#approval .invalid-feedback")).containsText("请写明理由");
            Browsers.screenshot(page, "approval-panel-phone");

            page.locator("#approval-comment").fill("白板笔上月刚领过，请说明用途");
            page.locator("#approval-form button[value='RETURN']").click();
            page.waitForURL(url -> Browsers.path(url).equals("/approvals"));
            assertThat(page.locator(".alert-success")).containsText("已退回修改");
        } finally {
            Browsers.close(page);
        }
    }

    private static void assertNoSidewaysScroll(Page page) {
        Object fits = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1");
        assertTrue(Boolean.TRUE.equals(fits), "the page fits a 390 px phone without scrolling sideways");
    }
}
