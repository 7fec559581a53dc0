package org.houqin.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Cells as a Chinese office writes them. */
class ImportValuesTest {

    @Test
    void readsTheCommonChineseDateForms() {
        LocalDate may = LocalDate.of(2020, 5, 1);
        for (String text : List.of("2020-05-01", "2020-5-1", "2020/5/1", "2020/05/01", "2020.5.1", "2020年5月1日",
                "2020年05月01日", " 2020-05-01 ")) {
            assertThat(ImportValues.date(text)).as(text).isEqualTo(may);
        }
    }

    @Test
    void readsAMonthAloneAsItsFirstDayAndSaysSo() {
        LocalDate august = LocalDate.of(2019, 8, 1);
        for (String text : List.of("2019.08", "2019.8", "2019年8月", "2019-08", "2019/8")) {
            assertThat(ImportValues.date(text)).as(text).isEqualTo(august);
            assertThat(ImportValues.monthOnly(text)).as(text).isTrue();
        }
        assertThat(ImportValues.monthOnly("2019-08-01")).isFalse();
    }

    @Test
    void readsAnExcelDayCountTypedIntoANumberCell() {
        assertThat(ImportValues.date("43678")).isEqualTo(LocalDate.of(2019, 8, 1));
        assertThat(ImportValues.date("43952.0")).isEqualTo(LocalDate.of(2020, 5, 1));
    }

    @Test
    void refusesAPastDateBefore1950OrInTheFuture() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertThat(ImportValues.pastDate("1950-01-01", today)).isEqualTo(LocalDate.of(1950, 1, 1));
        for (String text : List.of("1019-05-01", "1949.12", "2026-12-08")) {
            assertThat(problem(() -> ImportValues.pastDate(text, today))).as(text).isEqualTo("import.error.implausibleDate");
        }
    }

    @Test
    void refusesWhatIsNotOneDate() {
        for (String text : List.of("2020-02-30", "2020/5-1", "20200501", "5/1/2020", "2020.13", "去年五月", "439520",
                "2020-05-01 08:00", "二〇二〇年五月一日")) {
            assertThat(problem(() -> ImportValues.date(text))).as(text).isEqualTo("import.error.date");
        }
    }

    @Test
    void readsNumbersWithinTheirBounds() {
        assertThat(ImportValues.money("￥1，234.5元")).isEqualTo(new BigDecimal("1234.50"));
        assertThat(ImportValues.decimal("1.5", BigDecimal.TEN)).isEqualByComparingTo("1.5");
        assertThat(problem(() -> ImportValues.decimal("10", BigDecimal.TEN))).isEqualTo("import.error.tooLarge");
        assertThat(ImportValues.whole("1,000", 1_000)).isEqualTo(1_000);
        assertThat(problem(() -> ImportValues.text("四个字啊", 3))).isEqualTo("import.error.tooLong");
    }

    private static String problem(Runnable read) {
        try {
            read.run();
        } catch (RowProblem problem) {
            return problem.messageKey();
        }
        return "no problem";
    }
}
