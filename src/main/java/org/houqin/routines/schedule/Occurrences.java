package org.houqin.routines.schedule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rounds of a schedule in a range of days. Pure and deterministic: the same cadence, window and calendar give the
 * same occurrences with the same keys whichever range is asked and on whichever node, so generating ahead twice, or
 * from two nodes at once, can only add rows that a unique constraint on (schedule, key) refuses.
 */
public final class Occurrences {

    /** The longest range asked at once: a scheduler generates weeks ahead, a report reads a school year. */
    public static final long MAX_DAYS = 732;

    private Occurrences() {
    }

    /** The occurrences on days in [from, to], in order of day and then meal. */
    public static List<Occurrence> between(Cadence cadence, Window window, SchoolCalendar calendar, LocalDate from,
            LocalDate to, ZoneId zone) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("Occurrences are asked for up to " + MAX_DAYS + " days in order, not "
                    + from + " to " + to);
        }
        return cadence.days(calendar, from, to).stream().flatMap(day -> on(cadence, window, day, zone)).toList();
    }

    private static Stream<Occurrence> on(Cadence cadence, Window window, LocalDate day, ZoneId zone) {
        if (cadence instanceof PerMeal perMeal) {
            return perMeal.meals().stream().map(meal -> window.forMeal(meal).on(day, meal.name(), zone));
        }
        return Stream.of(window.times().on(day, "", zone));
    }
}
