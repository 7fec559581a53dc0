package org.houqin.routines.schedule;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.houqin.routines.schedule.SchoolCalendar.DaysOff;
import org.houqin.routines.schedule.SchoolCalendar.Semester;
import org.junit.jupiter.api.Test;

/** The school's year: which days the pupils are at school, and which teaching week a day is in. */
class SchoolCalendarTest {

    private final SchoolCalendar calendar = SchoolCalendars.year2026();

    @Test
    void aMakeUpSaturdayIsASchoolDayAndAnOrdinarySaturdayIsNot() {
        assertThat(calendar.isSchoolDay(parse("2026-10-10"))).isTrue();
        assertThat(calendar.isSchoolDay(parse("2026-09-20"))).isTrue();
        assertThat(calendar.isSchoolDay(parse("2026-10-17"))).isFalse();
    }

    @Test
    void holidaysAndVacationsAreNoSchoolDaysThoughTheyAreWeekdays() {
        assertThat(calendar.isSchoolDay(parse("2026-10-01"))).isFalse();
        assertThat(calendar.isSchoolDay(parse("2026-09-25"))).isFalse();
        assertThat(calendar.isSchoolDay(parse("2027-02-01"))).isFalse();
        assertThat(calendar.isSchoolDay(parse("2026-10-08"))).isTrue();
    }

    @Test
    void aWeekdayOutsideEverySemesterIsNoSchoolDay() {
        assertThat(calendar.isSchoolDay(parse("2026-08-31"))).isFalse();
        assertThat(calendar.semesterOf(parse("2026-08-31"))).isEmpty();
        assertThat(calendar.semesterOf(parse("2026-09-01"))).get().extracting(Semester::name)
                .isEqualTo("2026-2027学年第一学期");
    }

    @Test
    void teachingWeekOneHoldsTheFirstDayAndWeeksTurnOnMondays() {
        assertThat(calendar.teachingWeek(parse("2026-09-01"))).hasValue(1);
        assertThat(calendar.teachingWeek(parse("2026-09-06"))).hasValue(1);
        assertThat(calendar.teachingWeek(parse("2026-09-07"))).hasValue(2);
        assertThat(calendar.teachingWeek(parse("2026-10-08"))).hasValue(6);
        assertThat(calendar.teachingWeek(parse("2027-02-22"))).hasValue(1);
        assertThat(calendar.teachingWeek(parse("2027-02-01"))).isEmpty();
    }

    @Test
    void theDaysOffInARangeAreThoseThatTouchIt() {
        assertThat(calendar.daysOffBetween(parse("2026-09-27"), parse("2026-10-31")))
                .extracting(DaysOff::name).containsExactly("中秋节", "国庆节");
    }

    @Test
    void aHolidayCountsTheWeekendJoinedToIt() {
        DaysOff midAutumn = calendar.daysOffBetween(parse("2026-09-25"), parse("2026-09-25")).get(0);
        DaysOff nationalDay = calendar.daysOffBetween(parse("2026-10-01"), parse("2026-10-01")).get(0);
        assertThat(calendar.daysWithoutSchoolAround(midAutumn)).isEqualTo(3);
        assertThat(calendar.daysWithoutSchoolAround(nationalDay)).isEqualTo(7);
        assertThat(calendar.daysWithoutSchoolAround(DaysOff.day("周一假", parse("2026-11-30")))).isEqualTo(3);
    }

    @Test
    void refusesOverlappingSemesters() {
        assertThatThrownBy(() -> new SchoolCalendar(
                List.of(new Semester("上", parse("2026-09-01"), parse("2027-01-22")),
                        new Semester("下", parse("2027-01-22"), parse("2027-07-02"))),
                List.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
    }
}
