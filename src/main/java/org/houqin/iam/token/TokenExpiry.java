package org.houqin.iam.token;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.houqin.platform.web.RuleViolation;

/**
 * A new token's expiry date: the last day it works, from today up to three years ahead (a year unless the owner
 * chooses). A token that never expires is only one made before tokens had a date.
 */
final class TokenExpiry {

    static final int DEFAULT_YEARS = 1;
    static final int MAX_YEARS = 3;

    private TokenExpiry() {
    }

    static LocalDate suggested(LocalDate today) {
        return today.plusYears(DEFAULT_YEARS);
    }

    /** @throws RuleViolation on {@code expiresOn} when the date is missing, past or too far ahead */
    static void check(LocalDate expiresOn, LocalDate today) {
        if (expiresOn == null) {
            throw new RuleViolation("expiresOn", "validation.required");
        }
        if (expiresOn.isBefore(today)) {
            throw new RuleViolation("expiresOn", "token.expiry.past");
        }
        if (expiresOn.isAfter(today.plusYears(MAX_YEARS))) {
            throw new RuleViolation("expiresOn", "token.expiry.tooFar", MAX_YEARS);
        }
    }

    /** The moment the token stops: the start of the day after its last day, in the school's zone. */
    static Instant endOf(LocalDate expiresOn, ZoneId zone) {
        return expiresOn.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The last day a token works, for the page. */
    static LocalDate lastDay(Instant expiresAt, ZoneId zone) {
        return expiresAt == null ? null : expiresAt.minusNanos(1).atZone(zone).toLocalDate();
    }
}
