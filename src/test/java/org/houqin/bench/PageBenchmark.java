package org.houqin.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Page latency under concurrent signed-in users, on loopback only. Not part of {@code ./mvnw verify}; run it with
 * {@code ./mvnw verify -Dbench.excluded=none -Dtest=PageBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.users=50 -Dbench.seconds=30}). It prints a table and asserts nothing about time.
 */
@Tag("bench")
class PageBenchmark extends IntegrationTest {

    private final Map<String, List<Long>> samples = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();

    @Test
    void pagesUnderConcurrentUsers() throws Exception {
        int users = Integer.getInteger("bench.users", 50);
        int seconds = Integer.getInteger("bench.seconds", 30);
        long room = Demo.count(jdbc, "SELECT min(id) FROM places.room WHERE school_id = ?", Demo.schoolId(jdbc));
        List<String> pages = List.of("/", "/places/rooms", "/places/rooms?q=A-1", "/places/rooms/" + room,
                "/places/buildings", "/org/staff", "/org/staff?page=5&sort=name", "/org/departments", "/org/classes",
                "/admin/audit", "/api/v1/rooms?page=3", "/notifications", "/repairs", "/repairs?view=OPEN",
                "/repairs/board", "/repairs/stats");
        String[] accounts = {"admin", "director", "principal", "storekeeper", "teacher"};
        List<WebUser> sessions = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            sessions.add(login(accounts[i % accounts.length]));
        }
        run(sessions, pages, 5_000, false);
        run(sessions, pages, seconds * 1_000L, true);
        print(users, seconds);
    }

    private void run(List<WebUser> sessions, List<String> pages, long millis, boolean record) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        CountDownLatch done = new CountDownLatch(sessions.size());
        for (WebUser session : sessions) {
            Thread thread = new Thread(() -> {
                try {
                    while (System.currentTimeMillis() < end) {
                        String page = pages.get(ThreadLocalRandom.current().nextInt(pages.size()));
                        long start = System.nanoTime();
                        int status = session.get(page).status();
                        long took = System.nanoTime() - start;
                        if (record) {
                            samples.computeIfAbsent(page, key -> java.util.Collections.synchronizedList(new ArrayList<>()))
                                    .add(took);
                            if (status != 200 && status != 403) {
                                errors.computeIfAbsent(page, key -> new AtomicLong()).incrementAndGet();
                            }
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
            thread.start();
        }
        done.await();
    }

    private void print(int users, int seconds) {
        StringBuilder table = new StringBuilder("\n| page | requests | p50 ms | p95 ms | p99 ms | errors |\n|---|---|---|---|---|---|\n");
        Map<String, List<Long>> sorted = new LinkedHashMap<>(new java.util.TreeMap<>(samples));
        long total = 0;
        for (var entry : sorted.entrySet()) {
            long[] nanos = entry.getValue().stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(nanos);
            total += nanos.length;
            table.append("| ").append(entry.getKey()).append(" | ").append(nanos.length).append(" | ")
                    .append(ms(nanos, 0.50)).append(" | ").append(ms(nanos, 0.95)).append(" | ")
                    .append(ms(nanos, 0.99)).append(" | ")
                    .append(errors.getOrDefault(entry.getKey(), new AtomicLong()).get()).append(" |\n");
        }
        table.append("\n").append(users).append(" users, ").append(seconds).append(" s, ").append(total)
                .append(" requests, ").append(total / Math.max(1, seconds)).append(" per second\n");
        System.out.println(table);
    }

    private static String ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return "-";
        }
        long nanos = sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
        return String.format("%.1f", nanos / 1_000_000.0);
    }
}
