package org.houqin.platform.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.RuleViolation;

/**
 * The days a report covers, both ends included, as the school's calendar counts them: a semester, a school year, a
 * month. Queries read it as the instants from the start of {@code from} to the start of the day after {@code to}
 * in the school's zone, so a repair reported at 23:30 on the last day belongs to the period wherever the server is.
 */
public record Period(LocalDate from, LocalDate to) {

    /** The longest period a report reads: five years, as the statistics pages allow. */
    public static final int MAX_YEARS = 5;

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new RuleViolation("to", "facts.period.reversed");
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new RuleViolation("to", "facts.period.tooLong", MAX_YEARS);
        }
    }

    public static Period of(LocalDate from, LocalDate to) {
        return new Period(from, to);
    }

    public static Period month(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth());
    }

    /**
     * The school year holding the day, 1 September to 31 August, as Chinese schools count it when they keep no
     * school years of their own.
     */
    public static Period schoolYearOf(LocalDate day) {
        int startYear = day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
        return new Period(LocalDate.of(startYear, Month.SEPTEMBER, 1), LocalDate.of(startYear + 1, Month.AUGUST, 31));
    }

    /** The first instant of the period at the school. */
    public Instant start(SchoolClock clock) {
        return clock.startOf(from);
    }

    /** The first instant after the period at the school (exclusive). */
    public Instant end(SchoolClock clock) {
        return clock.startOf(to.plusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** As many days just before this period, for "compared with the period before". */
    public Period before() {
        return new Period(from.minusDays(days()), from.minusDays(1));
    }

    /** The period as the query a report page takes, {@code from=2026-09-01&to=2027-01-24}. */
    public String query() {
        return "from=" + from + "&to=" + to;
    }
}
