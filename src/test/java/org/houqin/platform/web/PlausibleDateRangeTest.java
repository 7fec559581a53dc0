package org.houqin.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.houqin.platform.HouqinProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Dates from 1950 to 2100 are plausible unless the operator sets houqin.dates.earliest and latest. */
class PlausibleDateRangeTest {

    private static HouqinProperties.Dates bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("houqin", HouqinProperties.class)
                .dates();
    }

    @Test
    void from1950To2100UnlessTheOperatorSaysOtherwise() {
        HouqinProperties.Dates dates = bind(Map.of());
        assertThat(dates.earliest()).isEqualTo(LocalDate.of(1950, 1, 1));
        assertThat(dates.latest()).isEqualTo(LocalDate.of(2100, 12, 31));
        assertThat(dates.include(LocalDate.of(1950, 1, 1))).isTrue();
        assertThat(dates.include(LocalDate.of(2100, 12, 31))).isTrue();
        assertThat(dates.include(LocalDate.of(1000, 1, 1))).isFalse();
        assertThat(dates.include(LocalDate.of(10000, 1, 1))).isFalse();

        HouqinProperties.Dates narrower = bind(Map.of("houqin.dates.earliest", "2000-01-01"));
        assertThat(narrower.include(LocalDate.of(1999, 12, 31))).isFalse();
        assertThat(narrower.include(LocalDate.of(2000, 1, 1))).isTrue();
    }

    @Test
    void aRangeThatEndsBeforeItStartsStopsTheStart() {
        Map<String, String> reversed = Map.of("houqin.dates.earliest", "2100-01-01", "houqin.dates.latest", "2000-01-01");
        assertThatThrownBy(() -> bind(reversed)).isInstanceOf(BindException.class);
    }
}
