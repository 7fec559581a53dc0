package org.houqin.routines.schedule;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The rounds of a schedule: their windows in the school's zone, and keys that any generation agrees on. */
class OccurrencesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final SchoolCalendar CALENDAR = SchoolCalendars.year2026();
    private static final Window MORNING = Window.sameDay(LocalTime.of(7, 30), LocalTime.of(9, 0), Duration.ofHours(1));

    private static List<Occurrence> between(Cadence cadence, Window window, String from, String to) {
        return Occurrences.between(cadence, window, CALENDAR, parse(from), parse(to), SHANGHAI);
    }

    @Test
    void aRoundOpensIsDueAndBecomesOverdueAfterItsGraceInTheSchoolsZone() {
        Occurrence round = between(new Once(parse("2026-11-20")), MORNING, "2026-11-01", "2026-11-30").get(0);
        assertThat(round.key()).isEqualTo("2026-11-20");
        assertThat(round.opensAt()).isEqualTo(Instant.parse("2026-11-19T23:30:00Z"));
        assertThat(round.dueAt()).isEqualTo(Instant.parse("2026-11-20T01:00:00Z"));
        assertThat(round.overdueAt()).isEqualTo(Instant.parse("2026-11-20T02:00:00Z"));
    }

    @Test
    void aMonthlyCheckMayBeDueDaysAfterItOpens() {
        Window fiveDays = Window.daysLater(LocalTime.of(8, 0), 5, LocalTime.of(17, 0), Duration.ofDays(2));
        Occurrence round = between(new Monthly(1), fiveDays, "2026-10-01", "2026-10-31").get(0);
        assertThat(round.opensAt()).isEqualTo(Instant.parse("2026-10-01T00:00:00Z"));
        assertThat(round.dueAt()).isEqualTo(Instant.parse("2026-10-06T09:00:00Z"));
        assertThat(round.overdueAt()).isEqualTo(Instant.parse("2026-10-08T09:00:00Z"));
    }

    @Test
    void eachMealHasItsOwnWindowAndAMealWithoutOneUsesTheGeneralWindow() {
        Window canteen = MORNING.withMeal(Meal.BREAKFAST, LocalTime.of(6, 30), LocalTime.of(8, 30), Duration.ZERO)
                .withMeal(Meal.LUNCH, LocalTime.of(11, 0), LocalTime.of(13, 0), Duration.ofMinutes(30));
        Cadence meals = new PerMeal(Set.of(Meal.DINNER, Meal.LUNCH, Meal.BREAKFAST), DayRule.SCHOOL_DAYS);
        List<Occurrence> rounds = between(meals, canteen, "2026-10-09", "2026-10-09");
        assertThat(rounds).extracting(Occurrence::key)
                .containsExactly("2026-10-09/BREAKFAST", "2026-10-09/LUNCH", "2026-10-09/DINNER");
        assertThat(rounds.get(0).overdueAt()).isEqualTo(Instant.parse("2026-10-09T00:30:00Z"));
        assertThat(rounds.get(1).opensAt()).isEqualTo(Instant.parse("2026-10-09T03:00:00Z"));
        assertThat(rounds.get(1).overdueAt()).isEqualTo(Instant.parse("2026-10-09T05:30:00Z"));
        assertThat(rounds.get(2).opensAt()).isEqualTo(Instant.parse("2026-10-08T23:30:00Z"));
    }

    @Test
    void aHolidayHasNoMealRoundsOnSchoolDays() {
        Cadence lunch = new PerMeal(Set.of(Meal.LUNCH), DayRule.SCHOOL_DAYS);
        assertThat(between(lunch, MORNING, "2026-10-01", "2026-10-07")).isEmpty();
    }

    @Test
    void overlappingRangesGiveTheSameRoundsWhereTheyMeet() {
        Cadence weekly = new Weekly(java.time.DayOfWeek.FRIDAY);
        List<Occurrence> september = between(weekly, MORNING, "2026-09-01", "2026-10-02");
        List<Occurrence> autumn = between(weekly, MORNING, "2026-09-20", "2026-10-31");
        List<Occurrence> overlap = between(weekly, MORNING, "2026-09-20", "2026-10-02");
        assertThat(september).containsSubsequence(overlap);
        assertThat(autumn).startsWith(overlap.toArray(Occurrence[]::new));
        assertThat(overlap).extracting(Occurrence::key).containsExactly("2026-09-24", "2026-09-30");
    }

    @Test
    void generatingTheSameRangeTwiceGivesEqualRounds() {
        Cadence daily = new Daily(DayRule.EXCEPT_DAYS_OFF);
        assertThat(between(daily, MORNING, "2026-09-01", "2027-01-31"))
                .isEqualTo(between(daily, MORNING, "2026-09-01", "2027-01-31"));
    }

    @Test
    void aOnceScheduleGeneratedOnTwoNodesWithDifferentRangesHasOneKey() {
        Cadence once = new Once(parse("2026-11-20"));
        Set<String> table = new HashSet<>();
        int nodeA = add(table, between(once, MORNING, "2026-11-01", "2026-11-30"));
        int nodeB = add(table, between(once, MORNING, "2026-11-15", "2026-12-15"));
        assertThat(nodeA + nodeB).isEqualTo(1);
        assertThat(table).containsExactly("2026-11-20");
    }

    /** Stands for the insert with a unique (schedule, key): how many rows were new. */
    private static int add(Set<String> table, List<Occurrence> rounds) {
        return (int) rounds.stream().filter(round -> table.add(round.key())).count();
    }

    @Test
    void refusesABackwardsOrEndlessRange() {
        assertThatThrownBy(() -> between(new Weekdays(), MORNING, "2026-10-02", "2026-10-01"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> between(new Weekdays(), MORNING, "1950-01-01", "2026-10-01"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAWindowDueBeforeItOpens() {
        assertThatThrownBy(() -> Window.sameDay(LocalTime.of(9, 0), LocalTime.of(8, 0), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("due after it opens");
    }
}
