package org.houqin.bench;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The fixed-assets benchmark: the demo school filled up to 20,000 asset cards by SQL (spread over its rooms,
 * departments, custodians, depreciating categories, statuses and twenty years of purchases, one card in ten a batch),
 * then the register list filtered and paged (1 and 20 signed-in users), the depreciation schedule as of this month by
 * category and by department (1 and 4 users), and the register's Excel export of every card. Run with
 * {@code ./mvnw verify -Dbench.excluded=none -Dtest=AssetBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.seconds=8}). It prints a table and asserts nothing about time.
 */
@Tag("bench")
class AssetBenchmark extends IntegrationTest {

    private interface Call {
        String run(int client) throws Exception;
    }

    private record Result(long[] nanos, long errors, long millis) {
    }

    @Autowired
    @Qualifier("migrationDataSource")
    private DataSource owner;

    @Test
    void registerAndReportsOverTwentyThousandCards() throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 8);
        int warmup = Integer.getInteger("bench.warmup", 2);
        long school = Demo.schoolId(jdbc);
        JdbcClient sql = JdbcClient.create(owner);
        long filled = fill(sql, school, 20_000);
        long top = sql.sql("SELECT id FROM assets.category WHERE school_id = ? AND code = '2000000'").param(school)
                .query(Long.class).single();
        long custodian = sql.sql("""
                SELECT custodian_staff_id FROM assets.asset WHERE school_id = ? AND custodian_staff_id IS NOT NULL
                GROUP BY custodian_staff_id ORDER BY count(*) DESC LIMIT 1""").param(school).query(Long.class).single();
        System.out.println("\nCards in the register: " + filled + " (load " + load() + ")");

        List<WebUser> sessions = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sessions.add(login(i % 2 == 0 ? "director" : "storekeeper"));
        }
        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        String[][] lists = {
                {"register, first page", "/assets"},
                {"register, page 37", "/assets?page=37"},
                {"register, status 闲置", "/assets?status=IDLE"},
                {"register, category 通用设备 and below", "/assets?category=" + top},
                {"register, building 教学楼", "/assets?building=%E6%95%99%E5%AD%A6%E6%A5%BC"},
                {"register, search 空调", "/assets?q=%E7%A9%BA%E8%B0%83"},
                {"register, one custodian", "/assets?custodian=" + custodian},
                {"register, by value descending", "/assets?sort=value&dir=desc"}};
        StringBuilder table = new StringBuilder(
                "\n| operation | users | requests | per second | p50 ms | p95 ms | p99 ms | errors |\n"
                        + "|---|---|---|---|---|---|---|---|\n");
        for (String[] list : lists) {
            for (int users : new int[] {1, 20}) {
                run(users, warmup, c -> ok(sessions.get(c).get(list[1])));
                table.append(row(list[0], users, run(users, seconds, c -> ok(sessions.get(c).get(list[1])))));
            }
        }
        for (String by : new String[] {"CATEGORY", "DEPARTMENT"}) {
            String path = "/assets/reports/depreciation?month=" + month + "&by=" + by;
            for (int users : new int[] {1, 4}) {
                run(users, warmup, c -> ok(sessions.get(c).get(path)));
                table.append(row("depreciation schedule by " + by, users, run(users, seconds,
                        c -> ok(sessions.get(c).get(path)))));
            }
        }
        long[] bytes = new long[1];
        Result export = runTimes(3, () -> {
            byte[] file = sessions.get(0).getBytes("/assets/export.xlsx");
            bytes[0] = file.length;
        });
        table.append(row("Excel export of every card (" + bytes[0] / 1024 + " KB)", 1, export));
        table.append("\nMachine load after the run: ").append(load()).append('\n');
        System.out.println(table);
    }

    /** Adds cards up to {@code total} and a registration event for each, as the owner (no row security). */
    static long fill(JdbcClient sql, long school, int total) {
        long have = sql.sql("SELECT count(*) FROM assets.asset WHERE school_id = ?").param(school).query(Long.class)
                .single();
        long wanted = Math.max(0, total - have);
        sql.sql("""
                WITH rooms AS (SELECT id, department_id, row_number() OVER (ORDER BY id) - 1 AS n FROM places.room
                               WHERE school_id = :school),
                     cats AS (SELECT id, useful_life_months, name, row_number() OVER (ORDER BY code) - 1 AS n
                              FROM assets.category WHERE school_id = :school AND depreciable),
                     staff AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM organization.staff
                               WHERE school_id = :school),
                     sizes AS (SELECT (SELECT count(*) FROM rooms) AS r, (SELECT count(*) FROM cats) AS c,
                                      (SELECT count(*) FROM staff) AS s)
                INSERT INTO assets.asset (school_id, number, name, category_id, model, purchased_on, quantity,
                       unit_value, funding_source, useful_life_months, room_id, department_id, custodian_staff_id,
                       status, power_kw, qr_token)
                SELECT :school, 'ZC-B-' || lpad(g::text, 6, '0'),
                       (ARRAY['台式计算机', '柜式空调', '学生课桌椅', '投影仪', '激光打印机', '显微镜', '书柜'])[1 + g % 7],
                       c.id, 'BM-' || (g % 97), current_date - (g * 37 % 7300)::int,
                       CASE WHEN g % 10 = 0 THEN 40 ELSE 1 END, 300 + (g % 60) * 100, 'FISCAL', c.useful_life_months,
                       r.id, r.department_id, CASE WHEN g % 3 = 0 THEN s.id END,
                       CASE g % 25 WHEN 0 THEN 'IDLE' WHEN 1 THEN 'REPAIRING' ELSE 'IN_USE' END,
                       CASE WHEN g % 7 = 1 THEN 2.6 END, substr(md5(g::text || ':' || random()::text), 1, 24)
                FROM generate_series(1, :wanted) g CROSS JOIN sizes
                JOIN rooms r ON r.n = g % sizes.r JOIN cats c ON c.n = g % sizes.c JOIN staff s ON s.n = g % sizes.s""")
                .param("school", school).param("wanted", wanted).update();
        sql.sql("""
                INSERT INTO platform.timeline_event (school_id, subject_type, subject_id, kind, message_key, args,
                                                     actor_name)
                SELECT school_id, 'asset', id, 'REGISTER', 'timeline.text', jsonb_build_array('期初建账'), '基准数据'
                FROM assets.asset WHERE school_id = ? AND number LIKE 'ZC-B-%'""").param(school).update();
        sql.sql("ANALYZE assets.asset").update();
        sql.sql("ANALYZE platform.timeline_event").update();
        return sql.sql("SELECT count(*) FROM assets.asset WHERE school_id = ?").param(school).query(Long.class).single();
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static String ok(WebUser.Page page) {
        return page.status() == 200 ? null : "status " + page.status();
    }

    private static Result runTimes(int times, ThrowingRunnable work) throws Exception {
        long[] nanos = new long[times];
        long start = System.currentTimeMillis();
        for (int i = 0; i < times; i++) {
            long begin = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - begin;
        }
        Arrays.sort(nanos);
        return new Result(nanos, 0, System.currentTimeMillis() - start);
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static Result run(int clients, int seconds, Call call) throws InterruptedException {
        List<Long> samples = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long start = System.currentTimeMillis();
        long end = start + seconds * 1_000L;
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            new Thread(() -> {
                try {
                    while (System.currentTimeMillis() < end) {
                        long begin = System.nanoTime();
                        String error;
                        try {
                            error = call.run(client);
                        } catch (Exception | AssertionError e) {
                            error = e.toString();
                        }
                        samples.add(System.nanoTime() - begin);
                        if (error != null) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, error);
                        }
                    }
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        if (firstError.get() != null) {
            System.out.println("First error: " + firstError.get());
        }
        long[] nanos = samples.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(nanos);
        return new Result(nanos, errors.get(), System.currentTimeMillis() - start);
    }

    private static String row(String name, int clients, Result result) {
        return "| " + name + " | " + clients + " | " + result.nanos().length + " | "
                + String.format("%.0f", result.nanos().length * 1000.0 / result.millis()) + " | "
                + ms(result.nanos(), 0.50) + " | " + ms(result.nanos(), 0.95) + " | " + ms(result.nanos(), 0.99) + " | "
                + result.errors() + " |\n";
    }

    private static String ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return "-";
        }
        long nanos = sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
        return String.format("%.1f", nanos / 1_000_000.0);
    }
}
