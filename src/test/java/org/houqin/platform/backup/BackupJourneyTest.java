package org.houqin.platform.backup;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.houqin.support.Browsers;
import org.houqin.support.Browsers.Viewport;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 教育局管理员 opens 系统管理 → 数据备份 at the office, backs up now, sees the backup checked and downloads its archive.
 */
@Tag("slow")
@ExtendWith(Browsers.class)
class BackupJourneyTest extends IntegrationTest {

    @Test
    void theDistrictAdministratorBacksUpNowAndDownloadsTheArchive() {
        long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM platform.backup_run").query(Long.class).single();
        Page desk = Browsers.newPage(port, Viewport.DESKTOP);
        try {
            Browsers.login(desk, "district");
            desk.locator("#sidebar a.menu-link", new Page.LocatorOptions().setHasText("数据备份")).click();
            desk.waitForURL(url -> Browsers.path(url).equals("/admin/backups"));
            assertThat(desk.locator("main h1")).hasText("数据备份");

            desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("立即备份")).click();
            assertThat(desk.locator(".alert-success")).containsText("备份已开始");
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                    "SELECT count(*) FROM platform.backup_run WHERE id > ? AND finished_at IS NOT NULL")
                    .param(before).query(Long.class).single() > 0);
            desk.reload();

            assertThat(desk.locator("tbody tr").first()).containsText("手动");
            assertThat(desk.locator("tbody tr").first().locator(".badge")).hasText("校验通过");
            Browsers.screenshot(desk, "backups-district-desktop");
            Download archive = desk.waitForDownload(() -> desk.locator("tbody tr").first().locator("a").click());
            org.assertj.core.api.Assertions.assertThat(archive.suggestedFilename()).startsWith("houqin-backup-")
                    .endsWith(".zip");
        } finally {
            Browsers.close(desk);
        }
    }
}
