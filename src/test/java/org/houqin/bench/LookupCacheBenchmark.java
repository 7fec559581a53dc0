package org.houqin.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import org.houqin.platform.cache.SchoolCaches;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The asset register's page with and without the per-school lookup caches (ADR 0030): time per request and the
 * lookup queries each request made (the caches' loads). Run it twice, the second time without caches:
 * {@code ./mvnw verify -Dbench.excluded=none -Dtest=LookupCacheBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * and again with {@code -Dhouqin.cache.schools-per-lookup=0}. It prints a table and asserts nothing about time.
 */
@Tag("bench")
class LookupCacheBenchmark extends IntegrationTest {

    @Autowired
    @Qualifier("migrationDataSource")
    private DataSource owner;

    @Autowired
    private SchoolCaches caches;

    @Test
    void registerPageWithAndWithoutLookupCaches() throws Exception {
        int requests = Integer.getInteger("bench.requests", 1000);
        long cards = AssetBenchmark.fill(JdbcClient.create(owner), Demo.schoolId(jdbc), 20_000);
        List<WebUser> users = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            users.add(login("storekeeper"));
        }
        String[] pages = {"/assets", "/assets?status=IDLE"};
        StringBuilder table = new StringBuilder("\nCards: " + cards + ", lookup caches "
                + (Integer.getInteger("houqin.cache.schools-per-lookup", 500) == 0 ? "off" : "on")
                + "\n| page | clients | requests | per second | p50 ms | mean ms | p95 ms | lookup loads per request "
                + "| lookup hits per request |\n|---|---|---|---|---|---|---|---|---|\n");
        for (String page : pages) {
            for (int clients : new int[] {1, 4}) {
                measure(users, page, clients, requests / 5);
                long[] before = counts();
                long started = System.nanoTime();
                long[] nanos = measure(users, page, clients, requests);
                double seconds = (System.nanoTime() - started) / 1e9;
                long[] after = counts();
                Arrays.sort(nanos);
                table.append(String.format("| %s | %d | %d | %.0f | %.1f | %.1f | %.1f | %.2f | %.2f |%n", page,
                        clients, nanos.length, nanos.length / seconds, nanos[nanos.length / 2] / 1e6,
                        Arrays.stream(nanos).average().orElse(0) / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6,
                        (after[0] - before[0]) / (double) nanos.length,
                        (after[1] - before[1]) / (double) nanos.length));
            }
        }
        caches.stats().forEach((name, stats) -> table.append(name).append(": ").append(stats).append('\n'));
        System.out.println(table);
    }

    /** Loads and hits over every lookup cache. */
    private long[] counts() {
        Map<String, CacheStats> stats = caches.stats();
        return new long[] {stats.values().stream().mapToLong(CacheStats::loadCount).sum(),
                stats.values().stream().mapToLong(CacheStats::hitCount).sum()};
    }

    private static long[] measure(List<WebUser> users, String page, int clients, int requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> each = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                WebUser user = users.get(c);
                each.add(pool.submit(() -> {
                    long[] nanos = new long[requests / clients];
                    for (int i = 0; i < nanos.length; i++) {
                        long start = System.nanoTime();
                        WebUser.Page answer = user.get(page);
                        nanos[i] = System.nanoTime() - start;
                        if (answer.status() != 200) {
                            throw new IllegalStateException(page + " answered " + answer.status());
                        }
                    }
                    return nanos;
                }));
            }
            long[] all = new long[0];
            for (Future<long[]> f : each) {
                long[] part = f.get();
                long[] joined = Arrays.copyOf(all, all.length + part.length);
                System.arraycopy(part, 0, joined, all.length, part.length);
                all = joined;
            }
            return all;
        } finally {
            pool.shutdown();
        }
    }
}
