package org.houqin.routines.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** 应做/已做/逾期/完成率, computed by hand. */
class CompletionTest {

    private static final Instant MONDAY = Instant.parse("2026-11-02T00:00:00Z");

    /** One round a day from Monday 2 November, each open 8 hours and overdue 1 hour after it is due. */
    private static List<Occurrence> rounds(int count) {
        return IntStream.range(0, count).mapToObj(i -> {
            Instant opens = MONDAY.plus(Duration.ofDays(i));
            return new Occurrence(LocalDate.of(2026, 11, 2).plusDays(i), "", opens, opens.plus(Duration.ofHours(8)),
                    opens.plus(Duration.ofHours(9)));
        }).toList();
    }

    /** Records for the first {@code count} rounds, the first {@code late} of them after the grace. */
    private static Map<String, Instant> records(List<Occurrence> rounds, int count, int late) {
        Map<String, Instant> submitted = new HashMap<>();
        for (int i = 0; i < count; i++) {
            Occurrence round = rounds.get(i);
            submitted.put(round.key(), i < late ? round.overdueAt().plusSeconds(60) : round.dueAt().minusSeconds(60));
        }
        return submitted;
    }

    @Test
    void twentyDueSeventeenDoneTwoOfThemLateAndThreeMissedIsEightyFivePercent() {
        List<Occurrence> rounds = rounds(20);
        Completion completion = Completion.of(rounds, records(rounds, 17, 2), MONDAY.plus(Duration.ofDays(30)));
        assertThat(completion.due()).isEqualTo(20);
        assertThat(completion.done()).isEqualTo(17);
        assertThat(completion.late()).isEqualTo(2);
        assertThat(completion.missed()).isEqualTo(3);
        assertThat(completion.overdue()).isEqualTo(5);
        assertThat(completion.rate()).hasValue(new BigDecimal("85.0"));
    }

    @Test
    void nothingDueHasNoRateRatherThanAHundredPercent() {
        assertThat(Completion.of(List.of(), Map.of(), MONDAY).rate()).isEmpty();
    }

    @Test
    void aRoundStillInItsGraceIsPendingAndStaysOutOfTheRate() {
        List<Occurrence> rounds = rounds(3);
        Instant duringTheThirdGrace = rounds.get(2).dueAt().plusSeconds(600);
        Completion completion = Completion.of(rounds, records(rounds, 1, 0), duringTheThirdGrace);
        assertThat(completion.pending()).isEqualTo(1);
        assertThat(completion.due()).isEqualTo(2);
        assertThat(completion.missed()).isEqualTo(1);
        assertThat(completion.rate()).hasValue(new BigDecimal("50.0"));
    }

    @Test
    void aRecordAtTheVeryEndOfTheGraceIsOnTime() {
        List<Occurrence> rounds = rounds(1);
        Completion completion = Completion.of(rounds, Map.of(rounds.get(0).key(), rounds.get(0).overdueAt()),
                rounds.get(0).overdueAt());
        assertThat(completion.late()).isZero();
        assertThat(completion.rate()).hasValue(new BigDecimal("100.0"));
    }

    @Test
    void ratesAreRoundedHalfUpToOneDecimal() {
        Instant later = MONDAY.plus(Duration.ofDays(60));
        List<Occurrence> sixteen = rounds(16);
        assertThat(Completion.of(sixteen, records(sixteen, 1, 0), later).rate()).hasValue(new BigDecimal("6.3"));
        List<Occurrence> three = rounds(3);
        assertThat(Completion.of(three, records(three, 2, 0), later).rate()).hasValue(new BigDecimal("66.7"));
        assertThat(Completion.of(three, Map.of(), later).rate()).hasValue(new BigDecimal("0.0"));
    }
}
