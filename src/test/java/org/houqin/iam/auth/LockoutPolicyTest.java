package org.houqin.iam.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private final LockoutPolicy policy = new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    private final Instant start = Instant.parse("2026-11-26T08:00:00Z");

    @Test
    void locksAfterFiveFailuresWithinTheWindow() {
        LockoutPolicy.Counters counters = LockoutPolicy.Counters.CLEAR;
        for (int i = 0; i < 4; i++) {
            counters = policy.afterFailure(counters, start.plusSeconds(60L * i));
            assertThat(policy.isLocked(counters, start.plusSeconds(60L * i))).isFalse();
        }
        counters = policy.afterFailure(counters, start.plusSeconds(300));
        assertThat(policy.isLocked(counters, start.plusSeconds(300))).isTrue();
        assertThat(counters.lockedUntil()).isEqualTo(start.plusSeconds(300).plus(Duration.ofMinutes(15)));
    }

    @Test
    void unlocksByItselfAfterTheLockDuration() {
        LockoutPolicy.Counters counters = LockoutPolicy.Counters.CLEAR;
        for (int i = 0; i < 5; i++) {
            counters = policy.afterFailure(counters, start);
        }
        assertThat(policy.isLocked(counters, start.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(policy.isLocked(counters, start.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void startsCountingAgainWhenTheWindowHasPassed() {
        LockoutPolicy.Counters counters = LockoutPolicy.Counters.CLEAR;
        for (int i = 0; i < 4; i++) {
            counters = policy.afterFailure(counters, start);
        }
        counters = policy.afterFailure(counters, start.plus(Duration.ofMinutes(16)));
        assertThat(counters.failedAttempts()).isEqualTo(1);
        assertThat(policy.isLocked(counters, start.plus(Duration.ofMinutes(16)))).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLock() {
        LockoutPolicy.Counters counters = LockoutPolicy.Counters.CLEAR;
        for (int i = 0; i < 10; i++) {
            counters = policy.afterFailure(counters, start.plus(Duration.ofMinutes(4L * i)));
        }
        assertThat(counters.lockedUntil()).isNull();
    }
}
