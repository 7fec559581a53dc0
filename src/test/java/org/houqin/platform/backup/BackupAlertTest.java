package org.houqin.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The administrator is alerted when the last backup failed or the last good one is older than 36 hours. */
class BackupAlertTest {

    private static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");
    private static final Duration AFTER = Duration.ofHours(36);

    @Test
    void staysQuietAfterALastNightsCheckedBackup() {
        assertThat(BackupAlert.of(List.of(verified(8)), NOW, AFTER)).isEmpty();
    }

    @Test
    void alertsWhenTheLastRunFailedEvenAfterAGoodOne() {
        assertThat(BackupAlert.of(List.of(failed(2), verified(26)), NOW, AFTER)).get()
                .extracting(BackupAlert::key).isEqualTo("backup.alert.failed");
    }

    @Test
    void alertsWhenTheLastGoodBackupIsOlderThan36Hours() {
        assertThat(BackupAlert.of(List.of(verified(37)), NOW, AFTER)).get()
                .extracting(BackupAlert::key).isEqualTo("backup.alert.old");
    }

    @Test
    void alertsWhenThereHasNeverBeenABackup() {
        assertThat(BackupAlert.of(List.of(), NOW, AFTER)).get()
                .extracting(BackupAlert::key).isEqualTo("backup.alert.none");
    }

    @Test
    void aRunningBackupNeitherAlertsNorHidesAFailure() {
        assertThat(BackupAlert.of(List.of(running(0), verified(20)), NOW, AFTER)).isEmpty();
        assertThat(BackupAlert.of(List.of(running(0), failed(20)), NOW, AFTER)).get()
                .extracting(BackupAlert::key).isEqualTo("backup.alert.failed");
    }

    private static BackupRun verified(int hoursAgo) {
        Instant at = NOW.minus(Duration.ofHours(hoursAgo));
        return new BackupRun(hoursAgo, "NIGHTLY", null, at, at, "a.zip", 1L, 1, 1L, 0, true, null);
    }

    private static BackupRun failed(int hoursAgo) {
        Instant at = NOW.minus(Duration.ofHours(hoursAgo));
        return new BackupRun(hoursAgo, "NIGHTLY", null, at, at, null, null, null, null, null, false,
                "backup.error.database");
    }

    private static BackupRun running(int hoursAgo) {
        return new BackupRun(hoursAgo, "MANUAL", null, NOW.minus(Duration.ofHours(hoursAgo)), null, null, null, null,
                null, null, false, null);
    }
}
