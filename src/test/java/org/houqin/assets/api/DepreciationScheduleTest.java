package org.houqin.assets.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.houqin.assets.depreciation.Depreciation;
import org.houqin.assets.depreciation.Depreciation.StartRule;
import org.junit.jupiter.api.Test;

/** The month-by-month schedule the depreciation endpoint answers, as a rule alone. */
class DepreciationScheduleTest {

    private static final LocalDate ARRIVED = LocalDate.of(2026, 3, 20);

    @Test
    void theLastMonthTakesWhatRoundingLeftSoTheTotalIsTheOriginalValue() {
        List<Depreciation.Month> months = Depreciation.schedule(new BigDecimal("1000"), 3, ARRIVED, null,
                StartRule.SAME_MONTH);
        assertThat(months).extracting(Depreciation.Month::month)
                .containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 4), YearMonth.of(2026, 5));
        assertThat(months).extracting(Depreciation.Month::charge).containsExactly(new BigDecimal("333.33"),
                new BigDecimal("333.33"), new BigDecimal("333.34"));
        assertThat(months.get(2).net()).isEqualByComparingTo("0");
    }

    @Test
    void aSchoolChargingFromTheNextMonthStartsAMonthLater() {
        assertThat(Depreciation.schedule(new BigDecimal("1200"), 12, ARRIVED, null, StartRule.NEXT_MONTH).get(0)
                .month()).isEqualTo(YearMonth.of(2026, 4));
    }

    @Test
    void theMonthACardLeavesIsNotCharged() {
        List<Depreciation.Month> months = Depreciation.schedule(new BigDecimal("1200"), 12, ARRIVED,
                LocalDate.of(2026, 6, 10), StartRule.SAME_MONTH);
        assertThat(months).extracting(Depreciation.Month::month).last().isEqualTo(YearMonth.of(2026, 5));
        assertThat(months.get(months.size() - 1).net()).isEqualByComparingTo("900.00");
    }

    @Test
    void landBooksAndRelicsHaveNoSchedule() {
        assertThat(Depreciation.schedule(new BigDecimal("50000"), null, ARRIVED, null, StartRule.SAME_MONTH)).isEmpty();
    }
}
