package org.houqin.routines.schedule;

import java.time.LocalDate;
import java.util.List;

/** 每个上课日: each school day, make-up Saturdays included, holidays and vacations left out. */
public record Weekdays() implements Cadence {
    @Override
    public List<LocalDate> days(SchoolCalendar calendar, LocalDate from, LocalDate to) {
        return DayRange.of(from, to).filter(calendar::isSchoolDay).toList();
    }

    @Override
    public String toText() {
        return "WEEKDAYS";
    }

    @Override
    public String messageKey() {
        return "routine.cadence.weekdays";
    }
}
