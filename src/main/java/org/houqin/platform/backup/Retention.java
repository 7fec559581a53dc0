package org.houqin.platform.backup;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Which archives go: those older than the days to keep. The newest verified archive always stays, however old, so a
 * run of failed nights never leaves the school without a backup.
 */
record Retention(int keepDays) {

    /** An archive in the backup folder, with when it was written and whether its check passed. */
    record Archive(String name, Instant writtenAt, boolean verified) {
    }

    List<Archive> toDelete(List<Archive> archives, Instant now) {
        Instant limit = now.minus(Duration.ofDays(keepDays));
        Archive newestVerified = archives.stream().filter(Archive::verified)
                .max(java.util.Comparator.comparing(Archive::writtenAt)).orElse(null);
        return archives.stream().filter(a -> a.writtenAt().isBefore(limit)).filter(a -> a != newestVerified).toList();
    }
}
