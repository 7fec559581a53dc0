package org.houqin.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** How long something waited, as a person reads it: hours for the first two days, days after. */
class WaitedTest {

    @Test
    void underFortyEightHoursAWaitIsToldInHours() {
        assertThat(Times.waitedKey(Duration.ofMinutes(30))).isEqualTo("time.waited.hours");
        assertThat(Times.waitedCount(Duration.ofMinutes(30))).isZero();
        assertThat(Times.waitedKey(Duration.ofHours(47).plusMinutes(59))).isEqualTo("time.waited.hours");
        assertThat(Times.waitedCount(Duration.ofHours(47).plusMinutes(59))).isEqualTo(47);
    }

    @Test
    void fromFortyEightHoursOnAWaitIsToldInWholeDays() {
        assertThat(Times.waitedKey(Duration.ofHours(48))).isEqualTo("time.waited.days");
        assertThat(Times.waitedCount(Duration.ofHours(48))).isEqualTo(2);
        assertThat(Times.waitedCount(Duration.ofHours(1577))).as("not 已等 1,577 小时").isEqualTo(65);
    }

    @Test
    void aWaitThatHasNotBegunIsNone() {
        assertThat(Times.waitedKey(Duration.ofHours(-3))).isEqualTo("time.waited.hours");
        assertThat(Times.waitedCount(Duration.ofHours(-3))).isZero();
    }
}
