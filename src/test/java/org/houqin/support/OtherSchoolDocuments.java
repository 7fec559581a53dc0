package org.houqin.support;

import java.util.Locale;

import org.houqin.organization.OrganizationApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One document of every kind the API reads by id, all of a second school ({@link OtherSchool}), for tests that
 * another school's ids are not found through any endpoint. Written past every scope, as the system would.
 */
public final class OtherSchoolDocuments {

    private OtherSchoolDocuments() {
    }

    /** The second school's documents, one of each kind. */
    public record Documents(long room, long repair, long requisition, long approval, long handover, long asset) {
    }

    /**
     * A new room, repair, requisition, handover record and asset card of that school, and the requisition's pending
     * approval waiting at a step addressed to {@code approver}, a user of another school: only the school keeps it out.
     */
    public static Documents of(JdbcClient jdbc, TransactionTemplate transaction, OrganizationApi organization,
                               String code, String name, long approver) {
        long asset = OtherSchool.assetCard(jdbc, transaction, organization, code, name);
        return Demo.asSystem(() -> transaction.execute(status -> {
            long school = jdbc.sql("SELECT id FROM organization.school WHERE code = ?").param(code).query(Long.class)
                    .single();
            long user = user(jdbc, school, code.toLowerCase(Locale.ROOT) + "-teacher");
            long requisition = requisition(jdbc, school, user);
            long approval = jdbc.sql("""
                    INSERT INTO approval.request (school_id, document_type, document_id, document_number, title,
                           submitter_user_id, status, current_position, submitted_at)
                    VALUES (?, 'RQ', ?, 'LY-外校', '外校领用审批', ?, 'PENDING', 1, now()) RETURNING id""")
                    .params(school, requisition, user).query(Long.class).single();
            jdbc.sql("""
                    INSERT INTO approval.step (school_id, request_id, position, role_code, user_id, status)
                    VALUES (?, ?, 1, 'DIRECTOR', ?, 'WAITING')""").params(school, approval, approver).update();
            return new Documents(room(jdbc, school), repair(jdbc, school), requisition, approval,
                    handover(jdbc, school), asset);
        }));
    }

    private static long user(JdbcClient jdbc, long school, String username) {
        jdbc.sql("""
                INSERT INTO iam.app_user (school_id, username, display_name, password_hash)
                SELECT ?, ?, '外校教师', '{noop}x' WHERE NOT EXISTS (SELECT 1 FROM iam.app_user WHERE username = ?)""")
                .params(school, username, username).update();
        return jdbc.sql("SELECT id FROM iam.app_user WHERE username = ?").param(username).query(Long.class).single();
    }

    private static long room(JdbcClient jdbc, long school) {
        long building = jdbc.sql("SELECT id FROM places.building WHERE school_id = ? AND code = 'W'").param(school)
                .query(Long.class).optional().orElseGet(() -> {
                    long campus = jdbc.sql("INSERT INTO places.campus (school_id, name) VALUES (?, '外校本部') RETURNING id")
                            .param(school).query(Long.class).single();
                    return jdbc.sql("""
                            INSERT INTO places.building (school_id, campus_id, code, name, floors_above)
                            VALUES (?, ?, 'W', '外校教学楼', 3) RETURNING id""").params(school, campus)
                            .query(Long.class).single();
                });
        return jdbc.sql("""
                INSERT INTO places.room (school_id, building_id, floor, code, name, room_type, qr_token)
                VALUES (?, ?, 1, 'W-' || (floor(random() * 90000) + 10000)::int, '外校机房', 'OFFICE',
                        substr(md5(random()::text), 1, 24)) RETURNING id""").params(school, building)
                .query(Long.class).single();
    }

    private static long repair(JdbcClient jdbc, long school) {
        long category = jdbc.sql("SELECT id FROM repairs.category WHERE school_id = ? AND name = '外校水电'").param(school)
                .query(Long.class).optional().orElseGet(() -> jdbc.sql(
                        "INSERT INTO repairs.category (school_id, name) VALUES (?, '外校水电') RETURNING id")
                        .param(school).query(Long.class).single());
        return jdbc.sql("""
                INSERT INTO repairs.request (school_id, number, category_id, location, place, description, priority,
                       status, reporter_name, reported_at, due_at)
                VALUES (?, 'BX-W-' || (floor(random() * 900000) + 100000)::int, ?, '外校教学楼', '外校教学楼一层',
                        '外校教室漏水', 'NORMAL', 'NEW', '外校教师', now(), now() + interval '1 day') RETURNING id""")
                .params(school, category).query(Long.class).single();
    }

    private static long requisition(JdbcClient jdbc, long school, long user) {
        long store = jdbc.sql("SELECT id FROM warehouse.store WHERE school_id = ? AND code = 'W'").param(school)
                .query(Long.class).optional().orElseGet(() -> jdbc.sql(
                        "INSERT INTO warehouse.store (school_id, code, name) VALUES (?, 'W', '外校仓库') RETURNING id")
                        .param(school).query(Long.class).single());
        return jdbc.sql("""
                INSERT INTO warehouse.requisition (school_id, number, store_id, requester_user_id, requester_name,
                       purpose, status, submitted_at)
                VALUES (?, 'LY-W-' || (floor(random() * 900000) + 100000)::int, ?, ?, '外校教师', '外校领用', 'SUBMITTED',
                        now()) RETURNING id""").params(school, store, user).query(Long.class).single();
    }

    private static long handover(JdbcClient jdbc, long school) {
        return jdbc.sql("""
                INSERT INTO assets.handover (school_id, number, kind, handed_on, receiver_name, created_by_name)
                VALUES (?, 'JJ-W-' || (floor(random() * 900000) + 100000)::int, 'ASSIGN', current_date, '外校教师',
                        '外校管理员') RETURNING id""").param(school).query(Long.class).single();
    }
    /**
     * A warehouse document of the school with this code (made with {@link OtherSchool}): {@code table} is one of
     * requisition, receipt, transfer, write_off, stocktake, distribution, item.
     */
    public static long warehouse(JdbcClient jdbc, TransactionTemplate transaction, OrganizationApi organization,
                                 String code, String name, String table) {
        OtherSchool.assetCard(jdbc, transaction, organization, code, name);
        return Demo.asSystem(() -> transaction.execute(status -> {
            long other = jdbc.sql("SELECT id FROM organization.school WHERE code = ?").param(code).query(Long.class)
                    .single();
            long storeA = otherStore(jdbc, other, "OA");
            String number = "X-" + (System.nanoTime() % 1_000_000_000);
            return switch (table) {
                case "receipt" -> insert(jdbc, """
                        INSERT INTO warehouse.receipt (school_id, number, store_id, received_on, total)
                        VALUES (?, ?, ?, current_date, 0) RETURNING id""", other, number, storeA);
                case "transfer" -> insert(jdbc, """
                        INSERT INTO warehouse.transfer (school_id, number, from_store_id, to_store_id, transferred_on,
                               created_by_name) VALUES (?, ?, ?, ?, current_date, '外校') RETURNING id""",
                        other, number, storeA, otherStore(jdbc, other, "OB"));
                case "write_off" -> insert(jdbc, """
                        INSERT INTO warehouse.write_off (school_id, number, store_id, reason, written_on, note, status,
                               created_by_name) VALUES (?, ?, ?, 'LOST', current_date, '外校', 'SUBMITTED', '外校')
                        RETURNING id""", other, number, storeA);
                case "stocktake" -> insert(jdbc, """
                        INSERT INTO warehouse.stocktake (school_id, number, store_id, counted_on, status,
                               created_by_name, created_at) VALUES (?, ?, ?, current_date, 'CANCELLED', '外校', now())
                        RETURNING id""", other, number, storeA);
                case "requisition" -> insert(jdbc, """
                        INSERT INTO warehouse.requisition (school_id, number, store_id, requester_user_id,
                               requester_name, purpose, status, submitted_at)
                        VALUES (?, ?, ?, ?, '外校老师', '外校领用', 'APPROVED', now()) RETURNING id""",
                        other, number, storeA, Demo.userId(jdbc, "teacher"));
                case "distribution" -> insert(jdbc, """
                        INSERT INTO warehouse.distribution (school_id, number, name, semester_id, semester_name,
                               store_id, status, created_by_name, created_at)
                        VALUES (?, ?, '外校教材', ?, '外校学期', ?, 'DRAFT', '外校', now()) RETURNING id""",
                        other, number, otherSemester(jdbc, other), storeA);
                case "item" -> insert(jdbc, """
                        WITH category AS (
                            INSERT INTO warehouse.item_category (school_id, name) VALUES (?, '外校类别')
                            ON CONFLICT (school_id, name) DO UPDATE SET active = true RETURNING id)
                        INSERT INTO warehouse.item (school_id, code, name, unit, category_id)
                        SELECT ?, ?, '外校物品', '个', id FROM category RETURNING id""", other, other, number);
                default -> throw new IllegalArgumentException(table);
            };
        }));
    }

    /** A disposal, stocktake or compensation ({@code table}) of the school of this asset card, made with it. */
    public static long assets(JdbcClient jdbc, TransactionTemplate transaction, String table, long card) {
        String sql = switch (table) {
            case "disposal" -> """
                    INSERT INTO assets.disposal (school_id, number, kind, reason, disposed_on, status, original_value,
                           net_value, created_by_name)
                    SELECT school_id, 'CZ-2026-' || lpad((floor(random() * 90000) + 10000)::int::text, 5, '0'),
                           'SCRAP', '外校报废', current_date, 'SUBMITTED', 3000, 0, '外校' FROM assets.asset WHERE id = ?
                    RETURNING id""";
            case "stocktake" -> """
                    INSERT INTO assets.stocktake (school_id, number, name, status, created_by_name)
                    SELECT school_id, 'ZCPD-2026-' || lpad((floor(random() * 90000) + 10000)::int::text, 5, '0'),
                           '外校盘点', 'COUNTING', '外校' FROM assets.asset WHERE id = ?
                    RETURNING id""";
            case "compensation" -> """
                    INSERT INTO assets.compensation (school_id, number, source, description, status, created_by_name)
                    SELECT school_id, 'PC-2026-' || lpad((floor(random() * 90000) + 10000)::int::text, 5, '0'),
                           'OFFICE', '外校赔偿', 'PENDING', '外校' FROM assets.asset WHERE id = ?
                    RETURNING id""";
            default -> throw new IllegalArgumentException(table);
        };
        return Demo.asSystem(() -> transaction.execute(status -> jdbc.sql(sql).param(card).query(Long.class)
                .single()));
    }

    private static long otherStore(JdbcClient jdbc, long other, String code) {
        return jdbc.sql("SELECT id FROM warehouse.store WHERE school_id = ? AND code = ?").params(other, code)
                .query(Long.class).optional().orElseGet(() -> insert(jdbc, """
                        INSERT INTO warehouse.store (school_id, code, name) VALUES (?, ?, ?) RETURNING id""",
                        other, code, "外校仓库" + code));
    }

    private static long otherSemester(JdbcClient jdbc, long other) {
        return jdbc.sql("SELECT id FROM organization.semester WHERE school_id = ? LIMIT 1").param(other)
                .query(Long.class).optional().orElseGet(() -> {
                    long year = insert(jdbc, """
                            INSERT INTO organization.school_year (school_id, name, starts_on, ends_on)
                            VALUES (?, '外校学年', current_date - 30, current_date + 300) RETURNING id""", other);
                    return insert(jdbc, """
                            INSERT INTO organization.semester (school_id, school_year_id, name, starts_on, ends_on)
                            VALUES (?, ?, '外校学期', current_date - 30, current_date + 120) RETURNING id""",
                            other, year);
                });
    }

    private static long insert(JdbcClient jdbc, String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
