package org.houqin.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.DataScope;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 系统管理 → 数据备份: the district administrator sees the last backups with their size and check, downloads an
 * archive (recorded in the audit log), starts one by hand and is alerted when the last one failed.
 */
class BackupPageTest extends IntegrationTest {

    @Autowired
    Backups backups;

    @Autowired
    BackupShell shell;

    @Autowired
    BackupAccess access;

    @Autowired
    LockProvider locks;

    @Autowired
    @FlywayDataSource
    DataSource owner;

    @Test
    void showsACheckedBackupAndDownloadsItsArchive() throws Exception {
        long id = backups.run("NIGHTLY", null).orElseThrow();
        BackupRun run = jdbcRun(id);
        WebUser district = login("district");

        WebUser.Page page = district.get("/admin/backups");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("数据备份", "立即备份", "校验通过", run.fileName(),
                "/admin/backups/" + id + "/download");
        byte[] archive = district.getBytes("/admin/backups/" + id + "/download");
        assertThat(archive).hasSize(run.sizeBytes().intValue());
        assertThat(entryNames(archive)).contains("manifest.json", "tables/organization.school.copy");
        assertThat(jdbc.sql("SELECT count(*) FROM audit.log_entry WHERE entity = 'backup' AND action = 'DOWNLOAD' "
                + "AND entity_id = ?").param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void runsOnceWhileAnotherNodeHoldsTheBackupLock() {
        LockConfiguration otherNode = new LockConfiguration(Instant.now(), Backups.LOCK, Duration.ofMinutes(5),
                Duration.ZERO);
        SimpleLock held = locks.lock(otherNode).orElseThrow();
        long before = lastRun();
        try {
            assertThat(backups.run("NIGHTLY", null)).isEmpty();
            assertThat(lastRun()).isEqualTo(before);
        } finally {
            held.unlock();
        }
        assertThat(backups.run("NIGHTLY", null)).isPresent();
    }

    @Test
    void startsABackupInTheBackgroundWhenAsked() {
        long before = lastRun();
        WebUser district = login("district");

        WebUser.Page answer = district.post("/admin/backups/run", Map.of());

        assertThat(answer.redirectsTo("/admin/backups")).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> verifiedSince(before) > 0);
        assertThat(district.get("/admin/backups").body()).contains("手动");
    }

    @Test
    void alertsWhenTheLastBackupFailed() {
        JdbcClient asOwner = JdbcClient.create(owner);
        long failed = asOwner.sql("""
                INSERT INTO platform.backup_run (kind, started_at, finished_at, error)
                VALUES ('NIGHTLY', now() + interval '1 hour', now() + interval '1 hour', 'backup.error.database')
                RETURNING id""").query(Long.class).single();
        try {
            assertThat(login("district").get("/admin/backups").body()).contains("最近一次备份失败", "无法读取数据库");
            // the reader's language: outside a request, the JVM's
            assertThat(shell.tilesFor(districtAdministrator())).singleElement().satisfies(tile -> {
                assertThat(tile.labelKey()).isEqualTo("backup.tile");
                assertThat(tile.value()).isIn("失败", "Failed");
                assertThat(tile.link()).isEqualTo("/admin/backups");
            });
            assertThat(shell.tilesFor(schoolAdministrator(-1L, Set.of(-1L)))).isEmpty();
        } finally {
            asOwner.sql("DELETE FROM platform.backup_run WHERE id = ?").param(failed).update();
        }
    }

    @Test
    void aSchoolAdministratorManagesBackupsOnlyWhenTheSchoolIsTheInstallationsOnlyOne() {
        List<Long> schools = jdbc.sql("SELECT id FROM organization.school").query(Long.class).list();
        long demo = schools.get(0);

        assertThat(access.manages(schoolAdministrator(demo, Set.copyOf(schools)))).isTrue();
        assertThat(access.manages(schoolAdministrator(demo, Set.of(demo))))
                .isEqualTo(schools.size() == 1);
        assertThat(access.manages(schoolAdministrator(demo, Set.of(-1L)))).isFalse();
        assertThat(access.manages(districtAdministrator())).isTrue();
    }

    @Test
    void isClosedToThoseWhoDoNotAdministerTheInstallation() {
        assertThat(login("teacher").get("/admin/backups").status()).isEqualTo(403);
        assertThat(login("teacher").post("/admin/backups/run", Map.of()).status()).isEqualTo(403);
    }

    private static CurrentUser districtAdministrator() {
        return new CurrentUser(1, "district", "教育局", null, Set.of(), true, null, null, DataScope.everything(),
                Set.of(BackupAccess.MANAGE));
    }

    private static CurrentUser schoolAdministrator(long school, Set<Long> visible) {
        return new CurrentUser(2, "admin", "管理员", school, visible, false, null, null, DataScope.everything(),
                Set.of(BackupAccess.MANAGE));
    }

    private BackupRun jdbcRun(long id) {
        return backups.recent().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    private long lastRun() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM platform.backup_run").query(Long.class).single();
    }

    private long verifiedSince(long lastRun) {
        return jdbc.sql("SELECT count(*) FROM platform.backup_run WHERE kind = 'MANUAL' AND verified AND id > ?")
                .param(lastRun).query(Long.class).single();
    }

    private static java.util.List<String> entryNames(byte[] zip) throws Exception {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
