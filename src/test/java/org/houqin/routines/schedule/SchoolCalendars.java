package org.houqin.routines.schedule;

import static java.time.LocalDate.parse;

import java.util.List;
import java.util.Set;

import org.houqin.routines.schedule.SchoolCalendar.DaysOff;
import org.houqin.routines.schedule.SchoolCalendar.Semester;

/**
 * A school's 2026-2027 year as a school would enter it: the first semester 2026-09-01 to 2027-01-22, the second from
 * 2027-02-22, 中秋 on Friday 2026-09-25 with its weekend, 国庆 2026-10-01..10-07 with the make-up Sunday 09-20 and
 * Saturday 10-10, 元旦 2027-01-01..01-03, and the summer and winter vacations.
 */
final class SchoolCalendars {

    private SchoolCalendars() {
    }

    static SchoolCalendar year2026() {
        return new SchoolCalendar(
                List.of(new Semester("2026-2027学年第一学期", parse("2026-09-01"), parse("2027-01-22")),
                        new Semester("2026-2027学年第二学期", parse("2027-02-22"), parse("2027-07-02"))),
                List.of(new DaysOff("暑假", parse("2026-07-11"), parse("2026-08-31")),
                        new DaysOff("中秋节", parse("2026-09-25"), parse("2026-09-27")),
                        new DaysOff("国庆节", parse("2026-10-01"), parse("2026-10-07")),
                        new DaysOff("元旦", parse("2027-01-01"), parse("2027-01-03")),
                        new DaysOff("寒假", parse("2027-01-23"), parse("2027-02-21"))),
                Set.of(parse("2026-09-20"), parse("2026-10-10")));
    }
}
