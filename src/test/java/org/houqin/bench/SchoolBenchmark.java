package org.houqin.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.zip.ZipFile;
import javax.sql.DataSource;

import org.houqin.iam.token.TokenSettings;
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
    private record Operation(String name, String account, Function<WebUser, WebUser.Page> call, boolean report,
                             boolean writes) {

        Operation(String name, String account, Function<WebUser, WebUser.Page> call) {
            this(name, account, call, false, false);
        }

        Operation(String name, String account, Function<WebUser, WebUser.Page> call, boolean report) {
            this(name, account, call, report, false);
        }

        /** A report is opened by a few people at a time: it runs at 1 and 4 users, and at 20 pausing. */
        boolean runsAt(Level level) {
            return !report || level.users() <= 4 || (level.thinking() && level.users() <= 20);
        }
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
        ProductionJvm app = ProductionJvm.start("school-bench");
        StringBuilder report;
        try (app) {
            int port = app.port();
            String firstStart = "first start (an empty database: migrations and the demo school) "
                    + app.startupMillis() + " ms, resident " + app.residentMegabytes() + " MB";
            DataSource database = SchoolVolumes.superuser(app.databasePort());
            SchoolVolumes.Loaded loaded = SchoolVolumes.fill(database);
            Map<Integer, Long> scaling = quick ? Map.of()
                    : SchoolVolumes.scalingCategories(JdbcClient.create(database), loaded.school());
            List<Operation> operations = only(operations(port, JdbcClient.create(database), loaded.school(),
                    scaling, quick));
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
            ProcessTreeCpu application = new ProcessTreeCpu(List.of(app.pid()));
            // a server that has run for a while: every page's code compiled before any line is measured
            int warming = Integer.getInteger("bench.warmAll", quick ? 5 : 10);
            for (Operation operation : operations.stream().filter(o -> !o.writes()).toList()) {
                LoadRun.run(users(port, operation.account(), 4), operation.call(), false, warming, null, null);
            }
            report = new StringBuilder(header(quick, seconds, warmup, warming, loaded, server)).append(firstStart)
                    .append('\n');
            report.append("\n| operation | users | think | requests | per second | p50 ms | p95 ms | p99 ms | errors"
                    + " | server CPU ms/request | of which app | client CPU ms/request |\n"
                    + "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            StringBuilder summary = new StringBuilder("""

                    Against the targets (server CPU per request at 4 users; one user's p50; p95 at 50 users with \
                    think time; the most requests per second of a line whose p95 stayed under 100 ms):

                    | operation | server CPU ms/request, 4 users | p50 ms, 1 user | p95 ms, 50 users, 1 s think \
                    | per second with p95 < 100 ms |
                    |---|---|---|---|---|
                    """);
            for (Operation operation : operations) {
                Map<Level, LoadRun.Result> results = new HashMap<>();
                for (Level level : levels.stream().filter(operation::runsAt).toList()) {
                    List<WebUser> users = users(port, operation.account(), level.users());
                    LoadRun.run(users, operation.call(), level.thinking(), warmup, null, null);
                    LoadRun.Result result = LoadRun.run(users, operation.call(), level.thinking(), seconds, server,
                            application);
                    results.put(level, result);
                    String row = result.row(operation.name(), level.users(), level.thinking());
                    System.out.print(row);
                    report.append(row);
                    if (result.firstError() != null) {
                        report.append("First error of the line above: ").append(result.firstError()).append('\n');
                    }
                }
                summary.append(summary(operation.name(), results));
            }
            report.append(summary);
            if (scaling.containsKey(100_000)) {
                report.append(export(app, users(port, "director", 1).get(0), scaling.get(100_000)));
            }
            report.append("\nMachine load after the runs: ").append(read("/proc/loadavg")).append('\n')
                    .append("Application resident memory after the runs ").append(app.residentMegabytes())
                    .append(" MB, at most ").append(app.peakResidentMegabytes()).append(" MB\n")
                    .append(app.nativeMemory());
        }
        // a warm start: the same school's database, as after a restart in production
        try (ProductionJvm again = ProductionJvm.startIn(app.folder())) {
            again.port();
            report.append("Restart on the loaded school: ready in ").append(again.startupMillis())
                    .append(" ms, resident ").append(again.residentMegabytes()).append(" MB\n");
        }
        System.out.println(report);
    }

    private static String summary(String name, Map<Level, LoadRun.Result> results) {
        LoadRun.Result four = results.get(new Level(4, false));
        LoadRun.Result one = results.get(new Level(1, false));
        LoadRun.Result thinking = results.get(new Level(50, true));
        double capacity = results.values().stream().filter(r -> r.quantileMillis(0.95) < 100)
                .mapToDouble(LoadRun.Result::perSecond).max().orElse(0);
        return "| %s | %s | %s | %s | %.0f |%n".formatted(name,
                four == null ? "-" : "%.1f".formatted(four.serverCpuPerRequest()),
                one == null ? "-" : "%.1f".formatted(one.quantileMillis(0.50)),
                thinking == null ? "-" : "%.1f".formatted(thinking.quantileMillis(0.95)), capacity);
    }

    /** The repairs list's Excel export of the category of 100,000 requests, and the heap it took (-Xmx256m). */
    private static String export(ProductionJvm app, WebUser user, long category) throws IOException {
        int collections = app.collections();
        long start = System.nanoTime();
        byte[] file = user.getBytes("/repairs/export.xlsx?view=ALL&category=" + category);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Path saved = Files.write(app.folder().resolve("export.xlsx"), file);
        long rows;
        try (ZipFile zip = new ZipFile(saved.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            rows = sheet.split("<row ", -1).length - 1;
        }
        return "\nExcel export of the category of 100,000 requests (/repairs/export.xlsx?view=ALL&category=…): %,d rows"
                .formatted(rows) + " with the header, %.1f MB, %,d ms; the application's heap at most %d MB before a"
                .formatted(file.length / 1_048_576.0, millis, app.peakHeapMegabytes(collections))
                + " collection and %d MB live after one, of -Xmx256m\n".formatted(
                app.peakLiveHeapMegabytes(collections));
    }

    /** The operations whose names contain one of {@code -Dbench.only}'s comma-separated words, or all of them. */
    private static List<Operation> only(List<Operation> operations) {
        String only = System.getProperty("bench.only", "").strip();
        if (only.isEmpty()) {
            return operations;
        }
        List<String> words = List.of(only.split(","));
        return operations.stream().filter(o -> words.stream().anyMatch(w -> o.name().contains(w.strip()))).toList();
    }

    private List<Operation> operations(int port, JdbcClient sql, long school, Map<Integer, Long> scaling,
                                       boolean quick) {
        List<Operation> all = new ArrayList<>(List.of(
                new Operation("asset register, first page (/assets)", "director", u -> u.get("/assets")),
                new Operation("stock balances, first page (/warehouse/stock)", "storekeeper",
                        u -> u.get("/warehouse/stock")),
                new Operation("repairs list, open (/repairs?view=OPEN)", "director", u -> u.get("/repairs?view=OPEN")),
                new Operation("rooms (/places/rooms)", "admin", u -> u.get("/places/rooms")),
                new Operation("hazard register, first page (/safety/hazards)", "director",
                        u -> u.get("/safety/hazards")),
                new Operation("check records, first page (/routines/records)", "director",
                        u -> u.get("/routines/records"))));
        if (quick) {
            return all;
        }
        // the API's own rate limit would answer most of the load with 429: set it as high as a school may
        sql.sql("""
                INSERT INTO platform.setting_value (school_id, key, value)
                SELECT school_id, ?, '100000' FROM iam.app_user WHERE username = 'director'
                ON CONFLICT (school_id, key) DO UPDATE SET value = EXCLUDED.value""")
                .param(TokenSettings.CALLS_PER_MINUTE.key()).update();
        String director = users(port, "director", 1).get(0).newToken("压测");
        String teacher = users(port, "teacher", 1).get(0).newToken("压测");
        String keeper = users(port, "storekeeper", 1).get(0).newToken("压测");
        long room = sql.sql("SELECT id FROM places.room WHERE school_id = ? AND code = 'A-101'").param(school)
                .query(Long.class).single();
        long category = sql.sql("SELECT id FROM repairs.category WHERE school_id = ? AND name = '照明'").param(school)
                .query(Long.class).single();
        all.add(new Operation("home (/)", "teacher", u -> u.get("/")));
        String fiveYears = "from=" + LocalDate.now().minusYears(5) + "&to=" + LocalDate.now();
        all.add(new Operation("stock consumption report, five years by department"
                + " (/warehouse/reports/consumption?from=…&to=…)", "storekeeper",
                u -> u.get("/warehouse/reports/consumption?" + fiveYears), true));
        all.add(new Operation("asset reports (/assets/reports)", "director", u -> u.get("/assets/reports"), true));
        all.add(new Operation("repairs API list, open (GET /api/v1/repairs?view=OPEN&size=10)", "director",
                u -> u.getWithToken("/api/v1/repairs?view=OPEN&size=10", director)));
        all.add(new Operation("asset register API, first page (GET /api/v1/assets)", "director",
                u -> u.getWithToken("/api/v1/assets", director)));
        all.add(new Operation("stock balances API, first page (GET /api/v1/stock)", "storekeeper",
                u -> u.getWithToken("/api/v1/stock", keeper)));
        scaling.forEach((size, scaled) -> all.add(new Operation(
                "repairs list, one category of %,d requests (/repairs?view=ALL&category=…)".formatted(size),
                "director", u -> u.get("/repairs?view=ALL&category=" + scaled))));
        // last, and not in the warm-up of every operation: each request adds an open request to the school, and the
        // autovacuum that follows thousands of them is PostgreSQL CPU that would be charged to the next lines
        all.add(new Operation("repairs API create (POST /api/v1/repairs)", "teacher",
                u -> u.sendJson("POST", "/api/v1/repairs", "{\"roomId\":" + room + ",\"categoryId\":" + category
                        + ",\"description\":\"压测：灯管不亮\",\"submissionKey\":\"" + UUID.randomUUID() + "\"}",
                        teacher), false, true));
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

    private static String header(boolean quick, int seconds, int warmup, int warming, SchoolVolumes.Loaded loaded,
                                 ProcessTreeCpu server) {
        String cpu = read("/proc/cpuinfo").lines().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
        return "\nSchoolBenchmark" + (quick ? " (quick)" : "") + ", commit " + command("git", "rev-parse", "--short",
                "HEAD") + ", " + Instant.now() + "\nMachine: " + Runtime.getRuntime().availableProcessors() + " CPUs ("
                + cpu + "), Java " + System.getProperty("java.version") + ", application options "
                + ProductionJvm.OPTIONS + "\nSchool: " + loaded + "\nEvery operation first ran " + warming + " s at 4 users; then each run "
                + seconds + " s after " + warmup + " s of warm-up; think = a pause of 0.5–1.5 s (mean 1 s) after each answer. Server CPU: the"
                + " application's JVM and its PostgreSQL (" + server.processes() + " processes now); of which app: the JVM alone. Machine load"
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
