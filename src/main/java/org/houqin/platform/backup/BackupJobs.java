package org.houqin.platform.backup;

import org.houqin.platform.time.SchoolClock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly backup, at {@code houqin.backup.cron} (2:30 in the school's zone by default). With several nodes each
 * fires, and the first to take the lock ({@value Backups#LOCK}) writes the archive; the others find it taken.
 */
@Component
class BackupJobs {

    private final Backups backups;

    BackupJobs(Backups backups) {
        this.backups = backups;
    }

    @Scheduled(cron = "${houqin.backup.cron:0 30 2 * * *}", zone = SchoolClock.SCHEDULE_ZONE)
    void nightly() {
        backups.run("NIGHTLY", null);
    }
}
