package org.houqin.platform.backup;

import java.time.Duration;
import java.time.Instant;

import org.houqin.platform.web.Labelled;

/** One run of a backup as the admin page shows it. */
record BackupRun(long id, String kind, Long requestedBy, Instant startedAt, Instant finishedAt, String fileName,
                 Long sizeBytes, Integer tableCount, Long rowCount, Integer fileCount, boolean verified,
                 String error) {

    /** A run still unfinished after this long was cut off (its node stopped); the lock has expired by then. */
    static final Duration LONGEST = Duration.ofHours(6);

    enum Status implements Labelled {
        RUNNING, VERIFIED, FAILED, INTERRUPTED;

        @Override
        public String messageKey() {
            return "backup.status." + name();
        }
    }

    Status status(Instant now) {
        if (finishedAt == null) {
            return startedAt.plus(LONGEST).isBefore(now) ? Status.INTERRUPTED : Status.RUNNING;
        }
        return verified ? Status.VERIFIED : Status.FAILED;
    }
}
