package org.houqin.routines.schedule;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The days each cadence falls on in the 2026-2027 year of {@link SchoolCalendars}. */
class CadenceDaysTest {

    private final SchoolCalendar calendar = SchoolCalendars.year2026();

    private List<LocalDate> days(Cadence cadence, String from, String to) {
        return cadence.days(calendar, parse(from), parse(to));
    }

    @Test
    void theNationalDayHolidaySkipsDailyAndSchoolDayRounds() {
        assertThat(days(new Daily(DayRule.EXCEPT_DAYS_OFF), "2026-09-29", "2026-10-09"))
                .containsExactly(parse("2026-09-29"), parse("2026-09-30"), parse("2026-10-08"), parse("2026-10-09"));
        assertThat(days(new Weekdays(), "2026-09-29", "2026-10-10"))
                .containsExactly(parse("2026-09-29"), parse("2026-09-30"), parse("2026-10-08"), parse("2026-10-09"),
                        parse("2026-10-10"));
    }

    @Test
    void everyDayMeansHolidaysTooForTheGate() {
        assertThat(days(new Daily(DayRule.EVERY_DAY), "2026-09-29", "2026-10-09")).hasSize(11);
    }

    @Test
    void aDormitoryDailyRoundKeepsOrdinaryWeekendsButNotTheVacation() {
        assertThat(days(new Daily(DayRule.EXCEPT_DAYS_OFF), "2026-10-16", "2026-10-18")).hasSize(3);
        assertThat(days(new Daily(DayRule.EXCEPT_DAYS_OFF), "2027-01-22", "2027-01-24"))
                .containsExactly(parse("2027-01-22"));
    }

    @Test
    void theLastSchoolDayBeforeTheSevenDayNationalHolidayHasTheHolidayCheck() {
        assertThat(days(new BeforeHolidays(7), "2026-09-01", "2026-12-31")).containsExactly(parse("2026-09-30"));
    }

    @Test
    void shorterHolidaysWithTheirWeekendsCountWhenTheMinimumIsThreeDays() {
        assertThat(days(new BeforeHolidays(3), "2026-09-01", "2027-01-31")).containsExactly(parse("2026-09-24"),
                parse("2026-09-30"), parse("2026-12-31"), parse("2027-01-22"));
    }

    @Test
    void twoHolidaysInOneStretchWithoutSchoolGiveOneRound() {
        SchoolCalendar year2025 = new SchoolCalendar(
                List.of(new SchoolCalendar.Semester("2025-2026学年第一学期", parse("2025-09-01"), parse("2026-01-16"))),
                List.of(new SchoolCalendar.DaysOff("国庆节", parse("2025-10-01"), parse("2025-10-07")),
                        SchoolCalendar.DaysOff.day("中秋节", parse("2025-10-08"))),
                Set.of(parse("2025-09-28"), parse("2025-10-11")));
        assertThat(new BeforeHolidays(3).days(year2025, parse("2025-09-01"), parse("2025-12-31")))
                .containsExactly(parse("2025-09-30"));
    }

    @Test
    void semesterWeeksZeroOneAndTenFallInTheRealSemesters() {
        Cadence cadence = new SemesterWeeks(List.of(0, 1, 10), DayOfWeek.MONDAY);
        assertThat(days(cadence, "2026-08-01", "2027-05-31")).containsExactly(parse("2026-08-24"),
                parse("2026-08-31"), parse("2026-11-02"), parse("2027-02-15"), parse("2027-02-22"),
                parse("2027-04-26"));
    }

    @Test
    void weekZeroIsTheWeekBeforeTermAndKeepsItsChosenDay() {
        Cadence beforeTerm = new SemesterWeeks(List.of(0), DayOfWeek.THURSDAY);
        assertThat(days(beforeTerm, "2026-08-01", "2026-09-30")).containsExactly(parse("2026-08-27"));
    }

    @Test
    void theThirtyFirstIsTheLastDayOfFebruary() {
        assertThat(days(new Monthly(31), "2027-01-01", "2027-03-31"))
                .containsExactly(parse("2027-01-31"), parse("2027-02-28"), parse("2027-03-31"));
    }

    @Test
    void aKindergartensQuarterlyDrillFallsInItsChosenMonthsOnly() {
        Cadence quarterly = new Monthly(15).in(Month.MARCH, Month.JUNE, Month.SEPTEMBER, Month.DECEMBER);
        assertThat(days(quarterly, "2026-08-01", "2027-07-31")).containsExactly(parse("2026-09-15"),
                parse("2026-12-15"), parse("2027-03-15"), parse("2027-06-15"));
    }

    @Test
    void aYearlyCheckOnTheFirstSchoolDayOfSeptemberIsTheFirstDayOfTerm() {
        assertThat(days(Monthly.firstSchoolDay().in(Month.SEPTEMBER), "2026-01-01", "2026-12-31"))
                .containsExactly(parse("2026-09-01"));
    }

    @Test
    void theFirstSchoolDayOfAMonthSkipsTheHolidayAndAVacationMonthHasNone() {
        assertThat(days(Monthly.firstSchoolDay(), "2026-08-01", "2026-10-31"))
                .containsExactly(parse("2026-09-01"), parse("2026-10-08"));
    }

    @Test
    void aWeeklyRoundOnAHolidayMovesWithinItsWeekAndAWeekWithoutSchoolHasNone() {
        assertThat(days(new Weekly(DayOfWeek.FRIDAY), "2026-09-14", "2026-10-11")).containsExactly(
                parse("2026-09-18"), parse("2026-09-24"), parse("2026-09-30"), parse("2026-10-09"));
        assertThat(days(new Weekly(DayOfWeek.FRIDAY), "2027-01-25", "2027-02-14")).isEmpty();
    }

    @Test
    void aWeeklyRoundMovesForwardInItsWeekBeforeItMovesBack() {
        assertThat(days(new Weekly(DayOfWeek.MONDAY), "2026-10-05", "2026-10-11"))
                .containsExactly(parse("2026-10-08"));
        assertThat(days(new Weekly(DayOfWeek.THURSDAY), "2026-09-28", "2026-10-04"))
                .containsExactly(parse("2026-09-30"));
    }

    @Test
    void aWeeklySaturdayRoundIsKeptOnAMakeUpSaturday() {
        assertThat(days(new Weekly(DayOfWeek.SATURDAY), "2026-10-05", "2026-10-11"))
                .containsExactly(parse("2026-10-10"));
        assertThat(days(new Weekly(DayOfWeek.SATURDAY), "2026-10-12", "2026-10-18"))
                .containsExactly(parse("2026-10-16"));
    }

    @Test
    void onceIsItsDateWhenTheRangeHoldsIt() {
        assertThat(days(new Once(parse("2026-11-20")), "2026-11-01", "2026-11-30"))
                .containsExactly(parse("2026-11-20"));
        assertThat(days(new Once(parse("2026-11-20")), "2026-12-01", "2026-12-31")).isEmpty();
    }

    @Test
    void perMealRoundsFollowTheirDayRule() {
        Cadence canteen = new PerMeal(Set.of(Meal.LUNCH), DayRule.SCHOOL_DAYS);
        assertThat(days(canteen, "2026-10-05", "2026-10-11"))
                .containsExactly(parse("2026-10-08"), parse("2026-10-09"), parse("2026-10-10"));
    }
}
