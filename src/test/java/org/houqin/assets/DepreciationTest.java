package org.houqin.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.houqin.assets.depreciation.Depreciation;
import org.houqin.assets.depreciation.Depreciation.Figures;
import org.houqin.assets.depreciation.Depreciation.StartRule;
import org.junit.jupiter.api.Test;

/** Depreciation figures against cases worked by hand. */
class DepreciationTest {

    private static final BigDecimal COMPUTER = new BigDecimal("7200.00");

    @Test
    void aComputerOfSixYearsIsChargedOneHundredAMonthFromTheMonthItArrives() {
        // 7 200 元 / 72 months = 100 元; bought 15 March 2024, as of December 2024: March..December = 10 months.
        Figures f = Depreciation.asOf(COMPUTER, 72, LocalDate.of(2024, 3, 15), null, YearMonth.of(2024, 12),
                StartRule.SAME_MONTH);
        assertThat(f.monthly()).isEqualByComparingTo("100.00");
        assertThat(f.monthsCharged()).isEqualTo(10);
        assertThat(f.accumulated()).isEqualByComparingTo("1000.00");
        assertThat(f.net()).isEqualByComparingTo("6200.00");
        assertThat(f.charge()).isEqualByComparingTo("100.00");
        assertThat(f.fullyDepreciated()).isFalse();
    }

    @Test
    void theNextMonthRuleStartsOneMonthLater() {
        Figures f = Depreciation.asOf(COMPUTER, 72, LocalDate.of(2024, 3, 15), null, YearMonth.of(2024, 12),
                StartRule.NEXT_MONTH);
        assertThat(f.monthsCharged()).isEqualTo(9);
        assertThat(f.accumulated()).isEqualByComparingTo("900.00");
        Figures arrivalMonth = Depreciation.asOf(COMPUTER, 72, LocalDate.of(2024, 3, 15), null, YearMonth.of(2024, 3),
                StartRule.NEXT_MONTH);
        assertThat(arrivalMonth.accumulated()).isEqualByComparingTo("0.00");
        assertThat(arrivalMonth.charge()).isEqualByComparingTo("0.00");
    }

    @Test
    void aFullyDepreciatedAssetStaysAtZeroAndIsChargedNoMore() {
        // Bought January 2015, 72 months: the last charge is December 2020.
        Figures end = Depreciation.asOf(COMPUTER, 72, LocalDate.of(2015, 1, 5), null, YearMonth.of(2020, 12),
                StartRule.SAME_MONTH);
        assertThat(end.monthsCharged()).isEqualTo(72);
        assertThat(end.accumulated()).isEqualByComparingTo("7200.00");
        assertThat(end.net()).isEqualByComparingTo("0.00");
        assertThat(end.charge()).isEqualByComparingTo("100.00");
        assertThat(end.fullyDepreciated()).isTrue();
        Figures later = Depreciation.asOf(COMPUTER, 72, LocalDate.of(2015, 1, 5), null, YearMonth.of(2026, 11),
                StartRule.SAME_MONTH);
        assertThat(later.accumulated()).isEqualByComparingTo("7200.00");
        assertThat(later.charge()).isEqualByComparingTo("0.00");
    }

    @Test
    void theLastMonthTakesWhatRoundingLeft() {
        // 1 000 元 over 36 months: 27.78 a month (35 × 27.78 = 972.30), the 36th month 27.70.
        LocalDate bought = LocalDate.of(2023, 1, 1);
        Figures month35 = Depreciation.asOf(new BigDecimal("1000"), 36, bought, null, YearMonth.of(2025, 11),
                StartRule.SAME_MONTH);
        assertThat(month35.monthly()).isEqualByComparingTo("27.78");
        assertThat(month35.accumulated()).isEqualByComparingTo("972.30");
        Figures month36 = Depreciation.asOf(new BigDecimal("1000"), 36, bought, null, YearMonth.of(2025, 12),
                StartRule.SAME_MONTH);
        assertThat(month36.accumulated()).isEqualByComparingTo("1000.00");
        assertThat(month36.charge()).isEqualByComparingTo("27.70");
    }

    @Test
    void landAndBooksAreNotDepreciated() {
        Figures land = Depreciation.asOf(new BigDecimal("3000000"), null, LocalDate.of(2000, 1, 1), null,
                YearMonth.of(2026, 11), StartRule.SAME_MONTH);
        assertThat(land.depreciable()).isFalse();
        assertThat(land.accumulated()).isEqualByComparingTo("0");
        assertThat(land.net()).isEqualByComparingTo("3000000.00");
    }

    @Test
    void theMonthAnAssetLeavesIsNotCharged() {
        // Bought January 2024, disposed 20 June 2024: January..May = 5 months.
        Figures f = Depreciation.asOf(COMPUTER, 72, LocalDate.of(2024, 1, 10), LocalDate.of(2024, 6, 20),
                YearMonth.of(2024, 12), StartRule.SAME_MONTH);
        assertThat(f.monthsCharged()).isEqualTo(5);
        assertThat(f.accumulated()).isEqualByComparingTo("500.00");
    }

    @Test
    void aMonthBeforeArrivalShowsTheFullValue() {
        Figures f = Depreciation.asOf(COMPUTER, 72, LocalDate.of(2024, 3, 15), null, YearMonth.of(2023, 12),
                StartRule.SAME_MONTH);
        assertThat(f.monthsCharged()).isZero();
        assertThat(f.net()).isEqualByComparingTo("7200.00");
    }

    @Test
    void chargesOfAYearAddUp() {
        BigDecimal year = Depreciation.chargedBetween(COMPUTER, 72, LocalDate.of(2024, 3, 15), null,
                YearMonth.of(2025, 1), YearMonth.of(2025, 12), StartRule.SAME_MONTH);
        assertThat(year).isEqualByComparingTo("1200.00");
    }
}
