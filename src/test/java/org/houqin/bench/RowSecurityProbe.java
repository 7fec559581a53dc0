package org.houqin.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The row-level security's school check once per query (ADR 0028, the policies as migrated) against once per row
 * (the policies of assets.asset and warehouse.movement put back to {@code platform.school_visible(school_id)} inside a
 * transaction that is rolled back). The demo school is filled up to 20,000 asset cards and 200,000 ledger lines
 * ({@code -Dbench.assets}, {@code -Dbench.movements}); each query runs under {@code EXPLAIN (ANALYZE, BUFFERS)} as
 * {@code houqin_app} in the school's scope, 9 times, and the median execution time is printed with the last plan. Run
 * with {@code ./mvnw verify -Dbench.excluded=none -Dtest=RowSecurityProbe -Dsurefire.failIfNoSpecifiedTests=false}.
 * It asserts nothing about time.
 */
@Tag("bench")
class RowSecurityProbe extends IntegrationTest {

    private static final Pattern EXECUTION = Pattern.compile("Execution Time: ([0-9.]+) ms");
    private static final int RUNS = 9;

    private record Probe(String name, String sql) {
    }

    @Autowired
    @Qualifier("migrationDataSource")
    private DataSource owner;

    @Test
    void theSchoolScopeOncePerQueryAgainstOncePerRow() throws SQLException {
        long school = Demo.schoolId(jdbc);
        long cards = AssetBenchmark.fill(JdbcClient.create(owner), school, Integer.getInteger("bench.assets", 20_000));
        WarehouseVolumes.Filled ledger = WarehouseVolumes.fill(owner, school, 2_000,
                Integer.getInteger("bench.movements", 200_000));
        JdbcClient.create(owner).sql("VACUUM ANALYZE assets.asset").update();
        JdbcClient.create(owner).sql("VACUUM ANALYZE warehouse.movement").update();
        List<Probe> probes = List.of(
                new Probe("assets.asset count", "SELECT count(*) FROM assets.asset WHERE school_id = " + school),
                new Probe("assets.asset first page", "SELECT id, number, name, unit_value FROM assets.asset "
                        + "WHERE school_id = " + school + " ORDER BY number LIMIT 20"),
                new Probe("warehouse.movement count",
                        "SELECT count(*) FROM warehouse.movement WHERE school_id = " + school),
                new Probe("warehouse.movement first page", "SELECT id, item_id, kind, quantity, occurred_on "
                        + "FROM warehouse.movement WHERE school_id = " + school
                        + " ORDER BY occurred_on DESC, id DESC LIMIT 20"));
        StringBuilder out = new StringBuilder("\nAsset cards: " + cards + ", ledger lines: " + ledger.movements()
                + "\n\n| query | once per row (before), median ms | once per query (after), median ms |\n"
                + "|---|---|---|\n");
        StringBuilder plans = new StringBuilder();
        try (Connection connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                List<String> after = measure(statement, school, probes, plans, "once per query (after)");
                statement.execute("RESET ROLE");
                for (String table : List.of("assets.asset", "warehouse.movement")) {
                    statement.execute("ALTER POLICY school_isolation ON " + table + " USING "
                            + "(platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id))");
                }
                List<String> before = measure(statement, school, probes, plans, "once per row (before)");
                for (int i = 0; i < probes.size(); i++) {
                    out.append("| ").append(probes.get(i).name()).append(" | ").append(before.get(i)).append(" | ")
                            .append(after.get(i)).append(" |\n");
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
                try (Statement reset = connection.createStatement()) {
                    reset.execute("RESET ROLE");
                }
            }
        }
        System.out.println(out.append(plans));
    }

    private static List<String> measure(Statement statement, long school, List<Probe> probes, StringBuilder plans,
                                        String label) throws SQLException {
        statement.execute("SET ROLE houqin_app");
        statement.execute("SELECT set_config('houqin.school_ids', '" + school + "', false)");
        List<String> medians = new ArrayList<>();
        for (Probe probe : probes) {
            List<Double> millis = new ArrayList<>();
            String plan = "";
            for (int i = 0; i < RUNS; i++) {
                plan = explain(statement, probe.sql());
                Matcher time = EXECUTION.matcher(plan);
                millis.add(time.find() ? Double.parseDouble(time.group(1)) : Double.NaN);
            }
            Collections.sort(millis);
            medians.add(String.format("%.2f", millis.get(RUNS / 2)));
            plans.append("\n-- ").append(probe.name()).append(", ").append(label).append(", runs (sorted) ")
                    .append(millis).append('\n').append(plan);
        }
        statement.execute("RESET ROLE");
        return medians;
    }

    private static String explain(Statement statement, String sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rows = statement.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }
}
