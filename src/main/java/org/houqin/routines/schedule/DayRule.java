package org.houqin.routines.schedule;

import java.time.LocalDate;

/** Which days a daily routine keeps. */
public enum DayRule {
    /** Every day of the year, holidays too: the gate and the fire-control room never close. */
    EVERY_DAY,
    /** Every day, weekends included, except the days off the school lists: a boarding school's dormitory. */
    EXCEPT_DAYS_OFF,
    /** School days only: a weekday inside a semester and not off, or a make-up day. */
    SCHOOL_DAYS;

    boolean keeps(SchoolCalendar calendar, LocalDate day) {
        return switch (this) {
            case EVERY_DAY -> true;
            case EXCEPT_DAYS_OFF -> !calendar.isOff(day);
            case SCHOOL_DAYS -> calendar.isSchoolDay(day);
        };
    }
}
