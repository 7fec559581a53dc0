package org.houqin.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class AddressRangesTest {

    @Test
    void anIpv4RangeHoldsItsAddressesAndNoOthers() {
        AddressRanges ranges = AddressRanges.parse(List.of("10.8.0.0/16", "192.168.1.20"));

        assertThat(ranges.contains("10.8.200.3")).isTrue();
        assertThat(ranges.contains("10.9.0.1")).isFalse();
        assertThat(ranges.contains("192.168.1.20")).isTrue();
        assertThat(ranges.contains("192.168.1.21")).isFalse();
    }

    @Test
    void anIpv6RangeHoldsItsAddressesAndNoOthers() {
        AddressRanges ranges = AddressRanges.parse(List.of("fd00:1234::/32", "::1"));

        assertThat(ranges.contains("fd00:1234:0:0:0:0:0:7")).isTrue();
        assertThat(ranges.contains("fd00:1235::7")).isFalse();
        assertThat(ranges.contains("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(ranges.contains("10.0.0.1")).isFalse();
    }

    @Test
    void noRangesLetNobodyIn() {
        AddressRanges none = AddressRanges.parse(List.of());

        assertThat(none.isEmpty()).isTrue();
        assertThat(none.contains("127.0.0.1")).isFalse();
    }

    @Test
    void namesAndUnknownAddressesNeverMatch() {
        AddressRanges ranges = AddressRanges.parse(List.of("0.0.0.0/0"));

        assertThat(ranges.contains("203.0.113.9")).isTrue();
        assertThat(ranges.contains("localhost")).isFalse();
        assertThat(ranges.contains(null)).isFalse();
    }

    @Test
    void aWrongRangeStopsTheStartWithItsName() {
        for (String wrong : List.of("10.0.0.0/33", "10.0.0.256", "monitor.example.org", "fd00::/129", "10.0.0.0/x")) {
            assertThatThrownBy(() -> new OpsProperties(List.of(wrong)))
                    .as(wrong).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(wrong);
        }
    }

    @Test
    void blanksBetweenCommasAreIgnored() {
        assertThat(new OpsProperties(List.of(" 10.0.0.0/8 ", "")).ranges().contains("10.1.2.3")).isTrue();
    }
}
