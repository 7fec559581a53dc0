package org.houqin.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A failed delivery waits longer after each failure and is given up after the last wait. */
class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(12)));

    @Test
    void waitsOneFiveAndThirtyMinutesThenTwoAndTwelveHours() {
        assertThat(policy.delayAfter(1)).contains(Duration.ofMinutes(1));
        assertThat(policy.delayAfter(2)).contains(Duration.ofMinutes(5));
        assertThat(policy.delayAfter(3)).contains(Duration.ofMinutes(30));
        assertThat(policy.delayAfter(4)).contains(Duration.ofHours(2));
        assertThat(policy.delayAfter(5)).contains(Duration.ofHours(12));
    }

    @Test
    void givesUpAfterTheSixthAttempt() {
        assertThat(policy.maxAttempts()).isEqualTo(6);
        assertThat(policy.delayAfter(6)).isEmpty();
        assertThat(policy.delayAfter(7)).as("a policy shortened since the attempts were made").isEmpty();
    }

    @Test
    void refusesWaitsThatAreNotPositiveAndAttemptsBelowOne() {
        assertThatThrownBy(() -> new RetryPolicy(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(List.of(Duration.ZERO))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
