package org.houqin.routines.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * 每天: every day, holidays too, or every day except the school's days off. School days alone are
 * {@link Weekdays}, so that each meaning has one text.
 */
public record Daily(DayRule dayRule) implements Cadence {
    public Daily {
        if (dayRule == null || dayRule == DayRule.SCHOOL_DAYS) {
            throw new IllegalArgumentException("A daily cadence is EVERY_DAY or EXCEPT_DAYS_OFF; "
                    + "school days are WEEKDAYS");
        }
    }

    @Override
    public List<LocalDate> days(SchoolCalendar calendar, LocalDate from, LocalDate to) {
        return DayRange.of(from, to).filter(day -> dayRule.keeps(calendar, day)).toList();
    }

    @Override
    public String toText() {
        return "DAILY:" + dayRule;
    }

    @Override
    public String messageKey() {
        return "routine.cadence.daily." + dayRule;
    }
}
