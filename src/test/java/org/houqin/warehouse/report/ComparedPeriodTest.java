package org.houqin.warehouse.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The consumption report compares a semester with the same semester a year before, not with the holiday before it. */
class ComparedPeriodTest {

    private static StockReportQueries.Filter period(String from, String to) {
        return new StockReportQueries.Filter(LocalDate.parse(from), LocalDate.parse(to), null, 7L, null);
    }

    @Test
    void aSemesterIsComparedWithTheSameDatesLastYear() {
        StockReportQueries.Filter before = ReportController.comparedWith(period("2026-09-01", "2027-01-22"));
        assertThat(before.from()).isEqualTo("2025-09-01");
        assertThat(before.to()).isEqualTo("2026-01-22");
        assertThat(before.categoryId()).as("the same category").isEqualTo(7L);
    }

    @Test
    void aWholeYearIsComparedWithTheYearBefore() {
        StockReportQueries.Filter before = ReportController.comparedWith(period("2024-03-01", "2025-02-28"));
        assertThat(before.from()).isEqualTo("2023-03-01");
        assertThat(before.to()).isEqualTo("2024-02-28");
    }

    @Test
    void fiveYearsAreComparedWithTheFiveYearsBeforeThem() {
        StockReportQueries.Filter before = ReportController.comparedWith(period("2021-12-07", "2026-12-06"));
        assertThat(before.to()).isEqualTo("2021-12-06");
        assertThat(before.from()).isEqualTo(LocalDate.parse("2021-12-07").minusDays(1826));
    }
}
