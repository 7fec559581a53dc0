package org.houqin.iam.token;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A token bucket per API token, in this node's memory: a token may spend its whole minute's allowance at once, and
 * it comes back evenly over the minute. The buckets of the tokens used least recently are forgotten beyond
 * {@code capacity}, so the memory stays bounded; a forgotten token starts again with a full bucket. With several
 * nodes each keeps its own buckets, so a client may make up to that many times the limit.
 */
final class TokenBuckets {

    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private static final class Bucket {
        double available;
        long lastNanos;

        Bucket(double available, long lastNanos) {
            this.available = available;
            this.lastNanos = lastNanos;
        }
    }

    private final Map<Long, Bucket> buckets;

    TokenBuckets(int capacity) {
        this.buckets = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Bucket> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * Takes one call from the token's bucket at {@code now}.
     *
     * @return empty when the call may go ahead, else the whole seconds until the next call may
     */
    synchronized OptionalLong take(long tokenId, int perMinute, Instant now) {
        long nanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
        Bucket bucket = buckets.computeIfAbsent(tokenId, id -> new Bucket(perMinute, nanos));
        double refilled = (double) Math.max(0, nanos - bucket.lastNanos) * perMinute / NANOS_PER_MINUTE;
        bucket.available = Math.min(perMinute, bucket.available + refilled);
        bucket.lastNanos = Math.max(bucket.lastNanos, nanos);
        if (bucket.available >= 1) {
            bucket.available -= 1;
            return OptionalLong.empty();
        }
        double secondsPerCall = 60.0 / perMinute;
        return OptionalLong.of(Math.max(1, (long) Math.ceil((1 - bucket.available) * secondsPerCall)));
    }

    synchronized int size() {
        return buckets.size();
    }
}
