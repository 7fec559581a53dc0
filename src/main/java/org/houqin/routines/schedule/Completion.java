package org.houqin.routines.schedule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 应做/已做/逾期/完成率 of some rounds at a moment. A round counts as 应做 once it has a record or its grace has
 * passed; a round still open without a record is 待做 ({@code pending}) and stays out of the rate, so the morning's
 * checks do not pull it down. 已做 counts every round with a record, late ones too. 逾期 is kept in two numbers:
 * {@code late} (done after the grace) and {@code missed} (no record and the grace passed); {@link #overdue} is both.
 */
public record Completion(int due, int done, int late, int missed, int pending) {

    /**
     * Counts the rounds, given the instant each round's record was submitted by its {@link Occurrence#key}; a round
     * without an entry has no record.
     */
    public static Completion of(List<Occurrence> occurrences, Map<String, Instant> submittedAt, Instant now) {
        int done = 0;
        int late = 0;
        int missed = 0;
        int pending = 0;
        for (Occurrence occurrence : occurrences) {
            Instant submitted = submittedAt.get(occurrence.key());
            if (submitted != null) {
                done++;
                late += occurrence.isLate(submitted) ? 1 : 0;
            } else if (occurrence.isOverdueAt(now)) {
                missed++;
            } else {
                pending++;
            }
        }
        return new Completion(done + missed, done, late, missed, pending);
    }

    /** Late and missed rounds together. */
    public int overdue() {
        return late + missed;
    }

    /** 完成率: done of due as a percent with one decimal, rounded half up; nothing due has no rate (not 100 %). */
    public Optional<BigDecimal> rate() {
        if (due == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(done).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(due), 1, RoundingMode.HALF_UP));
    }
}
