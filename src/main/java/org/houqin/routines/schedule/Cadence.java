package org.houqin.routines.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * How often a routine comes round, read against the school's calendar: 每餐, 每天, 每个上课日, 每周, 每月, 每学期第几周,
 * 节假日前, 一次. Each kind has a stable text form for storage ({@link #parse}, {@link #toText}) and a message key for
 * its description; {@link #days} gives the days it falls on in a range, the same days whatever range is asked.
 */
public sealed interface Cadence permits PerMeal, Daily, Weekdays, Weekly, Monthly,
        SemesterWeeks, BeforeHolidays, Once {

    /** The days in [from, to] this cadence falls on, in order. */
    List<LocalDate> days(SchoolCalendar calendar, LocalDate from, LocalDate to);

    /** The text stored for this cadence; {@link #parse} reads it back to an equal cadence. */
    String toText();

    /** The key of its description, e.g. {@code routine.cadence.weekly} = 每周{0}. */
    String messageKey();

    /** The values the description's placeholders take, in order. */
    default List<Object> messageArguments() {
        return List.of();
    }

    /** Reads a stored cadence; bad text is refused with a {@link CadenceTextException} that says what is wrong. */
    static Cadence parse(String text) {
        return CadenceText.parse(text);
    }
}
