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
}
