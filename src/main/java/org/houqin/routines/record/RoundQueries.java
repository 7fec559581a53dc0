package org.houqin.routines.record;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The open rounds: those due to a person (by name or by role), those due at a room, and one to fill. */
@Component
class RoundQueries {

    /** How far back an overdue round is still listed as mine: a month's rounds, not a year's backlog. */
    static final int OVERDUE_DAYS = 31;
    private static final int MAX_ROUNDS = 200;

    /** An open round: its schedule and template, its room (none: the school's one round) and its window. */
    record Round(long id, long scheduleId, String scheduleName, long templateId, String templateName, Long roomId,
                 Instant opensAt, Instant dueAt, Instant overdueAt, Long assigneeUserId, Long assigneeRoleId,
                 Long recordId) {

        public boolean open(Instant now) {
            return !now.isBefore(opensAt);
        }

        public boolean overdue(Instant now) {
            return now.isAfter(dueAt);
        }
    }

    private static final String SELECT = """
            SELECT o.id, o.schedule_id, s.name AS schedule_name, t.id AS template_id, t.name AS template_name,
                   o.room_id, o.opens_at, o.due_at, o.overdue_at, o.assignee_user_id, o.assignee_role_id, o.record_id
            FROM routines.occurrence o JOIN routines.schedule s ON s.id = o.schedule_id
            JOIN routines.template t ON t.id = s.template_id
            """;

    private final JdbcClient jdbc;

    RoundQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The open rounds of this person that opened before {@code until}, overdue ones of the last month included. */
    List<Round> mine(long schoolId, long userId, Set<Long> roleIds, Instant now, Instant until) {
        return jdbc.sql(SELECT + """
                WHERE o.school_id = :school AND o.record_id IS NULL AND s.active
                  AND (o.assignee_user_id = :me OR o.assignee_role_id = ANY(:roles))
                  AND o.opens_at < :until AND o.due_at > :since
                ORDER BY o.due_at, o.id LIMIT :max""")
                .param("school", schoolId).param("me", userId).param("roles", roleIds.toArray(Long[]::new))
                .param("until", Timestamp.from(until))
                .param("since", Timestamp.from(now.minus(OVERDUE_DAYS, ChronoUnit.DAYS)))
                .param("max", MAX_ROUNDS).query(Rows.of(Round.class)).list();
    }

    /** The open rounds at a room that have opened and are not yet past their overdue time. */
    List<Round> atRoom(long schoolId, long roomId, Instant now) {
        return jdbc.sql(SELECT + """
                WHERE o.school_id = :school AND o.room_id = :room AND o.record_id IS NULL AND s.active
                  AND o.opens_at <= :now AND o.due_at > :since
                ORDER BY o.due_at, o.id LIMIT :max""")
                .param("school", schoolId).param("room", roomId).param("now", Timestamp.from(now))
                .param("since", Timestamp.from(now.minus(OVERDUE_DAYS, ChronoUnit.DAYS)))
                .param("max", MAX_ROUNDS).query(Rows.of(Round.class)).list();
    }

    Optional<Round> one(long schoolId, long occurrenceId) {
        return jdbc.sql(SELECT + " WHERE o.school_id = ? AND o.id = ?").params(schoolId, occurrenceId)
                .query(Rows.of(Round.class)).optional();
    }

    /** How many of this person's rounds are open now or overdue: the home page's 我的待检. */
    long openCount(long schoolId, long userId, Set<Long> roleIds, Instant now) {
        return jdbc.sql("""
                SELECT count(*) FROM routines.occurrence o JOIN routines.schedule s ON s.id = o.schedule_id
                WHERE o.school_id = :school AND o.record_id IS NULL AND s.active
                  AND (o.assignee_user_id = :me OR o.assignee_role_id = ANY(:roles))
                  AND o.opens_at <= :now AND o.due_at > :since""")
                .param("school", schoolId).param("me", userId).param("roles", roleIds.toArray(Long[]::new))
                .param("now", Timestamp.from(now))
                .param("since", Timestamp.from(now.minus(OVERDUE_DAYS, ChronoUnit.DAYS)))
                .query(Long.class).single();
    }
}
