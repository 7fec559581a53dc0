package org.houqin.platform.cache;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.SystemWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Per-school lookups that list pages and filter forms read on every request (rooms, departments, staff, asset
 * categories), each in a bounded Caffeine cache keyed by school id. A module evicts a school's entry when it writes
 * what the lookup shows; every node hears of it through PostgreSQL's {@code NOTIFY} (ADR 0030).
 */
@Component
public class SchoolCaches {

    /** The channel every node listens on; a payload is {@code <name>:<school id>}. */
    static final String CHANNEL = "houqin_cache";

    /** A safety net only: eviction is by event, this bounds what a lost notification could cost. */
    private static final Duration AT_MOST = Duration.ofMinutes(10);

    private final Map<String, Cache<Long, Object>> caches = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final int schoolsPerLookup;

    /** @param schoolsPerLookup the bound of each cache; 0 keeps nothing (every read loads, as without the kit) */
    SchoolCaches(JdbcClient jdbc, @Value("${houqin.cache.schools-per-lookup:500}") int schoolsPerLookup) {
        this.jdbc = jdbc;
        this.schoolsPerLookup = schoolsPerLookup;
    }

    /** The cache of one lookup; a name is {@code <module>.<lookup>} and is declared once per owner. */
    public <V> Named<V> named(String name) {
        if (name.contains(":")) {
            throw new IllegalArgumentException("A cache name has no colon: " + name);
        }
        caches.computeIfAbsent(name, n -> Caffeine.newBuilder().maximumSize(schoolsPerLookup)
                .expireAfterWrite(AT_MOST).recordStats().build());
        return new Named<>(this, name);
    }

    /** One lookup's cache. Values must be immutable: every request of the school shares them. */
    public static final class Named<V> {

        private final SchoolCaches caches;
        private final String name;

        private Named(SchoolCaches caches, String name) {
            this.caches = caches;
            this.name = name;
        }

        /** The school's value, loaded by the caller's own query (with its school filter) when not cached. */
        @SuppressWarnings("unchecked")
        public V get(long schoolId, Supplier<V> load) {
            if (!readsAs(schoolId)) {
                // Row-level security would hide the school's rows from this caller: what it reads is not the
                // school's lookup, so it is neither served from nor kept in the cache.
                return load.get();
            }
            return (V) caches.caches.get(name).get(schoolId, key -> load.get());
        }

        /** Forgets the school's value here after the current transaction commits, and on every other node. */
        public void evict(long schoolId) {
            caches.evict(name, schoolId);
        }

        public String name() {
            return name;
        }
    }

    /** Forgets a school's value of the named cache, here after commit and on every other node. */
    public void evict(String name, long schoolId) {
        String payload = name + ":" + schoolId;
        // Inside a transaction PostgreSQL delivers the notification at commit, and not at all on rollback.
        jdbc.sql("SELECT pg_notify('" + CHANNEL + "', ?)").param(payload).query((rs, n) -> 1).list();
        forget(name, schoolId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // again after commit: a request reading meanwhile may have cached what the transaction was replacing
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget(name, schoolId);
                }
            });
        }
    }

    /** A notification heard from the database (another node's change, or this node's own). */
    void heard(String payload) {
        int colon = payload.lastIndexOf(':');
        if (colon < 0) {
            return;
        }
        try {
            forget(payload.substring(0, colon), Long.parseLong(payload.substring(colon + 1)));
        } catch (NumberFormatException e) {
            // not ours: ignore
        }
    }

    void forget(String name, long schoolId) {
        Cache<Long, Object> cache = caches.get(name);
        if (cache != null) {
            cache.invalidate(schoolId);
        }
    }

    /** Hits and loads of each lookup since start, by name: a load is one query the cache did not save. */
    public Map<String, CacheStats> stats() {
        Map<String, CacheStats> stats = new TreeMap<>();
        caches.forEach((name, cache) -> stats.put(name, cache.stats()));
        return stats;
    }

    /** Forgets everything: after the listener lost its connection, notifications may have been missed. */
    void clear() {
        caches.values().forEach(Cache::invalidateAll);
    }

    /** Whether the current work's database scope shows the school's rows (the same decision as the pool's). */
    private static boolean readsAs(long schoolId) {
        if (SystemWork.isActive()) {
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return user.district() || user.visibleSchoolIds().contains(schoolId);
        }
        return RequestContextHolder.getRequestAttributes() == null;
    }
}
