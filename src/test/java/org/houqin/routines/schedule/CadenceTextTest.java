package org.houqin.routines.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A cadence is stored as text: every kind reads back equal, and text that is not a cadence is refused. */
class CadenceTextTest {

    private static final List<Cadence> EVERY_KIND = List.of(
            new PerMeal(Set.of(Meal.DINNER, Meal.BREAKFAST), DayRule.SCHOOL_DAYS),
            new Daily(DayRule.EVERY_DAY), new Daily(DayRule.EXCEPT_DAYS_OFF), new Weekdays(),
            new Weekly(DayOfWeek.FRIDAY), new Monthly(31), Monthly.firstSchoolDay(),
            new Monthly(15).in(Month.DECEMBER, Month.MARCH, Month.JUNE, Month.SEPTEMBER),
            Monthly.firstSchoolDay().in(Month.SEPTEMBER),
            new SemesterWeeks(List.of(10, 0, 1), DayOfWeek.MONDAY), new BeforeHolidays(3),
            new Once(LocalDate.parse("2026-11-20")));

    @Test
    void everyKindReadsBackFromItsText() {
        for (Cadence cadence : EVERY_KIND) {
            assertThat(Cadence.parse(cadence.toText())).isEqualTo(cadence);
        }
    }

    @Test
    void theTextsAreTheOnesAStoredScheduleKeeps() {
        assertThat(EVERY_KIND).extracting(Cadence::toText).containsExactly("PER_MEAL:BREAKFAST,DINNER:SCHOOL_DAYS",
                "DAILY:EVERY_DAY", "DAILY:EXCEPT_DAYS_OFF", "WEEKDAYS", "WEEKLY:FRIDAY", "MONTHLY:31",
                "MONTHLY:FIRST_SCHOOL_DAY", "MONTHLY:15:3,6,9,12", "MONTHLY:FIRST_SCHOOL_DAY:9",
                "SEMESTER_WEEKS:0,1,10:MONDAY", "BEFORE_HOLIDAYS:3", "ONCE:2026-11-20");
    }

    @Test
    void everyKindHasADescriptionKey() {
        assertThat(EVERY_KIND).extracting(Cadence::messageKey).containsExactly("routine.cadence.perMeal.SCHOOL_DAYS",
                "routine.cadence.daily.EVERY_DAY", "routine.cadence.daily.EXCEPT_DAYS_OFF", "routine.cadence.weekdays",
                "routine.cadence.weekly", "routine.cadence.monthly.day", "routine.cadence.monthly.firstSchoolDay",
                "routine.cadence.monthly.dayInMonths", "routine.cadence.monthly.firstSchoolDayInMonths",
                "routine.cadence.semesterWeeks", "routine.cadence.beforeHolidays", "routine.cadence.once");
        assertThat(new SemesterWeeks(List.of(0, 1, 10), DayOfWeek.MONDAY).messageArguments())
                .containsExactly("0, 1, 10", DayOfWeek.MONDAY);
        assertThat(new Monthly(15).in(Month.MARCH, Month.SEPTEMBER).messageArguments()).containsExactly(15, "3, 9");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "HOURLY", "WEEKLY", "WEEKLY:FUNDAY", "WEEKLY:FRIDAY:MONDAY", "MONTHLY:32",
        "MONTHLY:0", "MONTHLY:07", "MONTHLY", "MONTHLY:15:13", "MONTHLY:15:12,3", "MONTHLY:15:",
        "MONTHLY:15:1,2,3,4,5,6,7,8,9,10,11,12", "MONTHLY:15:3:6", "MONTHLY:-1", "DAILY:SCHOOL_DAYS",
        "WEEKDAYS:MONDAY", "PER_MEAL::SCHOOL_DAYS",
        "PER_MEAL:LUNCH,BREAKFAST:SCHOOL_DAYS", "PER_MEAL:SUPPER:EVERY_DAY", "SEMESTER_WEEKS:0,31:MONDAY",
        "SEMESTER_WEEKS:1,1:MONDAY", "BEFORE_HOLIDAYS:0", "ONCE:2026-02-30", "ONCE:tomorrow", "weekly:FRIDAY"})
    void refusesTextThatIsNotACadence(String text) {
        assertThatThrownBy(() -> Cadence.parse(text)).isInstanceOf(CadenceTextException.class)
                .hasMessageStartingWith("Not a cadence: '" + text + "'");
    }

    @Test
    void theRefusalSaysWhatIsWrong() {
        assertThatThrownBy(() -> Cadence.parse("WEEKLY:FUNDAY"))
                .hasMessage("Not a cadence: 'WEEKLY:FUNDAY' (unknown day of the week 'FUNDAY')");
        assertThatThrownBy(() -> Cadence.parse("MONTHLY:07"))
                .hasMessage("Not a cadence: 'MONTHLY:07' (its canonical form is 'MONTHLY:7')");
        assertThatThrownBy(() -> Cadence.parse(null)).isInstanceOf(CadenceTextException.class);
    }
}
