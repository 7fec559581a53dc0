package org.houqin.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;

import org.houqin.support.ProductionJvm;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The school's main pages measured from outside: the application in a JVM of its own with the production options
 * ({@link ProductionJvm}), one realistic school loaded into its embedded database by SQL ({@link SchoolVolumes}), and
 * the load from this JVM, each simulated user signed in once through the login form (API calls with a personal
 * token). For each page and number of users: requests per second, p50/p95/p99, errors and the CPU each request cost
 * the application and its PostgreSQL together (their processes' CPU time over the run, from /proc, divided by the
 * requests served), and what it cost this client. Run with
 * {@code ./mvnw verify -Dbench.excluded=none -Dtest=SchoolBenchmark -Dsurefire.failIfNoSpecifiedTests=false}, and
 * {@code -Dbench.quick=true} for the one-minute check before merging a new list page (bench/README.md). It prints
 * a table and asserts nothing about time.
 */
@Tag("bench")
class SchoolBenchmark {

    /** A page or call, and the account whose users make it. */
    private record Operation(String name, String account, Function<WebUser, WebUser.Page> call) {
    }

    /** Users at once, and whether each pauses about a second after each answer. */
    private record Level(int users, boolean thinking) {
    }

    private final Map<String, List<WebUser>> sessions = new HashMap<>();

    @Test
    void measuresTheMainPagesOfARealisticSchool() throws Exception {
        boolean quick = Boolean.getBoolean("bench.quick");
        int seconds = Integer.getInteger("bench.seconds", quick ? 8 : 10);
        int warmup = Integer.getInteger("bench.warmup", quick ? 2 : 3);
        try (ProductionJvm app = ProductionJvm.start("school-bench")) {
            int port = app.port();
            DataSource database = SchoolVolumes.superuser(app.databasePort());
            SchoolVolumes.Loaded loaded = SchoolVolumes.fill(database);
            List<Operation> operations = operations(port, JdbcClient.create(database), loaded.school(), quick);
            List<Level> levels = quick ? List.of(new Level(1, false), new Level(20, false))
                    : List.of(new Level(1, false), new Level(4, false), new Level(20, false), new Level(50, false),
                            new Level(20, true), new Level(50, true));
            int most = levels.stream().mapToInt(Level::users).max().orElse(1);
            for (Operation operation : operations) {
                WebUser.Page first = operation.call().apply(users(port, operation.account(), most).get(0));
                if (!LoadRun.ok(first)) {
                    throw new IllegalStateException(operation.name() + " answered " + LoadRun.describe(first));
                }
            }
            ProcessTreeCpu server = new ProcessTreeCpu(List.of(app.pid(), postmaster(app.folder())));
            StringBuilder report = new StringBuilder(header(quick, seconds, warmup, loaded, server));
            report.append("\n| operation | users | think | requests | per second | p50 ms | p95 ms | p99 ms | errors"
                    + " | server CPU ms/request | client CPU ms/request |\n"
                    + "|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (Operation operation : operations) {
                for (Level level : levels) {
                    List<WebUser> users = users(port, operation.account(), level.users());
                    LoadRun.run(users, operation.call(), level.thinking(), warmup, null);
                    LoadRun.Result result = LoadRun.run(users, operation.call(), level.thinking(), seconds, server);
                    String row = result.row(operation.name(), level.users(), level.thinking());
                    System.out.print(row);
                    report.append(row);
                    if (result.firstError() != null) {
                        report.append("First error of the line above: ").append(result.firstError()).append('\n');
                    }
                }
            }
            report.append("\nMachine load after the runs: ").append(read("/proc/loadavg")).append('\n');
            System.out.println(report);
        }
    }

    private List<Operation> operations(int port, JdbcClient sql, long school, boolean quick) {
        List<Operation> all = new ArrayList<>(List.of(
                new Operation("asset register, first page (/assets)", "director", u -> u.get("/assets")),
                new Operation("stock balances, first page (/warehouse/stock)", "storekeeper",
                        u -> u.get("/warehouse/stock")),
                new Operation("repairs list, open (/repairs?view=OPEN)", "director", u -> u.get("/repairs?view=OPEN")),
                new Operation("rooms (/places/rooms)", "admin", u -> u.get("/places/rooms"))));
        if (quick) {
            return all;
        }
        String director = users(port, "director", 1).get(0).newToken("压测");
        String teacher = users(port, "teacher", 1).get(0).newToken("压测");
        long room = sql.sql("SELECT id FROM places.room WHERE school_id = ? AND code = 'A-101'").param(school)
                .query(Long.class).single();
        long category = sql.sql("SELECT id FROM repairs.category WHERE school_id = ? AND name = '照明'").param(school)
                .query(Long.class).single();
        all.add(new Operation("home (/)", "teacher", u -> u.get("/")));
        all.add(new Operation("repairs API list, open (GET /api/v1/repairs?view=OPEN&size=10)", "director",
                u -> u.getWithToken("/api/v1/repairs?view=OPEN&size=10", director)));
        all.add(new Operation("repairs API create (POST /api/v1/repairs)", "teacher",
                u -> u.sendJson("POST", "/api/v1/repairs", "{\"roomId\":" + room + ",\"categoryId\":" + category
                        + ",\"description\":\"压测：灯管不亮\",\"submissionKey\":\"" + UUID.randomUUID() + "\"}",
                        teacher)));
        return all;
    }

    /** The account's first {@code count} simulated users, each signed in once (and kept for every later run). */
    private List<WebUser> users(int port, String account, int count) {
        List<WebUser> signedIn = sessions.computeIfAbsent(account, key -> new ArrayList<>());
        while (signedIn.size() < count) {
            signedIn.add(WebUser.login(port, account, "houqin"));
        }
        return signedIn.subList(0, count);
    }

    /** The embedded PostgreSQL's postmaster, which may have left the application's process tree when it started. */
    private static long postmaster(Path folder) throws IOException {
        return Long.parseLong(Files.readAllLines(folder.resolve("data/pg/postmaster.pid")).get(0).strip());
    }

    private static String header(boolean quick, int seconds, int warmup, SchoolVolumes.Loaded loaded,
                                 ProcessTreeCpu server) {
        String cpu = read("/proc/cpuinfo").lines().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
        return "\nSchoolBenchmark" + (quick ? " (quick)" : "") + ", commit " + command("git", "rev-parse", "--short",
                "HEAD") + ", " + Instant.now() + "\nMachine: " + Runtime.getRuntime().availableProcessors() + " CPUs ("
                + cpu + "), Java " + System.getProperty("java.version") + ", application options "
                + ProductionJvm.OPTIONS + "\nSchool: " + loaded + "\nEach run " + seconds + " s after " + warmup
                + " s of warm-up; think = a pause of 0.5–1.5 s (mean 1 s) after each answer. Server CPU: the"
                + " application's JVM and its PostgreSQL (" + server.processes() + " processes now). Machine load"
                + " before the runs: " + read("/proc/loadavg") + "\nClient CPU per request: "
                + ManagementFactory.getRuntimeMXBean().getName() + " (this JVM)\n";
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file)).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String command(String... words) {
        try {
            Process process = new ProcessBuilder(words).redirectErrorStream(true).start();
            String answer = new String(process.getInputStream().readAllBytes()).strip();
            process.waitFor();
            return answer;
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
