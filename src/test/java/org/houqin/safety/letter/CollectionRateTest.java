package org.houqin.safety.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** 收交率 by hand: collected over due, as a percentage with one decimal, rounded half up. */
class CollectionRateTest {

    @Test
    void sevenOfEightIsEightySevenAndAHalf() {
        assertThat(new CollectionRate(7, 8).percent()).isEqualByComparingTo("87.5");
        assertThat(new CollectionRate(7, 8).shown()).isEqualTo("87.5%");
    }

    @Test
    void roundsTheSecondDecimalHalfUp() {
        // 20 / 23 = 86.956… → 87.0; 1 / 6 = 16.666… → 16.7; 1 / 16 = 6.25 → 6.3 (half up, not half even)
        assertThat(new CollectionRate(20, 23).percent()).isEqualTo(new BigDecimal("87.0"));
        assertThat(new CollectionRate(1, 6).percent()).isEqualTo(new BigDecimal("16.7"));
        assertThat(new CollectionRate(1, 16).percent()).isEqualTo(new BigDecimal("6.3"));
        assertThat(new CollectionRate(2, 3).percent()).isEqualTo(new BigDecimal("66.7"));
    }

    @Test
    void allAndNoneAreAHundredAndZero() {
        assertThat(new CollectionRate(8, 8).shown()).isEqualTo("100.0%");
        assertThat(new CollectionRate(0, 8).shown()).isEqualTo("0.0%");
        assertThat(new CollectionRate(0, 8).missing()).isEqualTo(8);
    }

    @Test
    void nothingDueHasNoRate() {
        assertThat(new CollectionRate(0, 0).percent()).isNull();
        assertThat(new CollectionRate(0, 0).shown()).isEqualTo("—");
    }

    @Test
    void refusesMoreCollectedThanDue() {
        assertThatThrownBy(() -> new CollectionRate(9, 8)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void schoolYearsAreTwoConsecutiveYearsFromAugust() {
        assertThat(SchoolYears.valid("2026-2027")).isTrue();
        assertThat(SchoolYears.valid("2026-2028")).isFalse();
        assertThat(SchoolYears.valid("2026")).isFalse();
        assertThat(SchoolYears.next("2026-2027")).isEqualTo("2027-2028");
        assertThat(SchoolYears.of(java.time.LocalDate.of(2026, 12, 7))).isEqualTo("2026-2027");
        assertThat(SchoolYears.of(java.time.LocalDate.of(2027, 3, 1))).isEqualTo("2026-2027");
        assertThat(SchoolYears.of(java.time.LocalDate.of(2027, 8, 20))).isEqualTo("2027-2028");
    }
}
