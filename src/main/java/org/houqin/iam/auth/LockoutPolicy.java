package org.houqin.iam.auth;

import java.time.Duration;
import java.time.Instant;

/**
 * "5 wrong passwords within 15 minutes lock the account for 15 minutes" (the numbers are settings). Pure logic: it
 * takes the account's counters and says what they become.
 */
record LockoutPolicy(int maxFailures, Duration window, Duration lockDuration) {

    /** Failures counted since {@code windowStart}, and the lock, if any. */
    record Counters(int failedAttempts, Instant windowStart, Instant lockedUntil) {

        static final Counters CLEAR = new Counters(0, null, null);
    }

    boolean isLocked(Counters counters, Instant now) {
        return counters.lockedUntil() != null && now.isBefore(counters.lockedUntil());
    }

    Counters afterFailure(Counters counters, Instant now) {
        boolean windowOpen = counters.windowStart() != null && now.isBefore(counters.windowStart().plus(window));
        if (!windowOpen) {
            return new Counters(1, now, lockFor(1, now, counters.lockedUntil()));
        }
        int attempts = counters.failedAttempts() + 1;
        return new Counters(attempts, counters.windowStart(), lockFor(attempts, now, counters.lockedUntil()));
    }

    private Instant lockFor(int attempts, Instant now, Instant current) {
        return attempts >= maxFailures ? now.plus(lockDuration) : current;
    }
}
