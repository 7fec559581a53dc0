package org.houqin.routines.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * 每学期第几周: chosen teaching weeks of each of the school's real semesters, on a chosen day of the week; week 0 is
 * the week before week 1, e.g. 开学前一周的校园安全卫生大检查. The day is kept as chosen, holiday or not: the school
 * picks the weeks with its calendar in front of it, and the week before term has no school days to move to.
 */
public record SemesterWeeks(List<Integer> weeks, DayOfWeek day) implements Cadence {

    /** The last teaching week one may choose; a long semester has about 22. */
    public static final int LAST_WEEK = 30;

    public SemesterWeeks {
        if (weeks == null || weeks.isEmpty()) {
            throw new IllegalArgumentException("A semester cadence needs at least one teaching week");
        }
        if (weeks.stream().anyMatch(w -> w == null || w < 0 || w > LAST_WEEK)) {
            throw new IllegalArgumentException("Teaching weeks are 0 to " + LAST_WEEK + ", not " + weeks);
        }
        weeks = weeks.stream().distinct().sorted().toList();
        Objects.requireNonNull(day, "day");
    }

    @Override
    public List<LocalDate> days(SchoolCalendar calendar, LocalDate from, LocalDate to) {
        return calendar.semesters().stream()
                .flatMap(s -> weeks.stream().map(w -> s.mondayOfWeek(w).plusDays(day.getValue() - 1L)))
                .filter(d -> DayRange.within(d, from, to)).distinct().sorted().toList();
    }

    @Override
    public String toText() {
        return "SEMESTER_WEEKS:" + weeks.stream().map(String::valueOf).collect(Collectors.joining(",")) + ":" + day;
    }

    @Override
    public String messageKey() {
        return "routine.cadence.semesterWeeks";
    }

    @Override
    public List<Object> messageArguments() {
        return List.of(weeks.stream().map(String::valueOf).collect(Collectors.joining(", ")), day);
    }
}
