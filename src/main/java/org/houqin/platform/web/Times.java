package org.houqin.platform.web;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.houqin.platform.time.SchoolClock;
import org.springframework.stereotype.Component;

/**
 * Times on pages, in the school's zone: {@code ${@time.full(t)}} → 2026-11-26 14:05, {@code brief} → 11-26 14:05,
 * {@code waited} → 已等 5 小时 or 已等 3 天.
 */
@Component("time")
public class Times {

    /** Up to this long a wait is told in hours, beyond it in days: "已等 47 小时", then "已等 2 天". */
    static final Duration HOURS_UNTIL = Duration.ofHours(48);

    private final DateTimeFormatter fullFormat;
    private final DateTimeFormatter briefFormat;
    private final SchoolClock clock;
    private final Texts texts;

    Times(SchoolClock clock, Texts texts) {
        this.clock = clock;
        this.texts = texts;
        this.fullFormat = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.zone());
        this.briefFormat = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(clock.zone());
    }

    public String full(Instant instant) {
        return instant == null ? "" : fullFormat.format(instant);
    }

    public String brief(Instant instant) {
        return instant == null ? "" : briefFormat.format(instant);
    }

    /** How long something has waited until now, in the reader's language: "已等 5 小时", "已等 3 天". */
    public String waited(Instant since) {
        if (since == null) {
            return "";
        }
        Duration waited = Duration.between(since, clock.now());
        return texts.get(waitedKey(waited), waitedCount(waited));
    }

    /** Whole hours under {@link #HOURS_UNTIL}, whole days from there on; a wait from the future is none. */
    static long waitedCount(Duration waited) {
        Duration positive = waited.isNegative() ? Duration.ZERO : waited;
        return positive.compareTo(HOURS_UNTIL) < 0 ? positive.toHours() : positive.toDays();
    }

    static String waitedKey(Duration waited) {
        return waited.compareTo(HOURS_UNTIL) < 0 ? "time.waited.hours" : "time.waited.days";
    }
}
