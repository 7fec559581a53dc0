package org.houqin.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

import org.houqin.support.Demo;
import org.houqin.support.Images;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.houqin.warehouse.report.StockReportQueries;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The warehouse benchmark of the warehouse issue: the demo school with 2,000 items and 1,000,000 ledger lines over
 * five years ({@link WarehouseVolumes}); the balance list (first page and a search), an item's ledger (about 500 lines,
 * first and a middle page), the consumption (the requisition page, which shows the department's consumption of its
 * items this and last semester, and two report queries timed directly) and issuing approved requisitions, each with 1
 * and 20 concurrent signed-in users over keep-alive HTTP for {@code bench.seconds} after a warm-up; then the plans of
 * the queries behind them. With {@code -Dbench.proposed=true} it applies the changes proposed in bench/README.md to
 * this benchmark's database only and measures the affected operations again. Run with
 * {@code ./mvnw verify -Dbench.excluded=none -Dtest=WarehouseBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.seconds=20}). It prints tables and asserts nothing about time.
 */
@Tag("bench")
class WarehouseBenchmark extends IntegrationTest {

    private static final int USERS = 20;

    @Autowired
    @Qualifier("migrationDataSource")
    private DataSource owner;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private StockReportQueries reports;

    /** One call of an operation by one client: null when it went right, otherwise what went wrong. */
    private interface Call {
        String run(int client) throws Exception;
    }

    private record Operation(String name, boolean http, Call call) {
    }

    private record Result(long[] nanos, long errors, long millis, String firstError) {
    }

    private long school;
    private String scope;

    @Test
    void warehouseUnderConcurrentUsers() throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 20);
        int warmup = Integer.getInteger("bench.warmup", 3);
        school = Demo.schoolId(jdbc);
        scope = String.valueOf(school);

        WarehouseVolumes.Filled filled = WarehouseVolumes.fill(owner, school, 2_000, 1_000_000);
        System.out.println("\nFilled: " + filled);
        if (filled.balanceMismatches() != 0 || filled.negativeRunningBalances() != 0) {
            throw new IllegalStateException("The load broke the ledger's invariants: " + filled);
        }
        JdbcClient sql = JdbcClient.create(owner);
        long[] ledger = sql.sql("""
                SELECT m.item_id, m.store_id, count(*) FROM warehouse.movement m
                JOIN warehouse.item i ON i.id = m.item_id
                WHERE m.school_id = ? AND i.code LIKE 'BM-%' GROUP BY m.item_id, m.store_id
                ORDER BY abs(count(*) - 500), m.item_id LIMIT 1""").param(school)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        int middle = (int) Math.max(1, (ledger[2] + 19) / 20 / 2);
        long pageRequisition = consumptionRequisition(sql);
        int wanted = Integer.getInteger("bench.requisitions", 300 * (seconds + warmup) * 2);
        var queue = new ConcurrentLinkedQueue<>(
                WarehouseVolumes.approvedRequisitions(owner, school, wanted, "RQ-B-"));
        String spread = sql.sql("""
                SELECT min(n) || ' / ' || percentile_disc(0.5) WITHIN GROUP (ORDER BY n) || ' / ' || max(n)
                FROM (SELECT count(*) AS n FROM warehouse.movement WHERE school_id = ? GROUP BY item_id, store_id) c""")
                .param(school).query(String.class).single();
        System.out.println("Lines per item and store (min / median / max): " + spread + "; ledger item " + ledger[0]
                + " in store " + ledger[1] + ": " + ledger[2] + " lines, middle page " + middle
                + "; consumption shown on requisition " + pageRequisition + "; " + queue.size()
                + " approved requisitions to issue");

        LocalDate[] lastYear = schoolYearBefore(sql);
        Map<String, Probe> probes = probes(ledger, pageRequisition, filled, lastYear);
        if (Boolean.getBoolean("bench.diagnose")) {
            System.out.println(diagnose(probes));
            return;
        }
        List<WebUser> sessions = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            sessions.add(login("storekeeper"));
        }
        String signature = Images.signature();
        String today = LocalDate.now(WarehouseVolumes.SCHOOL_ZONE).toString();
        List<Operation> operations = List.of(
                new Operation("balance list, first page", true,
                        client -> ok(sessions.get(client).get("/warehouse/stock"))),
                new Operation("balance list, search \"笔\"", true,
                        client -> ok(sessions.get(client).get("/warehouse/stock?q=%E7%AC%94"))),
                new Operation("ledger of an item (" + ledger[2] + " lines), first page", true,
                        client -> ok(sessions.get(client).get("/warehouse/stock/" + ledger[0] + "/" + ledger[1]))),
                new Operation("ledger of an item, page " + middle, true, client -> ok(sessions.get(client)
                        .get("/warehouse/stock/" + ledger[0] + "/" + ledger[1] + "?page=" + middle))),
                new Operation("requisition page (department's consumption of 5 items)", true,
                        client -> ok(sessions.get(client).get("/warehouse/requisitions/" + pageRequisition))),
                new Operation("SQL: consumption per department and month, 5 years", false,
                        client -> report(MONTHLY, filled.from(), filled.to())),
                new Operation("SQL: consumption per department and month, 5 years, from the monthly sums", false,
                        client -> report(MONTHLY_FROM_MONTHS, filled.from(), filled.to())),
                new Operation("SQL: consumption per department and category, a school year", false,
                        client -> report(BY_CATEGORY, lastYear[0], lastYear[1])),
                new Operation("SQL: the trend's query month by month, 5 years, from the ledger", false,
                        client -> report(TREND_FROM_LEDGER, filled.from(), filled.to())),
                new Operation("report trend month by month, 5 years (StockReportQueries.trend)", false,
                        client -> inScope(() -> reports.trend(school, new StockReportQueries.Filter(filled.from(),
                                filled.to(), null, null, null))).isEmpty() ? "no months" : null),
                new Operation("issue an approved requisition (POST, signed)", true,
                        client -> issue(sessions.get(client), queue.poll(), today, signature)));

        StringBuilder table = header();
        for (Operation operation : operations) {
            String rows = measure(operation, seconds, warmup, operation.http());
            System.out.print(rows);
            table.append(rows);
        }
        System.out.println(table);
        System.out.println(plans(probes));

        if (Boolean.getBoolean("bench.proposed")) {
            applyProposed();
            StringBuilder again = header();
            for (Operation operation : operations) {
                again.append(measure(operation, seconds, warmup, false));
            }
            System.out.println("\nWith the proposed changes (this benchmark's database only):" + again);
            System.out.println(plans(probes));
        }
        System.out.println("Approved requisitions left: " + queue.size() + "; after the runs: "
                + WarehouseVolumes.balanceMismatches(sql, school) + " balances differ from their ledger, "
                + WarehouseVolumes.negativeRunningBalances(sql, school) + " negative running balances");
    }

    // ---- operations ----

    private static String ok(WebUser.Page page) {
        return page.status() == 200 ? null : "status " + page.status();
    }

    private String issue(WebUser user, WarehouseVolumes.Approved requisition, String today, String signature) {
        if (requisition == null) {
            return "no approved requisition left";
        }
        Map<String, String> form = new HashMap<>();
        form.put("issuedOn", today);
        form.put("receiverName", "杨佳怡");
        form.put("signature", signature);
        form.put("version", String.valueOf(requisition.version()));
        int i = 0;
        for (var line : requisition.lines().entrySet()) {
            form.put("lines[" + i + "].lineId", String.valueOf(line.getKey()));
            form.put("lines[" + i + "].quantity", line.getValue());
            i++;
        }
        WebUser.Page page = user.post("/warehouse/requisitions/" + requisition.id() + "/issue", form);
        if (page.redirectsTo("/warehouse/requisitions/" + requisition.id())) {
            return null;
        }
        String body = page.body() == null ? "" : page.body();
        int error = body.indexOf("invalid-feedback");
        return "status " + page.status() + " "
                + (error < 0 ? "" : body.substring(error, Math.min(body.length(), error + 200)));
    }

    /** A report's query as a signed-in user runs it: its own read-only transaction, its school's scope. */
    private String report(String query, LocalDate from, LocalDate to) {
        List<Map<String, Object>> rows = inScope(() -> jdbc.sql(query).param("school", school).param("from", from)
                .param("to", to).query().listOfRows());
        return rows.isEmpty() ? "no rows" : null;
    }

    private <T> T inScope(java.util.function.Supplier<T> work) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        return template.execute(status -> {
            jdbc.sql("SELECT set_config('houqin.school_ids', ?, true)").param(scope).query(String.class).single();
            return work.get();
        });
    }

    private static final String REPORT_MONTHLY = "report: per department and month, 5 years";

    static final String MONTHLY = """
            SELECT m.department_id, CAST(date_trunc('month', CAST(m.occurred_on AS timestamp)) AS date) AS month,
                   count(*) AS lines,
                   -sum(m.amount) AS amount
            FROM warehouse.movement m
            WHERE m.school_id = :school AND m.kind IN ('ISSUE', 'REVERSAL') AND m.department_id IS NOT NULL
              AND m.occurred_on BETWEEN :from AND :to
            GROUP BY 1, 2 ORDER BY 1, 2""";

    /** {@link #MONTHLY} from the sums the ledger's trigger keeps per month (whole months of the period). */
    static final String MONTHLY_FROM_MONTHS = """
            SELECT c.department_id, c.month, sum(c.lines) AS lines, -sum(c.amount) AS amount
            FROM warehouse.consumption_month c
            WHERE c.school_id = :school AND c.kind IN ('ISSUE', 'REVERSAL') AND c.department_id IS NOT NULL
              AND c.month BETWEEN CAST(date_trunc('month', CAST(:from AS date)) AS date) AND :to
            GROUP BY 1, 2 ORDER BY 1, 2""";

    /** What {@code StockReportQueries.trend} ran on the ledger for the whole period before the monthly sums. */
    static final String TREND_FROM_LEDGER = """
            SELECT to_char(m.occurred_on, 'YYYY-MM') AS month, -sum(m.quantity) AS quantity, -sum(m.amount) AS amount
            FROM warehouse.movement m
            JOIN warehouse.item i ON i.id = m.item_id
            JOIN warehouse.item_category c ON c.id = i.category_id
            WHERE m.school_id = :school AND m.occurred_on >= :from AND m.occurred_on <= :to
              AND (m.kind IN ('ISSUE', 'REVERSAL') OR (m.kind = 'RECEIPT' AND m.document_type = 'FF'))
              AND m.document_type IN ('RQ', 'BX', 'FF')
            GROUP BY 1""";

    static final String BY_CATEGORY = """
            SELECT m.department_id, i.category_id, count(DISTINCT m.item_id) AS items, -sum(m.amount) AS amount
            FROM warehouse.movement m JOIN warehouse.item i ON i.id = m.item_id
            WHERE m.school_id = :school AND m.kind IN ('ISSUE', 'REVERSAL') AND m.department_id IS NOT NULL
              AND m.occurred_on BETWEEN :from AND :to
            GROUP BY 1, 2 ORDER BY 1, 2""";

    /** The school year before the current semester's: from its first to its last day. */
    private LocalDate[] schoolYearBefore(JdbcClient sql) {
        return sql.sql("""
                SELECT min(s.starts_on), max(s.ends_on) FROM organization.semester s
                WHERE s.school_id = ? AND s.school_year_id = (
                  SELECT p.school_year_id FROM organization.semester p
                  WHERE p.school_id = ? AND p.ends_on < (SELECT starts_on FROM organization.semester
                                                         WHERE school_id = ? AND current)
                  ORDER BY p.ends_on DESC LIMIT 1)""").params(school, school, school)
                .query((rs, n) -> new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)})
                .single();
    }

    /**
     * A requisition of the teacher's department for the five items it took most of from the main store in the last
     * year, as the approver and the storekeeper see it (approved, not issued).
     */
    private long consumptionRequisition(JdbcClient sql) {
        long id = sql.sql("""
                INSERT INTO warehouse.requisition (school_id, number, store_id, department_id, requester_user_id,
                       requester_name, purpose, status, estimate, submitted_at, approved_at, version)
                SELECT :school, 'RQ-P-000001', main.id, staff.department_id, u.id, u.display_name, '期末复习资料',
                       'APPROVED', 0, now() - interval '1 day', now() - interval '20 hours', 0
                FROM iam.app_user u JOIN organization.staff staff ON staff.id = u.staff_id
                CROSS JOIN (SELECT id FROM warehouse.store WHERE school_id = :school AND code = 'MAIN') main
                WHERE u.username = 'teacher' RETURNING id""").param("school", school).query(Long.class).single();
        sql.sql("""
                INSERT INTO warehouse.requisition_line (school_id, requisition_id, position, item_id, quantity)
                SELECT :school, r.id, CAST(row_number() OVER (ORDER BY t.taken DESC, t.item_id) AS int), t.item_id, 2
                FROM warehouse.requisition r
                CROSS JOIN LATERAL (
                  SELECT m.item_id, count(*) AS taken FROM warehouse.movement m
                  WHERE m.school_id = :school AND m.department_id = r.department_id AND m.store_id = r.store_id
                    AND m.kind = 'ISSUE' AND m.occurred_on > CAST(now() AS date) - 365
                  GROUP BY m.item_id ORDER BY count(*) DESC, m.item_id LIMIT 5) t
                WHERE r.id = :id""").param("school", school).param("id", id).update();
        return id;
    }

    // ---- the plans ----

    private record Probe(String query, Map<String, Object> params) {
    }

    /** The queries behind the measured operations, with the benchmark's values. */
    private Map<String, Probe> probes(long[] ledger, long requisition, WarehouseVolumes.Filled filled,
                                      LocalDate[] lastYear) {
        Map<String, Probe> probes = new java.util.LinkedHashMap<>();
        Map<String, Object> none = new HashMap<>();
        none.put("school", school);
        none.put("q", "");
        none.put("like", "%%");
        none.put("store", null);
        none.put("category", null);
        none.put("low", false);
        probes.put("balance list, first page", new Probe(StockSql.PAGE, params(none, "limit", 20, "offset", 0)));
        probes.put("balance list, count", new Probe(StockSql.COUNT, none));
        probes.put("balance list, totals", new Probe(StockSql.TOTALS, none));
        Map<String, Object> search = new HashMap<>(none);
        search.put("q", "笔");
        search.put("like", "%笔%");
        probes.put("balance list, search, page", new Probe(StockSql.PAGE, params(search, "limit", 20, "offset", 0)));
        probes.put("ledger, first page", new Probe(StockSql.LEDGER, Map.of("school", school, "item", ledger[0],
                "store", ledger[1], "limit", 20, "offset", 0)));
        probes.put("ledger, count", new Probe(StockSql.LEDGER_COUNT, Map.of("school", school, "item", ledger[0],
                "store", ledger[1])));
        List<Long> items = JdbcClient.create(owner).sql(
                "SELECT item_id FROM warehouse.requisition_line WHERE requisition_id = ? ORDER BY position")
                .param(requisition).query(Long.class).list();
        Map<String, Object> usage = new HashMap<>();
        usage.put("school", school);
        usage.put("department", JdbcClient.create(owner)
                .sql("SELECT department_id FROM warehouse.requisition WHERE id = ?").param(requisition)
                .query(Long.class).single());
        usage.put("items", items.toArray(Long[]::new));
        LocalDate[] terms = terms();
        usage.put("nowFrom", terms[0]);
        usage.put("nowTo", terms[1]);
        usage.put("lastFrom", terms[2]);
        usage.put("lastTo", terms[3]);
        probes.put("Consumption.ofDepartment (requisition page)", new Probe(StockSql.USAGE, usage));
        LocalDate today = LocalDate.now(WarehouseVolumes.SCHOOL_ZONE);
        probes.put("the trigger's check for an issue today (ledger item)", new Probe(StockSql.TRIGGER_CHECK,
                Map.of("item", ledger[0], "store", ledger[1], "day", today)));
        probes.put("an issue of 1 today through the trigger (ledger item, rolled back)", new Probe(StockSql.ISSUE,
                Map.of("school", school, "item", ledger[0], "store", ledger[1], "day", today)));
        probes.put(REPORT_MONTHLY, new Probe(MONTHLY,
                Map.of("school", school, "from", filled.from(), "to", filled.to())));
        probes.put("report: per department and category, a school year", new Probe(BY_CATEGORY,
                Map.of("school", school, "from", lastYear[0], "to", lastYear[1])));
        return probes;
    }

    private String plans(Map<String, Probe> probes) {
        StringBuilder out = new StringBuilder("\nPlans (auto_explain of the 15th of 15 calls as the application makes "
                + "them, as its role in the school's scope; the SQL is copied from StockViews, Consumption and the "
                + "ledger's trigger):\n");
        probes.forEach((name, probe) -> out.append(profile(name, probe, scope, true, List.of()).text()));
        return out.toString();
    }

    /**
     * What the row-level security, parallel workers and generic plans cost the queries, and what each proposed change
     * gives, applied one after the other: the median of calls 11-15 of each query, as the application runs it.
     */
    private String diagnose(Map<String, Probe> probes) {
        StringBuilder details = new StringBuilder("\nDiagnosis:\n");
        Probe monthly = probes.get(REPORT_MONTHLY);
        Probe zoned = new Probe(monthly.query().replace("date_trunc('month', CAST(m.occurred_on AS timestamp))",
                "date_trunc('month', m.occurred_on)"), monthly.params());
        Probe page = probes.get("balance list, first page");
        Probe pageOfSchool = new Probe(page.query().replace(" WHERE b.school_id = :school",
                " WHERE b.school_id = :school AND i.school_id = :school"), page.params());
        StringBuilder variants = new StringBuilder("\n| variant (median of calls 11-15) | ms |\n|---|---|\n");
        for (Object[] variant : new Object[][] {
                {"5-year monthly report as the application (its role, the school's scope)", monthly, scope, true,
                        List.<String>of()},
                {"... with scope \"all schools\"", monthly, "*", true, List.<String>of()},
                {"... as the owner (no row-level security)", monthly, scope, false, List.<String>of()},
                {"... custom plans only", monthly, scope, true, List.of("SET plan_cache_mode = force_custom_plan")},
                {"... custom plans, no parallel workers", monthly, scope, true,
                        List.of("SET plan_cache_mode = force_custom_plan", "SET max_parallel_workers_per_gather = 0")},
                {"... custom plans, month by date_trunc on timestamptz", zoned, scope, true,
                        List.of("SET plan_cache_mode = force_custom_plan")},
                {"balance list, first page, as is", page, scope, true, List.<String>of()},
                {"balance list, first page, custom plans", page, scope, true,
                        List.of("SET plan_cache_mode = force_custom_plan")},
                {"balance list, first page, with i.school_id = :school", pageOfSchool, scope, true, List.<String>of()},
                {"balance list, first page, with i.school_id = :school, custom plans", pageOfSchool, scope, true,
                        List.of("SET plan_cache_mode = force_custom_plan")}}) {
            @SuppressWarnings("unchecked")
            Profiled profiled = profile("variant: " + variant[0], (Probe) variant[1], (String) variant[2],
                    (Boolean) variant[3], (List<String>) variant[4]);
            details.append(profiled.text());
            variants.append("| ").append(variant[0]).append(" | ").append(String.format("%.1f", profiled.millis()))
                    .append(" |\n");
        }
        Map<String, List<Double>> stages = new java.util.LinkedHashMap<>();
        probes.keySet().forEach(name -> stages.put(name, new ArrayList<>()));
        StringBuilder header = new StringBuilder("\n| query (median of calls 11-15, ms) | as is");
        for (int stage = -1; stage < Proposed.STEPS.size(); stage++) {
            if (stage >= 0) {
                Proposed.Step step = Proposed.STEPS.get(stage);
                apply(step);
                header.append(" | + ").append(step.name());
                details.append("\n==== applied: ").append(step.name()).append(" ====\n");
            }
            for (var entry : probes.entrySet()) {
                Profiled profiled = profile(entry.getKey(), entry.getValue(), scope, true, List.of());
                details.append(profiled.text());
                stages.get(entry.getKey()).add(profiled.millis());
            }
        }
        StringBuilder table = header.append(" |\n|---").append("|---".repeat(Proposed.STEPS.size() + 1)).append("|\n");
        stages.forEach((name, millis) -> {
            table.append("| ").append(name);
            millis.forEach(m -> table.append(" | ").append(String.format("%.1f", m)));
            table.append(" |\n");
        });
        return details + variants.toString() + table;
    }

    /** The current semester and the one before, as Consumption.terms finds them. */
    private LocalDate[] terms() {
        return JdbcClient.create(owner).sql("""
                SELECT c.starts_on, c.ends_on, p.starts_on, p.ends_on FROM organization.semester c
                JOIN LATERAL (SELECT starts_on, ends_on FROM organization.semester
                              WHERE school_id = c.school_id AND starts_on < c.starts_on
                              ORDER BY starts_on DESC LIMIT 1) p ON true
                WHERE c.school_id = ? AND c.current""").param(school)
                .query((rs, n) -> new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)}).single();
    }

    private static Map<String, Object> params(Map<String, Object> base, Object... more) {
        Map<String, Object> all = new HashMap<>(base);
        for (int i = 0; i < more.length; i += 2) {
            all.put((String) more[i], more[i + 1]);
        }
        return all;
    }

    /**
     * Runs a query 15 times as the application does (a prepared statement per call on one connection, so the driver
     * prepares it on the server from the 5th call and PostgreSQL may switch to a generic plan after that), with
     * auto_explain handing back the plan of the last call. As the application's role with a scope of schools
     * ({@code "*"}: all), or as the owner (no row-level security) when {@code asApp} is false.
     */
    private record Profiled(String text, double millis) {
    }

    private Profiled profile(String name, Probe probe, String schoolIds, boolean asApp, List<String> settings) {
        var parsed = org.springframework.jdbc.core.namedparam.NamedParameterUtils.parseSqlStatement(probe.query());
        var source = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource(probe.params());
        String jdbcSql = org.springframework.jdbc.core.namedparam.NamedParameterUtils.substituteNamedParameters(parsed,
                source);
        Object[] values = org.springframework.jdbc.core.namedparam.NamedParameterUtils.buildValueArray(parsed, source,
                null);
        StringBuilder out = new StringBuilder("\n-- ").append(name).append(asApp ? " (as houqin_app, schools '"
                + schoolIds + "')" : " (as the owner, no row-level security)").append('\n');
        try (java.sql.Connection connection = owner.getConnection()) {
            try (java.sql.Statement setup = connection.createStatement()) {
                setup.execute("LOAD 'auto_explain'");
                setup.execute("SET auto_explain.log_min_duration = 0");
                setup.execute("SET auto_explain.log_analyze = on");
                setup.execute("SET auto_explain.log_buffers = on");
                setup.execute("SET auto_explain.log_nested_statements = on");
                setup.execute("SET auto_explain.log_level = notice");
                setup.execute("SET client_min_messages = notice");
                if (asApp) {
                    setup.execute("SET ROLE houqin_app");
                }
                setup.execute("SELECT set_config('houqin.school_ids', '" + schoolIds + "', false)");
                for (String setting : settings) {
                    setup.execute(setting);
                }
            }
            // in a transaction rolled back at the end: the issue probe writes
            connection.setAutoCommit(false);
            List<Double> millis = new ArrayList<>();
            String plan = "";
            for (int i = 0; i < 15; i++) {
                try (java.sql.PreparedStatement statement = connection.prepareStatement(jdbcSql)) {
                    org.springframework.jdbc.core.ArgumentPreparedStatementSetter setter =
                            new org.springframework.jdbc.core.ArgumentPreparedStatementSetter(values);
                    setter.setValues(statement);
                    long begin = System.nanoTime();
                    try (java.sql.ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            rows.getObject(1);
                        }
                    }
                    millis.add((System.nanoTime() - begin) / 1_000_000.0);
                    StringBuilder notices = new StringBuilder();
                    for (java.sql.SQLWarning w = statement.getWarnings(); w != null; w = w.getNextWarning()) {
                        notices.append(withoutQueryText(w.getMessage())).append('\n');
                    }
                    plan = notices.toString();
                }
            }
            connection.rollback();
            connection.setAutoCommit(true);
            try (java.sql.Statement reset = connection.createStatement()) {
                reset.execute("RESET ALL");
                reset.execute("RESET ROLE");
                reset.execute("SET auto_explain.log_min_duration = -1");
            }
            out.append(String.format("calls 1-5: %s ms; calls 11-15: %s ms%n", fmt(millis.subList(0, 5)),
                    fmt(millis.subList(10, 15))));
            out.append(plan);
            List<Double> steady = new ArrayList<>(millis.subList(10, 15));
            Collections.sort(steady);
            return new Profiled(out.toString(), steady.get(2));
        } catch (java.sql.SQLException e) {
            out.append("failed: ").append(e.getMessage()).append('\n');
            return new Profiled(out.toString(), Double.NaN);
        }
    }

    /** An auto_explain notice without the query's text: its first line (the duration) and the plan. */
    private static String withoutQueryText(String notice) {
        String[] lines = notice.split("\n");
        StringBuilder out = new StringBuilder(lines[0]).append('\n');
        boolean plan = false;
        for (int i = 1; i < lines.length; i++) {
            plan = plan || lines[i].contains("(cost=");
            if (plan) {
                out.append(lines[i]).append('\n');
            }
        }
        return out.toString();
    }

    private static String fmt(List<Double> millis) {
        return millis.stream().map(m -> String.format("%.1f", m)).collect(java.util.stream.Collectors.joining(" "));
    }

    // ---- the proposed changes ----

    private void applyProposed() {
        Proposed.STEPS.forEach(this::apply);
    }

    private void apply(Proposed.Step step) {
        try (java.sql.Connection connection = owner.getConnection();
             java.sql.Statement statement = connection.createStatement()) {
            for (String sql : step.statements()) {
                statement.execute(sql);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(step.name(), e);
        }
    }

    // ---- running and reporting ----

    /** An operation with 1 and 20 users without pause, and (pages) 20 users pausing 0.5-1.5 s between requests. */
    private static String measure(Operation operation, int seconds, int warmup, boolean paused)
            throws InterruptedException {
        StringBuilder rows = new StringBuilder();
        for (int users : new int[] {1, USERS}) {
            run(users, warmup, 0, operation.call());
            rows.append(row(operation.name(), String.valueOf(users), run(users, seconds, 0, operation.call())));
        }
        if (paused) {
            run(USERS, warmup, 1_000, operation.call());
            rows.append(row(operation.name(), USERS + ", pausing ~1 s", run(USERS, seconds, 1_000, operation.call())));
        }
        return rows.toString();
    }

    private static StringBuilder header() {
        return new StringBuilder("\n| operation | users | requests | per second | p50 ms | p95 ms | p99 ms | errors |\n"
                + "|---|---|---|---|---|---|---|---|\n");
    }

    private static Result run(int clients, int seconds, int pauseMillis, Call call) throws InterruptedException {
        List<Long> samples = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long start = System.currentTimeMillis();
        long end = start + seconds * 1_000L;
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
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
                        if (pauseMillis > 0) {
                            Thread.sleep(pauseMillis / 2 + java.util.concurrent.ThreadLocalRandom.current()
                                    .nextInt(pauseMillis));
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
            thread.start();
        }
        done.await();
        long[] nanos = samples.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(nanos);
        if (firstError.get() != null) {
            System.out.println("First error: " + firstError.get());
        }
        return new Result(nanos, errors.get(), System.currentTimeMillis() - start, firstError.get());
    }

    private static String row(String name, String clients, Result result) {
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

    /** The queries behind the pages, copied from the warehouse code for EXPLAIN (keep them in step). */
    static final class StockSql {

        private static final String FROM = " " + """
                 FROM warehouse.balance b JOIN warehouse.item i ON i.id = b.item_id
                 JOIN warehouse.item_category c ON c.id = i.category_id JOIN warehouse.store s ON s.id = b.store_id""";

        private static final String WHERE = " WHERE b.school_id = :school"
                + " AND (:q = '' OR i.code ILIKE :like OR i.name ILIKE :like OR i.specification ILIKE :like)"
                + " AND (CAST(:store AS bigint) IS NULL OR b.store_id = :store)"
                + " AND (CAST(:category AS bigint) IS NULL OR i.category_id = :category)"
                + " AND (NOT :low OR b.quantity < i.reorder_point)";

        static final String PAGE = """
                SELECT b.item_id, b.store_id, i.code, i.name, i.specification, i.unit, c.name AS category_name,
                       s.name AS store_name, b.quantity, b.amount, i.reorder_point""" + FROM + WHERE
                + " ORDER BY i.code ASC NULLS LAST, i.id, s.id LIMIT :limit OFFSET :offset";

        static final String COUNT = "SELECT count(*)" + FROM + WHERE;

        static final String TOTALS = "SELECT count(*) AS lines, coalesce(sum(b.amount), 0) AS amount,"
                + " count(*) FILTER (WHERE b.quantity < i.reorder_point) AS low" + FROM + WHERE;

        static final String LEDGER_COUNT = """
                SELECT count(*) FROM warehouse.movement WHERE school_id = :school AND item_id = :item AND store_id = :store""";

        static final String LEDGER = """
                SELECT id, occurred_on, kind, quantity, unit_cost, amount, document_type, document_number, reverses_id,
                       note, sum(quantity) OVER (ORDER BY occurred_on, id) AS balance_after
                FROM warehouse.movement WHERE school_id = :school AND item_id = :item AND store_id = :store
                ORDER BY occurred_on DESC, id DESC LIMIT :limit OFFSET :offset""";

        static final String USAGE = """
                SELECT m.item_id,
                       coalesce(-sum(m.quantity) FILTER (WHERE m.occurred_on BETWEEN :nowFrom AND :nowTo), 0) AS this_term,
                       coalesce(-sum(m.amount) FILTER (WHERE m.occurred_on BETWEEN :nowFrom AND :nowTo), 0) AS this_term_amount,
                       coalesce(-sum(m.quantity) FILTER (WHERE m.occurred_on BETWEEN :lastFrom AND :lastTo), 0) AS last_term,
                       coalesce(-sum(m.amount) FILTER (WHERE m.occurred_on BETWEEN :lastFrom AND :lastTo), 0) AS last_term_amount
                FROM warehouse.movement m
                WHERE m.school_id = :school AND m.department_id = :department AND m.item_id = ANY(:items)
                  AND m.kind IN ('ISSUE', 'REVERSAL')
                  AND m.occurred_on BETWEEN least(:lastFrom, :nowFrom) AND :nowTo
                GROUP BY m.item_id""";

        /** The stock-out check of warehouse.apply_movement() for an issue on a day. */
        static final String TRIGGER_CHECK = """
                SELECT least(
                         coalesce((SELECT sum(quantity) FROM warehouse.movement
                                   WHERE item_id = :item AND store_id = :store AND occurred_on <= :day), 0),
                         (SELECT min(running) FROM (
                            SELECT occurred_on, sum(quantity) OVER (ORDER BY occurred_on, id) AS running
                            FROM warehouse.movement WHERE item_id = :item AND store_id = :store) later
                          WHERE later.occurred_on > :day))""";

        /** What StockLedger.stockOut writes for an issue (the trigger does the rest). */
        static final String ISSUE = """
                INSERT INTO warehouse.movement (school_id, item_id, store_id, kind, quantity, unit_cost, amount,
                       occurred_on, document_type, document_id, document_number, reverses_id, note, created_by,
                       department_id)
                VALUES (:school, :item, :store, 'ISSUE', -1, 0, 0, :day, 'RQ', NULL, 'RQ-X-000001', NULL, '压测', NULL, NULL)
                RETURNING id""";

        private StockSql() {
        }
    }

    /**
     * The changes proposed in bench/README.md, applied to this benchmark's database only (the migrations are not
     * touched): each a name and its statements, applied in this order.
     */
    static final class Proposed {

        record Step(String name, List<String> statements) {
        }

        /** Every query planned for its values (the application's catch-all filters and date ranges). */
        static final Step CUSTOM_PLANS = new Step("custom plans", List.of(
                "ALTER SYSTEM SET plan_cache_mode = force_custom_plan", "SELECT pg_reload_conf()"));

        /**
         * What is still only proposed. The once-per-query RLS check, the covering consumption index and the trigger
         * reading later lines only have landed (migrations V20261207_1310 and _1330, ADR 0028).
         */
        static final List<Step> STEPS = List.of(CUSTOM_PLANS);

        private Proposed() {
        }
    }
}
