package org.houqin.platform.web;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.houqin.platform.time.SchoolClock;
import org.springframework.stereotype.Component;

/** Times on pages, in the school's zone: {@code ${@time.full(t)}} → 2026-11-26 14:05, {@code brief} → 11-26 14:05. */
@Component("time")
public class Times {

    private final DateTimeFormatter fullFormat;
    private final DateTimeFormatter briefFormat;

    Times(SchoolClock clock) {
        this.fullFormat = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.zone());
        this.briefFormat = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(clock.zone());
    }

    public String full(Instant instant) {
        return instant == null ? "" : fullFormat.format(instant);
    }

    public String brief(Instant instant) {
        return instant == null ? "" : briefFormat.format(instant);
    }

    /** Whole hours from then until now, for "waiting 5 h" on a board. */
    public long hoursSince(Instant instant) {
        return instant == null ? 0 : Math.max(0, Duration.between(instant, Instant.now()).toHours());
    }
}
