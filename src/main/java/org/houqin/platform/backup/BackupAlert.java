package org.houqin.platform.backup;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When the administrator must look at the backups: the last run that ended failed, or the last verified archive is
 * older than {@code houqin.backup.alert-after} (36 hours by default: one missed night), or there has never been one.
 *
 * @param key   the message of the alert
 * @param since when the last verified archive was written ({@code null} when there is none)
 */
record BackupAlert(String key, Instant since) {

    static Optional<BackupAlert> of(List<BackupRun> newestFirst, Instant now, Duration after) {
        Optional<BackupRun> ended = newestFirst.stream().filter(r -> r.status(now) != BackupRun.Status.RUNNING)
                .findFirst();
        Instant lastGood = newestFirst.stream().filter(BackupRun::verified).map(BackupRun::finishedAt).findFirst()
                .orElse(null);
        if (ended.isPresent() && ended.get().status(now) != BackupRun.Status.VERIFIED) {
            return Optional.of(new BackupAlert("backup.alert.failed", lastGood));
        }
        if (lastGood == null) {
            return Optional.of(new BackupAlert("backup.alert.none", null));
        }
        if (lastGood.plus(after).isBefore(now)) {
            return Optional.of(new BackupAlert("backup.alert.old", lastGood));
        }
        return Optional.empty();
    }
}
