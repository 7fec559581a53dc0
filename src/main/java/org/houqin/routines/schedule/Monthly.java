package org.houqin.routines.schedule;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * 每月: a day of the month, kept on holidays too (a fire check is monthly whatever the calendar) and clamped to
 * the month's length (the 31st is 2月28日 in February); or the first school day of the month, which a month of
 * vacation does not have. Chosen months make it quarterly (a kindergarten's evacuation drill in 3, 6, 9 and 12月) or
 * yearly (每年9月), which is how repairs' quarterly and yearly maintenance plans will run on it.
 */
public record Monthly(int day, Set<Month> months) implements Cadence {

    /** The day that stands for "the first school day of the month". */
    public static final int FIRST_SCHOOL_DAY = 0;

    public Monthly {
        if (day < FIRST_SCHOOL_DAY || day > 31) {
            throw new IllegalArgumentException("A day of the month is 1 to 31, not " + day);
        }
        months = Collections.unmodifiableSet(months == null || months.isEmpty() ? EnumSet.allOf(Month.class)
                : EnumSet.copyOf(months));
    }

    /** Every month on this day. */
    public Monthly(int day) {
        this(day, Set.of());
    }

    public static Monthly firstSchoolDay() {
        return new Monthly(FIRST_SCHOOL_DAY);
    }

    /** The same day in the chosen months only. */
    public Monthly in(Month... chosen) {
        return new Monthly(day, Set.of(chosen));
    }

    public boolean everyMonth() {
        return months.size() == Month.values().length;
    }

    @Override
    public List<LocalDate> days(SchoolCalendar calendar, LocalDate from, LocalDate to) {
        return Stream.iterate(YearMonth.from(from), m -> !m.isAfter(YearMonth.from(to)), m -> m.plusMonths(1))
                .filter(m -> months.contains(m.getMonth()))
                .flatMap(m -> day == FIRST_SCHOOL_DAY ? calendar.firstSchoolDayOf(m).stream()
                        : Stream.of(m.atDay(Math.min(day, m.lengthOfMonth()))))
                .filter(d -> DayRange.within(d, from, to)).toList();
    }

    /** {@code MONTHLY:31}, {@code MONTHLY:FIRST_SCHOOL_DAY}, or with months {@code MONTHLY:15:3,6,9,12}. */
    @Override
    public String toText() {
        String text = "MONTHLY:" + (day == FIRST_SCHOOL_DAY ? "FIRST_SCHOOL_DAY" : String.valueOf(day));
        return everyMonth() ? text : text + ":" + monthNumbers();
    }

    @Override
    public String messageKey() {
        String key = day == FIRST_SCHOOL_DAY ? "routine.cadence.monthly.firstSchoolDay" : "routine.cadence.monthly.day";
        return everyMonth() ? key : key + "InMonths";
    }

    /** The day (unless it is the first school day), then the months when they are chosen, as {@code 3, 6, 9, 12}. */
    @Override
    public List<Object> messageArguments() {
        Stream<Object> dayArgument = day == FIRST_SCHOOL_DAY ? Stream.empty() : Stream.of(day);
        Stream<Object> monthArgument = everyMonth() ? Stream.empty() : Stream.of(monthNumbers().replace(",", ", "));
        return Stream.concat(dayArgument, monthArgument).toList();
    }

    private String monthNumbers() {
        return months.stream().map(m -> String.valueOf(m.getValue())).collect(Collectors.joining(","));
    }
}
