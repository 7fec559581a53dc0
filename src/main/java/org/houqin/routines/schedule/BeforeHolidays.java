package org.houqin.routines.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * 节假日前: the last school day before each holiday or vacation that keeps the pupils home at least so many days in a
 * row, weekends joined to it counted (节假日前安全检查 before 国庆, 寒假, 暑假). Two holidays that share one stretch
 * without school give one round.
 */
public record BeforeHolidays(int minDays) implements Cadence {

    public BeforeHolidays {
        if (minDays < 1) {
            throw new IllegalArgumentException("A holiday lasts at least 1 day, not " + minDays);
        }
    }

    @Override
    public List<LocalDate> days(SchoolCalendar calendar, LocalDate from, LocalDate to) {
        return calendar.daysOff().stream()
                .filter(off -> calendar.daysWithoutSchoolAround(off) >= minDays)
                .flatMap(off -> calendar.lastSchoolDayBefore(off.firstDay()).stream())
                .filter(d -> DayRange.within(d, from, to)).distinct().sorted().toList();
    }

    @Override
    public String toText() {
        return "BEFORE_HOLIDAYS:" + minDays;
    }

    @Override
    public String messageKey() {
        return "routine.cadence.beforeHolidays";
    }

    @Override
    public List<Object> messageArguments() {
        return List.of(minDays);
    }
}
