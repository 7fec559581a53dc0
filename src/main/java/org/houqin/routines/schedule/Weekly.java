package org.houqin.routines.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * 每周: once a week on a chosen day, as weekly hand-ins are (每周矛盾纠纷排查记录). When that day is not a school
 * day the round moves to the next school day of the same week, else back to the last school day before it in
 * that week; a week without school (国庆, 寒假) has no round. See {@link SchoolCalendar#schoolDayInWeekOf}.
 */
public record Weekly(DayOfWeek day) implements Cadence {
    public Weekly {
        Objects.requireNonNull(day, "day");
    }

    @Override
    public List<LocalDate> days(SchoolCalendar calendar, LocalDate from, LocalDate to) {
        LocalDate first = from.minusDays(from.getDayOfWeek().getValue() - 1L).plusDays(day.getValue() - 1L);
        return Stream.iterate(first, d -> !d.isAfter(to.plusDays(6)), d -> d.plusWeeks(1))
                .flatMap(d -> calendar.schoolDayInWeekOf(d).stream())
                .filter(d -> DayRange.within(d, from, to)).toList();
    }

    @Override
    public String toText() {
        return "WEEKLY:" + day;
    }

    @Override
    public String messageKey() {
        return "routine.cadence.weekly";
    }

    @Override
    public List<Object> messageArguments() {
        return List.of(day);
    }
}
