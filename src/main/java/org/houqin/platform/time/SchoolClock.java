package org.houqin.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The school's clock: now, today and this month in the school's time zone ({@code houqin.time-zone}, Asia/Shanghai
 * unless set). Every "today" in Houqin comes from here, so a date typed on a page, the day a job runs and the year of
 * a document number agree, whatever zone the server itself runs in.
 */
public final class SchoolClock {

    /** For {@code @Scheduled(zone = SchoolClock.SCHEDULE_ZONE)}: annotations need a constant, resolved at start-up. */
    public static final String SCHEDULE_ZONE = "${houqin.time-zone:Asia/Shanghai}";

    /** The zone of the running application, for static helpers that write times (an Excel export's cells). */
    private static volatile ZoneId applicationZone = ZoneId.of("Asia/Shanghai");

    private final Clock clock;

    public SchoolClock(Clock clock) {
        this.clock = clock;
    }

    /** The school's zone where no clock can be injected; set once when the application's clock is made. */
    public static ZoneId applicationZone() {
        return applicationZone;
    }

    static void useApplicationZone(ZoneId zone) {
        applicationZone = zone;
    }

    public static SchoolClock of(ZoneId zone) {
        return new SchoolClock(Clock.system(zone));
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** The same clock as a {@link Clock}, for code that takes one. */
    public Clock clock() {
        return clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public YearMonth thisMonth() {
        return YearMonth.now(clock);
    }

    public int year() {
        return today().getYear();
    }

    /** The school's calendar day of an instant. */
    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone()).toLocalDate();
    }

    public ZonedDateTime at(Instant instant) {
        return instant.atZone(zone());
    }

    /** The first instant of a day at the school. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone()).toInstant();
    }
}
