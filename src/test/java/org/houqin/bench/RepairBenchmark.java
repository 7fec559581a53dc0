package org.houqin.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.houqin.iam.token.TokenSettings;
import org.houqin.platform.security.SystemWork;
import org.houqin.platform.settings.SettingChanges;
import org.houqin.platform.settings.Settings;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.SettingsSnapshot;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The repairs benchmark of the repairs issue: a school with at least 2,000 repairs in mixed states; the board's list
 * (10 per page, open states, newest first), a text search and creating a repair, each at 1 and 4 concurrent clients
 * over keep-alive HTTP with an API token; then 2,000 creates from 8 clients at once and a count of distinct numbers.
 * Run with {@code ./mvnw verify -Dbench.excluded=none -Dtest=RepairBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.seconds=20}). It prints tables and asserts nothing about time.
 */
@Tag("bench")
class RepairBenchmark extends IntegrationTest {

    @Autowired
    Settings settings;
    @Autowired
    SettingChanges changes;

    private SettingsSnapshot before;

    /** The API's own rate limit would answer most of the load with 429: as high as a school may set it. */
    @BeforeEach
    void noRateLimitToSpeakOf() {
        before = SettingsSnapshot.of(settings, Demo.schoolId(jdbc), TokenSettings.GROUP);
        SystemWork.run(() -> changes.change(Demo.schoolId(jdbc), TokenSettings.CALLS_PER_MINUTE, 100_000));
    }

    @AfterEach
    void putBack() {
        before.restore(changes, jdbc);
    }

    private static final Pattern TOKEN = Pattern.compile("(hq_[A-Za-z0-9_-]{20,})");
    private static final Pattern NUMBER = Pattern.compile("\"number\":\"(BX-\\d{4}-\\d{5})\"");

    @Test
    void repairListSearchAndCreate() throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 20);
        RepairVolumes.ensure(jdbc, Demo.schoolId(jdbc), 2_000);
        String director = token("director");
        String teacher = token("teacher");
        long room = Demo.count(jdbc, "SELECT id FROM places.room WHERE code = 'A-101' AND school_id = ?", Demo.schoolId(jdbc));
        long category = Demo.count(jdbc, "SELECT id FROM repairs.category WHERE name = '照明' AND school_id = ?",
                Demo.schoolId(jdbc));
        Function<WebUser, Integer> list = client -> client.getWithToken(
                "/api/v1/repairs?view=OPEN&sort=reported&dir=desc&size=10", director).status();
        Function<WebUser, Integer> search = client -> client.getWithToken(
                "/api/v1/repairs?view=ALL&size=10&q=%E7%81%AF%E7%AE%A1", director).status();
        Function<WebUser, Integer> create = client -> client.sendJson("POST", "/api/v1/repairs",
                "{\"roomId\":" + room + ",\"categoryId\":" + category + ",\"description\":\"压测：灯管不亮\","
                        + "\"submissionKey\":\"" + UUID.randomUUID() + "\"}", teacher).status();
        StringBuilder table = new StringBuilder("\n| operation | clients | requests | per second | p50 ms | p99 ms | errors |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (var operation : new Object[][] {{"list (board, 10 open, newest first)", list}, {"search \"灯管\"", search},
                {"create", create}}) {
            for (int clients : new int[] {1, 4}) {
                @SuppressWarnings("unchecked")
                Function<WebUser, Integer> call = (Function<WebUser, Integer>) operation[1];
                run(clients, 3, call);
                table.append(row((String) operation[0], clients, seconds, run(clients, seconds, call)));
            }
        }
        System.out.println(table);
        System.out.println(numbers(teacher, room, category));
    }

    /** 2,000 creates from 8 clients at once: how many distinct numbers came back and are stored. */
    private String numbers(String teacher, long room, long category) throws Exception {
        long before = Demo.count(jdbc, "SELECT count(*) FROM repairs.request WHERE description = '编号压测'");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<List<String>>> parts = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            parts.add(pool.submit(() -> {
                WebUser client = anonymous();
                List<String> numbers = new ArrayList<>();
                for (int i = 0; i < 250; i++) {
                    String body = client.sendJson("POST", "/api/v1/repairs", "{\"roomId\":" + room + ",\"categoryId\":"
                            + category + ",\"description\":\"编号压测\",\"submissionKey\":\"" + UUID.randomUUID() + "\"}",
                            teacher).body();
                    Matcher matcher = NUMBER.matcher(body);
                    if (matcher.find()) {
                        numbers.add(matcher.group(1));
                    }
                }
                return numbers;
            }));
        }
        List<String> all = new ArrayList<>();
        for (Future<List<String>> part : parts) {
            all.addAll(part.get());
        }
        pool.shutdown();
        long stored = Demo.count(jdbc, "SELECT count(*) FROM repairs.request WHERE description = '编号压测'") - before;
        long distinct = Demo.count(jdbc, "SELECT count(DISTINCT number) FROM repairs.request WHERE description = '编号压测'");
        return "\n2,000 concurrent creates (8 clients): " + all.size() + " answered with a number, "
                + all.stream().distinct().count() + " distinct numbers answered, " + stored + " stored, " + distinct
                + " distinct numbers stored\n";
    }

    private String token(String username) {
        WebUser user = login(username);
        user.post("/account/tokens", Map.of("name", "压测"));
        Matcher matcher = TOKEN.matcher(user.get("/account/tokens").body());
        if (!matcher.find()) {
            throw new IllegalStateException("no token for " + username);
        }
        return matcher.group(1);
    }

    private record Result(long[] nanos, long errors, long millis) {
    }

    private Result run(int clients, int seconds, Function<WebUser, Integer> call) throws InterruptedException {
        List<Long> samples = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        long start = System.currentTimeMillis();
        long end = start + seconds * 1_000L;
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            WebUser client = anonymous();
            Thread thread = new Thread(() -> {
                try {
                    while (System.currentTimeMillis() < end) {
                        long begin = System.nanoTime();
                        int status = call.apply(client);
                        samples.add(System.nanoTime() - begin);
                        if (status != 200 && status != 201) {
                            errors.incrementAndGet();
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
            thread.start();
        }
        done.await();
        long[] nanos = samples.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(nanos);
        return new Result(nanos, errors.get(), System.currentTimeMillis() - start);
    }

    private static String row(String name, int clients, int seconds, Result result) {
        return "| " + name + " | " + clients + " | " + result.nanos().length + " | "
                + String.format("%.0f", result.nanos().length * 1000.0 / result.millis()) + " | "
                + ms(result.nanos(), 0.50) + " | " + ms(result.nanos(), 0.99) + " | " + result.errors() + " |\n";
    }

    private static String ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return "-";
        }
        long nanos = sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
        return String.format("%.1f", nanos / 1_000_000.0);
    }
}
