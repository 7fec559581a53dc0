package org.houqin.notifications.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * "A failed delivery is tried again after 1, 5 and 30 minutes, 2 and 12 hours, then given up": growing waits ride out
 * a mail server's restart or a robot's rate limit (20 posts a minute) without hammering it, and a message older than
 * about 15 hours is no longer worth sending.
 */
@Component
class RetryPolicy {

    private final List<Duration> delays;

    @Autowired
    RetryPolicy(NotificationsProperties properties) {
        this(properties.retryDelays());
    }

    RetryPolicy(List<Duration> delays) {
        if (delays.isEmpty() || delays.stream().anyMatch(delay -> delay.isNegative() || delay.isZero())) {
            throw new IllegalArgumentException("Retry delays must be positive: " + delays);
        }
        this.delays = List.copyOf(delays);
    }

    int maxAttempts() {
        return delays.size() + 1;
    }

    /** The wait before the next attempt after {@code attempts} failed ones, or empty when it is time to give up. */
    Optional<Duration> delayAfter(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts start at 1: " + attempts);
        }
        return attempts >= maxAttempts() ? Optional.empty() : Optional.of(delays.get(attempts - 1));
    }
}
