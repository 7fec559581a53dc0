package org.houqin.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Archives go after the days to keep, except the newest one that passed its check. */
class RetentionTest {

    private static final Instant NOW = Instant.parse("2026-12-08T18:30:00Z");
    private final Retention keepFourteenDays = new Retention(14);

    @Test
    void deletesArchivesOlderThanTheDaysToKeep() {
        var fresh = archive("fresh", 1, true);
        var lastDay = archive("last-day", 13, true);
        var old = archive("old", 15, true);
        var older = archive("older", 30, true);

        assertThat(keepFourteenDays.toDelete(List.of(fresh, lastDay, old, older), NOW)).containsExactly(old, older);
    }

    @Test
    void keepsTheNewestCheckedArchiveHoweverOld() {
        var failedRecently = archive("failed", 1, false);
        var lastGood = archive("last-good", 20, true);
        var olderGood = archive("older-good", 25, true);
        var oldFailed = archive("old-failed", 18, false);

        assertThat(keepFourteenDays.toDelete(List.of(failedRecently, lastGood, olderGood, oldFailed), NOW))
                .containsExactly(olderGood, oldFailed);
    }

    @Test
    void deletesNothingWhenEverythingIsRecent() {
        assertThat(keepFourteenDays.toDelete(List.of(archive("a", 0, false), archive("b", 2, true)), NOW)).isEmpty();
    }

    private static Retention.Archive archive(String name, int daysAgo, boolean verified) {
        return new Retention.Archive(name, NOW.minus(Duration.ofDays(daysAgo)), verified);
    }
}
