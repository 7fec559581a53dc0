package org.houqin.iam.token;

import java.util.OptionalLong;

import org.houqin.platform.security.SystemWork;
import org.houqin.platform.settings.Settings;
import org.houqin.platform.time.SchoolClock;
import org.springframework.stereotype.Component;

/**
 * The calls per minute an API token may make: the owner's school's setting ({@link TokenSettings#CALLS_PER_MINUTE},
 * the default for a district account), counted in this node's memory per token.
 */
@Component
class TokenRateLimit {

    /** Enough for every token a school or a district uses at once; the least recently used are forgotten. */
    static final int TRACKED_TOKENS = 10_000;

    private final TokenBuckets buckets = new TokenBuckets(TRACKED_TOKENS);
    private final Settings settings;
    private final SchoolClock clock;

    TokenRateLimit(Settings settings, SchoolClock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** @return empty when the call may go ahead, else the seconds the client should wait (Retry-After) */
    OptionalLong take(long tokenId, Long schoolId) {
        int perMinute = schoolId == null ? TokenSettings.CALLS_PER_MINUTE.defaultValue()
                : SystemWork.call(() -> settings.get(schoolId, TokenSettings.CALLS_PER_MINUTE));
        return buckets.take(tokenId, perMinute, clock.now());
    }
}
