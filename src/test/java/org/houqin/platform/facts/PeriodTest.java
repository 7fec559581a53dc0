package org.houqin.platform.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.RuleViolation;
import org.junit.jupiter.api.Test;

/** A period is whole school days, both ends included, in the school's zone. */
class PeriodTest {

    private static final SchoolClock SHANGHAI = SchoolClock.of(ZoneId.of("Asia/Shanghai"));

    @Test
    void coversWholeDaysAtTheSchoolWhateverZoneTheServerIsIn() {
        Period term = Period.of(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 24));
        assertThat(term.start(SHANGHAI)).isEqualTo(Instant.parse("2026-08-31T16:00:00Z"));
        assertThat(term.end(SHANGHAI)).as("exclusive: the first instant of the day after")
                .isEqualTo(Instant.parse("2027-01-24T16:00:00Z"));
        assertThat(term.end(SchoolClock.of(ZoneId.of("Europe/Berlin"))))
                .isEqualTo(Instant.parse("2027-01-24T23:00:00Z"));
    }

    @Test
    void includesBothEnds() {
        Period day = Period.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 1));
        assertThat(day.days()).isEqualTo(1);
        assertThat(day.contains(LocalDate.of(2026, 9, 1))).isTrue();
        assertThat(day.contains(LocalDate.of(2026, 9, 2))).isFalse();
        assertThat(Period.month(YearMonth.of(2027, 2))).isEqualTo(Period.of(LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 2, 28)));
    }

    @Test
    void theSchoolYearRunsFromSeptemberToAugust() {
        Period year = Period.of(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31));
        assertThat(Period.schoolYearOf(LocalDate.of(2026, 9, 1))).isEqualTo(year);
        assertThat(Period.schoolYearOf(LocalDate.of(2027, 3, 15))).isEqualTo(year);
        assertThat(Period.schoolYearOf(LocalDate.of(2027, 8, 31))).isEqualTo(year);
        assertThat(Period.schoolYearOf(LocalDate.of(2026, 8, 31)).to()).isEqualTo(LocalDate.of(2026, 8, 31));
    }

    @Test
    void thePeriodBeforeHasAsManyDays() {
        Period march = Period.month(YearMonth.of(2027, 3));
        assertThat(march.before()).isEqualTo(Period.of(LocalDate.of(2027, 1, 29), LocalDate.of(2027, 2, 28)));
        assertThat(march.before().days()).isEqualTo(march.days());
    }

    @Test
    void rejectsAnEndBeforeTheStartNamingTheEnd() {
        assertThatThrownBy(() -> Period.of(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 1)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("to");
                    assertThat(e.messageKey()).isEqualTo("facts.period.reversed");
                });
    }

    @Test
    void rejectsMoreThanFiveYears() {
        LocalDate from = LocalDate.of(2020, 9, 1);
        assertThat(Period.of(from, from.plusYears(Period.MAX_YEARS)).days()).isGreaterThan(1800);
        assertThatThrownBy(() -> Period.of(from, from.plusYears(Period.MAX_YEARS).plusDays(1)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("facts.period.tooLong"));
    }

    @Test
    void writesItselfAsTheQueryOfAReportPage() {
        assertThat(Period.of(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 24)).query())
                .isEqualTo("from=2026-09-01&to=2027-01-24");
    }
}
