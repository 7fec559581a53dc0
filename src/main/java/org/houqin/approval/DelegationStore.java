package org.houqin.approval;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes delegations (代理审批). */
@Component
class DelegationStore {

    record Row(long id, long fromUserId, long toUserId, LocalDate startsOn, LocalDate endsOn, boolean active) {
    }

    private final JdbcClient jdbc;

    DelegationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Those who have handed their approvals to this user today. */
    List<Long> delegators(long schoolId, long userId, LocalDate today) {
        return jdbc.sql("""
                SELECT DISTINCT from_user_id FROM approval.delegation
                WHERE school_id = ? AND to_user_id = ? AND active AND starts_on <= ? AND ends_on >= ?""")
                .params(schoolId, userId, today, today).query(Long.class).list();
    }

    /** Those to whom any of these users handed their approvals today. */
    List<Long> delegates(long schoolId, Collection<Long> fromUserIds, LocalDate today) {
        if (fromUserIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT DISTINCT to_user_id FROM approval.delegation
                WHERE school_id = ? AND from_user_id = ANY(?) AND active AND starts_on <= ? AND ends_on >= ?""")
                .params(schoolId, fromUserIds.toArray(Long[]::new), today, today).query(Long.class).list();
    }

    long insert(long schoolId, long from, long to, LocalDate startsOn, LocalDate endsOn) {
        return jdbc.sql("""
                INSERT INTO approval.delegation (school_id, from_user_id, to_user_id, starts_on, ends_on)
                VALUES (?, ?, ?, ?, ?) RETURNING id""").params(schoolId, from, to, startsOn, endsOn)
                .query(Long.class).single();
    }

    Optional<Row> find(long schoolId, long id) {
        return jdbc.sql(SELECT + " WHERE school_id = ? AND id = ?").params(schoolId, id).query(Rows.of(Row.class))
                .optional();
    }

    /** The user's delegations, given or received, those still to come first. */
    List<Row> involving(long schoolId, long userId) {
        return jdbc.sql(SELECT + """
                 WHERE school_id = ? AND (from_user_id = ? OR to_user_id = ?)
                 ORDER BY active DESC, ends_on DESC, id DESC LIMIT 100""")
                .params(schoolId, userId, userId).query(Rows.of(Row.class)).list();
    }

    boolean deactivate(long schoolId, long id) {
        return jdbc.sql("UPDATE approval.delegation SET active = false WHERE school_id = ? AND id = ? AND active")
                .params(schoolId, id).update() == 1;
    }

    private static final String SELECT = """
            SELECT id, from_user_id, to_user_id, starts_on, ends_on, active FROM approval.delegation
            """;
}
