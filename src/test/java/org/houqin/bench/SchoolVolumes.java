package org.houqin.bench;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One realistic school for {@link SchoolBenchmark}: the demo school's people and rooms with five years of use, loaded
 * by SQL straight into the database of an application running in another JVM, as its superuser (row-level security
 * does not apply to it, and it may switch the ledger's trigger off). Each module's builder adds its own volumes here:
 * 20,000 asset cards ({@link AssetBenchmark#fill}), 2,000 items and 1,000,000 stock ledger lines over five years
 * ({@link WarehouseVolumes#fill}) and 50,000 repair requests over five years ({@link #repairs}). A new module adds its
 * realistic volumes to {@link #fill} so that every page is measured against a school that has been using Houqin.
 */
final class SchoolVolumes {

    static final int ASSETS = 20_000;
    static final int ITEMS = 2_000;
    static final int MOVEMENTS = 1_000_000;
    static final int REPAIRS = 50_000;

    private SchoolVolumes() {
    }

    /** What was loaded, and how long it took. */
    record Loaded(long school, long assets, long items, long movements, long balances, long repairs, long hazards,
                  long records, long millis) {

        @Override
        public String toString() {
            return ("%,d asset cards, %,d stock items with %,d ledger lines in %,d balances, %,d repair requests,"
                    + " %,d hazards, %,d check records (loaded in %.1f s)").formatted(assets, items, movements,
                    balances, repairs, hazards, records, millis / 1000.0);
        }
    }

    /** A connection pool-less data source to the embedded PostgreSQL's database as its superuser. */
    static DataSource superuser(int port) {
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setServerNames(new String[] {"localhost"});
        database.setPortNumbers(new int[] {port});
        database.setDatabaseName("houqin");
        database.setUser("postgres");
        return database;
    }

    static Loaded fill(DataSource owner) throws SQLException {
        long start = System.currentTimeMillis();
        JdbcClient sql = JdbcClient.create(owner);
        long school = sql.sql("SELECT id FROM organization.school WHERE code = 'DEMO'").query(Long.class).single();
        long assets = AssetBenchmark.fill(sql, school, ASSETS);
        WarehouseVolumes.Filled stock = WarehouseVolumes.fill(owner, school, ITEMS, MOVEMENTS);
        long repairs = repairs(sql, school, REPAIRS);
        long hazards = SafetyVolumes.hazards(sql, school, SafetyVolumes.HAZARDS);
        long records = SafetyVolumes.records(sql, school, SafetyVolumes.RECORDS);
        // what five years of use leave behind is vacuumed, analysed and on disk; a run should not pay for the load
        sql.sql("VACUUM ANALYZE repairs.request").update();
        sql.sql("VACUUM ANALYZE assets.asset").update();
        sql.sql("CHECKPOINT").update();
        return new Loaded(school, assets, stock.items(), stock.movements(), stock.balances(), repairs, hazards,
                records, System.currentTimeMillis() - start);
    }

    /**
     * Repair requests up to {@code wanted}, one every 53 minutes or so back from now over five years (a port of
     * {@link RepairVolumes} with the school's own users reporting in turn): those of the last 30 days in every
     * working state, older ones done and rated. Numbers use the year 1900, which the counter never reaches.
     */
    static long repairs(JdbcClient sql, long school, int wanted) {
        long have = sql.sql("SELECT count(*) FROM repairs.request WHERE school_id = ?").param(school)
                .query(Long.class).single();
        long reporters = sql.sql("SELECT count(*) FROM iam.app_user WHERE school_id = ? AND staff_id IS NOT NULL")
                .param(school).query(Long.class).single();
        if (have < wanted) {
            sql.sql("""
                    INSERT INTO repairs.request (school_id, number, category_id, room_id, place, description, priority,
                           status, reporter_user_id, reporter_name, reported_at, due_at, assignee_user_id,
                           assignee_name, first_assigned_at, finished_at, closed_at, rating)
                    SELECT :school, 'BX-1900-' || lpad(CAST(g AS varchar), 5, '0'), c.id, r.id, r.code || ' ' || r.name,
                           (ARRAY['灯管不亮', '水龙头漏水', '门锁坏了', '插座没电', '投影仪不显示', '椅子坏了'])[1 + g % 6],
                           (ARRAY['URGENT', 'TEACHING', 'NORMAL', 'NORMAL'])[1 + g % 4], s.status,
                           u.id, u.display_name, t.at, t.at + interval '48 hours',
                           CASE WHEN s.status <> 'NEW' THEN w.id END,
                           CASE WHEN s.status <> 'NEW' THEN w.display_name END,
                           CASE WHEN s.status <> 'NEW' THEN t.at + interval '1 hour' END,
                           CASE WHEN s.status IN ('AWAITING_CHECK', 'DONE') THEN t.at + interval '5 hours' END,
                           CASE WHEN s.status = 'DONE' THEN t.at + interval '20 hours' END,
                           CASE WHEN s.status = 'DONE' THEN 3 + g % 3 END
                    FROM generate_series(1, :count) AS g
                    CROSS JOIN LATERAL (SELECT now() - make_interval(mins => CAST(g * 52.56 AS int)) AS at) t
                    CROSS JOIN LATERAL (SELECT CASE WHEN t.at > now() - interval '30 days'
                        THEN (ARRAY['NEW', 'ASSIGNED', 'IN_PROGRESS', 'AWAITING_CHECK', 'DONE', 'DONE'])[1 + g % 6]
                        ELSE 'DONE' END AS status) s
                    CROSS JOIN LATERAL (SELECT id FROM repairs.category WHERE school_id = :school ORDER BY id
                                        OFFSET g % 10 LIMIT 1) c
                    CROSS JOIN LATERAL (SELECT id, code, name FROM places.room WHERE school_id = :school ORDER BY id
                                        OFFSET g % 150 LIMIT 1) r
                    CROSS JOIN LATERAL (SELECT id, display_name FROM iam.app_user WHERE school_id = :school
                                        AND staff_id IS NOT NULL ORDER BY id
                                        OFFSET g % :reporters LIMIT 1) u
                    CROSS JOIN (SELECT id, display_name FROM iam.app_user WHERE username = 'worker') w""")
                    .param("school", school).param("count", wanted - have).param("reporters", reporters).update();
        }
        return sql.sql("SELECT count(*) FROM repairs.request WHERE school_id = ?").param(school).query(Long.class)
                .single();
    }

    /** Requests in each of the scaling categories: a list page is measured over each (1,000, 10,000, 100,000 rows). */
    static final List<Integer> SIZES = List.of(1_000, 10_000, 100_000);

    /**
     * For each of {@link #SIZES}, a repair category "规模 n" holding exactly n done requests spread evenly over the
     * last five years, among the school's others (numbers {@code BX-1899-…}, which the counter never reaches):
     * {@code /repairs?view=ALL&category=…} then lists exactly n rows. Returns each category's id by its size.
     */
    static Map<Integer, Long> scalingCategories(JdbcClient sql, long school) {
        Map<Integer, Long> categories = new LinkedHashMap<>();
        long offset = 0;
        for (int size : SIZES) {
            String name = "规模 " + size;
            long category = sql.sql("""
                    INSERT INTO repairs.category (school_id, name, sort_order) VALUES (?, ?, 99)
                    ON CONFLICT (school_id, name) DO UPDATE SET sort_order = 99 RETURNING id""")
                    .params(school, name).query(Long.class).single();
            long have = sql.sql("SELECT count(*) FROM repairs.request WHERE category_id = ?").param(category)
                    .query(Long.class).single();
            if (have == 0) {
                sql.sql("""
                        INSERT INTO repairs.request (school_id, number, category_id, room_id, place, description,
                               priority, status, reporter_user_id, reporter_name, reported_at, due_at,
                               assignee_user_id, assignee_name, first_assigned_at, finished_at, closed_at, rating)
                        SELECT :school, 'BX-1899-' || lpad(CAST(:offset + g AS varchar), 6, '0'), :category, r.id,
                               r.code || ' ' || r.name, '规模测试：灯管不亮', 'NORMAL', 'DONE', u.id, u.display_name,
                               t.at, t.at + interval '48 hours', u.id, u.display_name, t.at + interval '1 hour',
                               t.at + interval '5 hours', t.at + interval '20 hours', 4
                        FROM generate_series(1, :count) AS g
                        CROSS JOIN LATERAL (SELECT now() - interval '31 days'
                            - make_interval(mins => CAST(g * (1825.0 * 1440 / :count) AS int)) AS at) t
                        CROSS JOIN LATERAL (SELECT id, code, name FROM places.room WHERE school_id = :school
                                            ORDER BY id OFFSET g % 150 LIMIT 1) r
                        CROSS JOIN (SELECT id, display_name FROM iam.app_user WHERE username = 'worker') u""")
                        .param("school", school).param("offset", offset).param("category", category)
                        .param("count", size).update();
            }
            offset += size;
            categories.put(size, category);
        }
        sql.sql("VACUUM ANALYZE repairs.request").update();
        return categories;
    }
}
