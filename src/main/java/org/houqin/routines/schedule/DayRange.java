package org.houqin.routines.schedule;

import java.time.LocalDate;
import java.util.stream.Stream;

/** The days of a closed range [from, to], which is how schedules ask for their occurrences. */
final class DayRange {

    private DayRange() {
    }

    static Stream<LocalDate> of(LocalDate from, LocalDate to) {
        return from.datesUntil(to.plusDays(1));
    }

    static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
