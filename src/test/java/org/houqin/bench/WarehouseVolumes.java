package org.houqin.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Fills a school's warehouse by SQL up to a number of items and ledger lines over five years, as the database's owner
 * (the application's role may not bypass the ledger's trigger). In one transaction: the ledger's trigger is disabled,
 * the movements are inserted in a few big statements, every balance of the school is recomputed from the ledger in one
 * statement, and the trigger is enabled again. The movements are built so that no running balance of an item in a
 * store ever falls below zero in the ledger's order (day, id): each item's lines come in blocks of ten, a receipt
 * first that covers the block's stock-outs and a small buffer, then issues to departments (领用 {@code RQ}, repair
 * materials {@code BX}) and now and then a stocktake difference ({@code PD}); about 1 % of the issues are later
 * reversed (a return to the store). An item keeps one price, so every line's value is its quantity times that price
 * and the moving average never changes. Both invariants are checked after the load.
 */
final class WarehouseVolumes {

    static final ZoneId SCHOOL_ZONE = ZoneId.of("Asia/Shanghai");

    private WarehouseVolumes() {
    }

    /** What the load left: counts, the time it took and the checks. */
    record Filled(long items, long balances, long movements, long added, long reversals, long millis,
                  long balanceMismatches, long negativeRunningBalances, LocalDate from, LocalDate to) {
    }

    /** An approved requisition ready to be issued: its version and, per line, the id and the quantity asked for. */
    record Approved(long id, int version, Map<Long, String> lines) {
    }

    static Filled fill(DataSource owner, long school, int items, int movements) throws SQLException {
        long start = System.currentTimeMillis();
        LocalDate today = LocalDate.now(SCHOOL_ZONE);
        LocalDate from = today.minusYears(5);
        LocalDate to = today.minusDays(1);
        long added = 0;
        long reversals = 0;
        try (Connection connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            JdbcClient sql = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            try {
                sql.sql("SET LOCAL work_mem = '256MB'").update();
                sql.sql("SET LOCAL synchronous_commit = off").update();
                long haveItems = count(sql, "SELECT count(*) FROM warehouse.item WHERE school_id = ?", school);
                if (haveItems < items) {
                    addItems(sql, school, items - (int) haveItems);
                }
                long have = count(sql, "SELECT count(*) FROM warehouse.movement WHERE school_id = ?", school);
                if (have < movements) {
                    long wanted = movements - have;
                    reversals = wanted / 100;
                    long before = count(sql, "SELECT coalesce(max(id), 0) FROM warehouse.movement");
                    sql.sql("ALTER TABLE warehouse.movement DISABLE TRIGGER movement_applies").update();
                    added = addMovements(sql, school, wanted - reversals, from, to);
                    added += addReversals(sql, school, before, reversals, to);
                    recomputeBalances(sql, school);
                    recomputeMonths(sql, school);
                    sql.sql("ALTER TABLE warehouse.movement ENABLE TRIGGER movement_applies").update();
                }
                connection.commit();
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            }
            connection.setAutoCommit(true);
            // a table five years old has been vacuumed and analysed many times; so are these
            sql.sql("VACUUM ANALYZE warehouse.movement").update();
            sql.sql("VACUUM ANALYZE warehouse.balance").update();
            sql.sql("VACUUM ANALYZE warehouse.consumption_month").update();
            sql.sql("VACUUM ANALYZE warehouse.item").update();
            long millis = System.currentTimeMillis() - start;
            return new Filled(count(sql, "SELECT count(*) FROM warehouse.item WHERE school_id = ?", school),
                    count(sql, "SELECT count(*) FROM warehouse.balance WHERE school_id = ?", school),
                    count(sql, "SELECT count(*) FROM warehouse.movement WHERE school_id = ?", school), added, reversals,
                    millis, balanceMismatches(sql, school), negativeRunningBalances(sql, school), from, to);
        }
    }

    /** Items named like a school's supplies, each in a category and a default store. */
    private static void addItems(JdbcClient sql, long school, int count) {
        sql.sql("""
                INSERT INTO warehouse.item (school_id, code, name, specification, unit, category_id, reorder_point,
                                            default_store_id)
                SELECT :school, 'BM-' || lpad(CAST(g AS varchar), 5, '0'), p.name,
                       (ARRAY['小号', '中号', '大号', '加厚', '经济装', '标准装', '加长', '精装'])[1 + g % 8] || ' '
                         || (ARRAY['黑', '蓝', '红', '白', '绿', '灰', '黄'])[1 + g % 7] || ' ' || (g % 97 + 1) || '型',
                       p.unit, c.id, CAST(g % 5 * 10 AS numeric),
                       CASE WHEN p.name IN ('复印纸', '墨盒', '碳粉', '信封', '印泥') OR (p.category = '办公用品' AND g % 4 = 0)
                            THEN print.id ELSE main.id END
                FROM generate_series(1, :count) AS g
                JOIN unnest(
                  ARRAY['中性笔', '圆珠笔', '铅笔', '记号笔', '荧光笔', '笔记本', '便利贴', '文件夹', '回形针', '长尾夹',
                        '胶水', '透明胶带', '剪刀', '计算器', '复印纸', '信封', '印泥',
                        '洗衣粉', '洗洁精', '抹布', '扫把', '簸箕', '垃圾桶', '卫生纸', '擦手纸', '消毒片', '玻璃清洁剂',
                        '灯泡', '开关面板', '电线', '水管', '绝缘胶布', '螺丝', '合页', '门把手', '水龙头', '油漆',
                        '教师用书', '练习册', '教辅资料', '作文本', '英语本', '练习本', '田字格本',
                        '墨盒', '碳粉', '电池', '数据线', '鼠标', '键盘', '翻页笔', 'U盘',
                        '手套', '工作服', '雨靴', '安全帽', '护目镜', '奖状', '彩带', '气球', '横幅'],
                  ARRAY['支', '支', '支', '支', '支', '本', '本', '个', '盒', '盒', '瓶', '卷', '把', '个', '包', '个', '盒',
                        '袋', '瓶', '条', '把', '个', '个', '提', '包', '瓶', '瓶',
                        '个', '个', '卷', '根', '卷', '盒', '个', '个', '只', '桶',
                        '本', '本', '本', '本', '本', '本', '本',
                        '个', '瓶', '节', '根', '个', '个', '支', '个',
                        '双', '套', '双', '顶', '副', '张', '卷', '包', '条'],
                  ARRAY['办公用品', '办公用品', '办公用品', '办公用品', '办公用品', '办公用品', '办公用品', '办公用品',
                        '办公用品', '办公用品', '办公用品', '办公用品', '办公用品', '办公用品', '办公用品', '办公用品',
                        '办公用品',
                        '清洁用品', '清洁用品', '清洁用品', '清洁用品', '清洁用品', '清洁用品', '清洁用品', '清洁用品',
                        '清洁用品', '清洁用品',
                        '维修材料', '维修材料', '维修材料', '维修材料', '维修材料', '维修材料', '维修材料', '维修材料',
                        '维修材料', '维修材料',
                        '教材', '教材', '教材', '作业本', '作业本', '作业本', '作业本',
                        '电教耗材', '电教耗材', '电教耗材', '电教耗材', '电教耗材', '电教耗材', '电教耗材', '电教耗材',
                        '劳保用品', '劳保用品', '劳保用品', '劳保用品', '劳保用品', '其他', '其他', '其他', '其他'])
                  WITH ORDINALITY AS p (name, unit, category, n) ON p.n = 1 + g % 61
                JOIN warehouse.item_category c ON c.school_id = :school AND c.name = p.category
                CROSS JOIN (SELECT id FROM warehouse.store WHERE school_id = :school AND code = 'MAIN') main
                CROSS JOIN (SELECT id FROM warehouse.store WHERE school_id = :school AND code = 'PRINT') print""")
                .param("school", school).param("count", count).update();
    }

    /**
     * The movements of the added items, {@code count} in all, spread over the days between {@code from} and
     * {@code to} (weekends moved to the Friday before) and written in the order of days, as five years of use would
     * have left them in the table.
     */
    private static long addMovements(JdbcClient sql, long school, long count, LocalDate from, LocalDate to) {
        // every added item in its default store, and every tenth also in the other store; some items move far more
        sql.sql("""
                CREATE TEMP TABLE bench_pair ON COMMIT DROP AS
                SELECT row_number() OVER (ORDER BY i.id, s.id) AS k, i.id AS item_id, s.id AS store_id,
                       c.name AS category, CAST(0.5 + (i.id * 37) % 1995 / 10.0 AS numeric(14,2)) AS price,
                       CAST(1 + i.id % 5 AS int) AS m,
                       (ARRAY[0.3, 0.6, 1, 1.15, 1, 1.4, 2.1])[1 + (i.id * 5 + s.id * 3) % 7] AS w, 0 AS n
                FROM warehouse.item i JOIN warehouse.item_category c ON c.id = i.category_id
                JOIN warehouse.store s ON s.school_id = i.school_id AND s.code IN ('MAIN', 'PRINT')
                  AND (s.id = i.default_store_id OR i.id % 10 = 0)
                WHERE i.school_id = :school AND i.code LIKE 'BM-%'""").param("school", school).update();
        sql.sql("UPDATE bench_pair SET n = floor(:count * w / (SELECT sum(w) FROM bench_pair))").param("count", count)
                .update();
        sql.sql("UPDATE bench_pair SET n = n + 1 WHERE k <= :count - (SELECT sum(n) FROM bench_pair)")
                .param("count", count).update();
        sql.sql("""
                CREATE TEMP TABLE bench_department ON COMMIT DROP AS
                SELECT CAST(row_number() OVER (ORDER BY d.sort_order, d.id) - 1 AS int) AS d, d.id
                FROM organization.department d
                WHERE d.school_id = :school AND EXISTS (SELECT 1 FROM organization.staff s WHERE s.department_id = d.id)""")
                .param("school", school).update();
        return sql.sql("""
                INSERT INTO warehouse.movement (school_id, item_id, store_id, kind, quantity, unit_cost, amount, occurred_on,
                       document_type, document_number, note, created_by, created_at, department_id, document_id)
                SELECT :school, q.item_id, q.store_id,
                       CASE WHEN q.doc = 'RK' THEN 'RECEIPT' WHEN q.doc = 'PD' AND q.quantity > 0 THEN 'ADJUST_IN'
                            WHEN q.doc = 'PD' THEN 'ADJUST_OUT' ELSE 'ISSUE' END,
                       q.quantity, q.price, q.quantity * q.price, q.day, q.doc,
                       q.doc || '-' || extract(year FROM q.day) || '-'
                         || lpad(CAST((q.k * 13 + q.block) % 100000 AS varchar), 5, '0'),
                       CASE q.doc
                         WHEN 'RK' THEN (ARRAY['城区文具批发部', '惠民日化商行', '五金建材城', '新华书店教材发行部',
                                               '科教电子设备公司', '安康劳保用品店'])[1 + q.k % 6]
                         WHEN 'PD' THEN '盘点差异'
                         WHEN 'BX' THEN '维修领料'
                         ELSE (ARRAY['杨佳怡', '黄志远', '刘文博', '赵春梅', '孙卫东', '吴静怡', '郑海燕', '王国强'])[1 + q.s % 8]
                       END,
                       keeper.id, (q.day + time '15:30') AT TIME ZONE 'Asia/Shanghai',
                       CASE q.doc WHEN 'RQ' THEN dep.id WHEN 'BX' THEN logistics.id END,
                       ((q.day - CAST(:from AS date)) * 100 + dep.d) * 16 + q.k % 16
                FROM (
                  SELECT t.*,
                         CASE WHEN t.doc = 'RK'
                              THEN 2 * t.m - sum(CASE WHEN t.delta < 0 THEN t.delta ELSE 0 END) OVER (PARTITION BY t.k, t.block)
                              ELSE t.delta END AS quantity
                  FROM (
                    SELECT b.*,
                           CASE WHEN b.slot = 0 THEN 'RK' WHEN b.s % 97 = 0 THEN 'PD'
                                WHEN b.category = '维修材料' AND b.slot IN (3, 7) THEN 'BX' ELSE 'RQ' END AS doc,
                           CASE WHEN b.slot = 0 THEN NULL
                                WHEN b.s % 97 = 0 THEN CASE WHEN b.s % 2 = 0 THEN 1 ELSE -1 END
                                ELSE -(1 + (b.k * 7 + b.s * 13) % (3 * b.m)) END AS delta
                    FROM (
                      SELECT p.k, p.item_id, p.store_id, p.price, p.m, p.category, g.s, (g.s - 1) / 10 AS block,
                             (g.s - 1) % 10 AS slot,
                             CAST(:from AS date) + CAST(floor((g.s - 0.5) * :span / p.n) AS int) AS raw
                      FROM bench_pair p CROSS JOIN LATERAL generate_series(1, p.n) AS g (s)
                    ) x CROSS JOIN LATERAL (
                      SELECT x.*, x.raw - CAST(CASE extract(isodow FROM x.raw) WHEN 6 THEN 1 WHEN 7 THEN 2 ELSE 0 END AS int) AS day
                    ) b
                  ) t
                ) q
                JOIN bench_department dep ON dep.d = (q.k + q.s % 4 * 3) % (SELECT count(*) FROM bench_department)
                CROSS JOIN (SELECT id FROM iam.app_user WHERE username = 'storekeeper') keeper
                CROSS JOIN (SELECT id FROM organization.department WHERE school_id = :school AND code = 'LOGISTICS') logistics
                ORDER BY q.day, q.k, q.s""")
                .param("school", school).param("from", from).param("span", to.toEpochDay() - from.toEpochDay())
                .update();
    }

    /** Some issues come back to the store a few days later: a reversal of the issue, at its own cost. */
    private static long addReversals(JdbcClient sql, long school, long after, long count, LocalDate to) {
        return sql.sql("""
                INSERT INTO warehouse.movement (school_id, item_id, store_id, kind, quantity, unit_cost, amount, occurred_on,
                       document_type, document_number, reverses_id, note, created_by, created_at, department_id,
                       document_id)
                SELECT m.school_id, m.item_id, m.store_id, 'REVERSAL', -m.quantity, m.unit_cost, -m.amount,
                       least(m.occurred_on + CAST(1 + m.id % 3 AS int), CAST(:to AS date)), m.document_type,
                       m.document_number, m.id, '退库冲销', m.created_by, m.created_at + interval '2 days', m.department_id,
                       m.document_id
                FROM warehouse.movement m
                WHERE m.school_id = :school AND m.id > :after AND m.kind = 'ISSUE' AND m.id % 73 = 0
                ORDER BY m.id LIMIT :count""")
                .param("school", school).param("after", after).param("count", count).param("to", to).update();
    }

    /** Every balance of the school is what its ledger adds up to. */
    private static void recomputeBalances(JdbcClient sql, long school) {
        sql.sql("""
                INSERT INTO warehouse.balance (school_id, item_id, store_id, quantity, amount)
                SELECT school_id, item_id, store_id, sum(quantity), sum(amount) FROM warehouse.movement
                WHERE school_id = :school GROUP BY school_id, item_id, store_id
                ON CONFLICT (item_id, store_id) DO UPDATE SET quantity = EXCLUDED.quantity, amount = EXCLUDED.amount""")
                .param("school", school).update();
    }

    /** The monthly consumption the trigger keeps, added up from the ledger as the trigger would have. */
    private static void recomputeMonths(JdbcClient sql, long school) {
        sql.sql("DELETE FROM warehouse.consumption_month WHERE school_id = :school").param("school", school).update();
        sql.sql("""
                INSERT INTO warehouse.consumption_month (school_id, month, department_id, document_type, kind, item_id,
                                                         store_id, lines, quantity, amount)
                SELECT school_id, CAST(date_trunc('month', occurred_on) AS date), department_id, document_type, kind,
                       item_id, store_id, count(*), sum(quantity), sum(amount)
                FROM warehouse.movement
                WHERE school_id = :school
                  AND (kind IN ('ISSUE', 'REVERSAL') OR (kind = 'RECEIPT' AND document_type = 'FF'))
                GROUP BY 1, 2, 3, 4, 5, 6, 7""").param("school", school).update();
        sql.sql("DELETE FROM warehouse.consumption_document WHERE school_id = :school").param("school", school).update();
        sql.sql("""
                INSERT INTO warehouse.consumption_document (school_id, month, document_type, document_id, department_id,
                                                            lines, quantity, amount)
                SELECT school_id, CAST(date_trunc('month', occurred_on) AS date), document_type, document_id,
                       department_id, count(*), sum(quantity), sum(amount)
                FROM warehouse.movement
                WHERE school_id = :school
                  AND (kind IN ('ISSUE', 'REVERSAL') OR (kind = 'RECEIPT' AND document_type = 'FF'))
                GROUP BY 1, 2, 3, 4, 5""").param("school", school).update();
    }

    static long balanceMismatches(JdbcClient sql, long school) {
        return count(sql, """
                SELECT count(*) FROM warehouse.balance b
                FULL JOIN (SELECT item_id, store_id, sum(quantity) AS quantity, sum(amount) AS amount
                           FROM warehouse.movement WHERE school_id = ? GROUP BY item_id, store_id) l
                  ON l.item_id = b.item_id AND l.store_id = b.store_id
                WHERE (b.school_id = ? OR b.school_id IS NULL)
                  AND (b.quantity IS DISTINCT FROM l.quantity OR b.amount IS DISTINCT FROM l.amount)""", school, school);
    }

    /** Lines after which an item's balance in a store, in the ledger's order (day, id), is below zero. */
    static long negativeRunningBalances(JdbcClient sql, long school) {
        return count(sql, """
                SELECT count(*) FROM (
                  SELECT sum(quantity) OVER (PARTITION BY item_id, store_id ORDER BY occurred_on, id) AS running
                  FROM warehouse.movement WHERE school_id = ?) r
                WHERE running < 0""", school);
    }

    /**
     * Approved requisitions of the teacher's department, one to three lines each of items with stock, numbered
     * apart from the counter ({@code RQ-B-…}); inserted by SQL as if the approval had just ended.
     */
    static List<Approved> approvedRequisitions(DataSource owner, long school, int count, String prefix) {
        JdbcClient sql = JdbcClient.create(owner);
        sql.sql("""
                INSERT INTO warehouse.requisition (school_id, number, store_id, department_id, requester_user_id,
                       requester_name, purpose, status, estimate, submitted_at, approved_at, version)
                SELECT :school, :prefix || lpad(CAST(g AS varchar), 6, '0'),
                       CASE WHEN g % 5 = 0 THEN print.id ELSE main.id END, staff.department_id, u.id, u.display_name,
                       (ARRAY['日常教学用', '班级布置', '教研活动', '办公室日常'])[1 + g % 4], 'APPROVED', 0,
                       now() - interval '1 day', now() - interval '20 hours', 0
                FROM generate_series(1, :count) AS g
                CROSS JOIN (SELECT id, display_name, staff_id FROM iam.app_user WHERE username = 'teacher') u
                JOIN organization.staff staff ON staff.id = u.staff_id
                CROSS JOIN (SELECT id FROM warehouse.store WHERE school_id = :school AND code = 'MAIN') main
                CROSS JOIN (SELECT id FROM warehouse.store WHERE school_id = :school AND code = 'PRINT') print""")
                .param("school", school).param("prefix", prefix).param("count", count).update();
        // lines: items with at least 50 in the requisition's store, one to three per requisition, 1 or 2 of each
        sql.sql("""
                WITH stocked AS (
                  SELECT b.store_id, b.item_id,
                         CAST(row_number() OVER (PARTITION BY b.store_id ORDER BY b.item_id) - 1 AS int) AS r,
                         CAST(count(*) OVER (PARTITION BY b.store_id) AS int) AS n
                  FROM warehouse.balance b JOIN warehouse.item i ON i.id = b.item_id
                  WHERE b.school_id = :school AND b.quantity >= 50 AND i.code LIKE 'BM-%'),
                wanted AS (
                  SELECT r.id, r.store_id, CAST(substring(r.number FROM '(\\d+)$') AS int) AS g
                  FROM warehouse.requisition r WHERE r.school_id = :school AND r.number LIKE :prefix || '%')
                INSERT INTO warehouse.requisition_line (school_id, requisition_id, position, item_id, quantity)
                SELECT :school, w.id, p.position, s.item_id, 1 + (w.g + p.position) % 2
                FROM wanted w CROSS JOIN generate_series(1, 3) AS p (position)
                JOIN stocked s ON s.store_id = w.store_id AND s.r = (w.g * 7 + p.position * 131) % s.n
                WHERE p.position <= 1 + w.g % 3""")
                .param("school", school).param("prefix", prefix).update();
        Map<Long, Map<Long, String>> lines = new LinkedHashMap<>();
        sql.sql("""
                SELECT l.requisition_id, l.id, trim_scale(l.quantity) AS quantity FROM warehouse.requisition_line l
                JOIN warehouse.requisition r ON r.id = l.requisition_id
                WHERE r.school_id = :school AND r.number LIKE :prefix || '%' ORDER BY r.id, l.position""")
                .param("school", school).param("prefix", prefix).query((rs, n) -> {
                    lines.computeIfAbsent(rs.getLong(1), key -> new LinkedHashMap<>()).put(rs.getLong(2), rs.getString(3));
                    return null;
                }).list();
        List<Approved> approved = new ArrayList<>();
        lines.forEach((id, its) -> approved.add(new Approved(id, 0, its)));
        return approved;
    }

    private static long count(JdbcClient sql, String query, Object... params) {
        return sql.sql(query).params(params).query(Long.class).single();
    }
}
