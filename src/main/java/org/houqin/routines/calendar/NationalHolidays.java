package org.houqin.routines.calendar;

import static org.houqin.routines.calendar.SchoolCalendars.Kind.MAKE_UP;
import static org.houqin.routines.calendar.SchoolCalendars.Kind.OFF;

import java.time.LocalDate;
import java.util.List;

/**
 * The national holidays of a school year, with their make-up days, and the usual winter and summer vacations. The
 * 2026 dates follow 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号); the notice for 2027 is not out
 * yet, so the 2027 dates are provisional: the festivals' own days by the lunar calendar, to be corrected when it is.
 */
final class NationalHolidays {

    private NationalHolidays() {
    }

    /** The school year that starts in the autumn of that year; an empty list for a year not known here. */
    static List<CalendarDayForm> schoolYear(int autumnYear) {
        if (autumnYear != 2026) {
            return List.of();
        }
        return List.of(
                off("中秋节", "2026-09-25", "2026-09-27"),
                makeUp("国庆节调休上班", "2026-09-20"),
                off("国庆节", "2026-10-01", "2026-10-07"),
                makeUp("国庆节调休上班", "2026-10-10"),
                // 2027: provisional until the State Council's notice for 2027 is published.
                off("元旦", "2027-01-01", "2027-01-03"),
                off("寒假（含春节）", "2027-01-23", "2027-02-21"),
                off("清明节", "2027-04-03", "2027-04-05"),
                off("劳动节", "2027-05-01", "2027-05-05"),
                off("端午节", "2027-06-09", "2027-06-09"),
                off("暑假", "2027-07-10", "2027-08-31"));
    }

    private static CalendarDayForm off(String name, String first, String last) {
        return CalendarDayForm.of(OFF, LocalDate.parse(first), LocalDate.parse(last), name);
    }

    private static CalendarDayForm makeUp(String name, String day) {
        return CalendarDayForm.of(MAKE_UP, LocalDate.parse(day), LocalDate.parse(day), name);
    }
}
