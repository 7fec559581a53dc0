package org.houqin.repairs.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A plan's next round: one cadence after its due date, skipping the rounds missed while nobody ran it. */
class CadenceTest {

    @Test
    void theNextRoundIsOneCadenceLater() {
        LocalDate due = LocalDate.of(2026, 11, 1);
        assertThat(Cadence.WEEKLY.nextAfter(due, due)).isEqualTo("2026-11-08");
        assertThat(Cadence.MONTHLY.nextAfter(due, due)).isEqualTo("2026-12-01");
        assertThat(Cadence.QUARTERLY.nextAfter(due, due)).isEqualTo("2027-02-01");
        assertThat(Cadence.SEMESTER.nextAfter(due, due)).isEqualTo("2027-05-01");
        assertThat(Cadence.YEARLY.nextAfter(due, due)).isEqualTo("2027-11-01");
    }

    @Test
    void missedRoundsAreSkippedSoOnlyOneWorkOrderIsRaised() {
        assertThat(Cadence.MONTHLY.nextAfter(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 11, 26)))
                .isEqualTo("2026-12-15");
    }

    @Test
    void theEndOfAMonthStaysInTheNextMonth() {
        assertThat(Cadence.MONTHLY.nextAfter(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 1, 31)))
                .isEqualTo("2027-02-28");
    }
}
