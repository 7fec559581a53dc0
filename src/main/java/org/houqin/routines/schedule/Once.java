package org.houqin.routines.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** 一次: a single date, such as a 专项检查 the education bureau asked for. */
public record Once(LocalDate date) implements Cadence {

    public Once {
        Objects.requireNonNull(date, "date");
    }

    @Override
    public List<LocalDate> days(SchoolCalendar calendar, LocalDate from, LocalDate to) {
        return DayRange.within(date, from, to) ? List.of(date) : List.of();
    }

    @Override
    public String toText() {
        return "ONCE:" + date;
    }

    @Override
    public String messageKey() {
        return "routine.cadence.once";
    }

    @Override
    public List<Object> messageArguments() {
        return List.of(date);
    }
}
