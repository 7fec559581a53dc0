package org.houqin.routines.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.houqin.platform.db.Rows;
import org.houqin.routines.schedule.Occurrence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of rounds: written once on the unique index, removed before they open, reminded and escalated once. */
@Component
class RoundStore {

    private static final String DUE = """
            SELECT o.id, o.school_id, s.name AS schedule_name, o.room_id, o.assignee_user_id, o.assignee_role_id,
                   s.supervisor_user_id
            FROM routines.occurrence o JOIN routines.schedule s ON s.id = o.schedule_id
            WHERE o.record_id IS NULL AND s.active AND""";

    private final JdbcClient jdbc;

    RoundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> roomIds(long scheduleId) {
        return jdbc.sql("SELECT room_id FROM routines.schedule_place WHERE schedule_id = ? ORDER BY room_id")
                .param(scheduleId).query(Long.class).list();
    }

    /** 1 when the round is new, 0 when it was written before (here or on another node). */
    int insert(Schedules.Row s, Long roomId, Long userId, Long roleId, Occurrence o) {
        return jdbc.sql("""
                INSERT INTO routines.occurrence (school_id, schedule_id, room_id, key, day, slot, opens_at, due_at,
                       overdue_at, assignee_user_id, assignee_role_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (schedule_id, coalesce(room_id, 0), key) DO NOTHING""")
                .params(s.schoolId(), s.id(), roomId, o.key(), o.day(), o.slot(), Timestamp.from(o.opensAt()),
                        Timestamp.from(o.dueAt()), Timestamp.from(o.overdueAt()), userId, roleId)
                .update();
    }

    void deleteUnopened(long schoolId, long scheduleId, Instant now) {
        jdbc.sql("""
                DELETE FROM routines.occurrence o WHERE o.school_id = ? AND o.schedule_id = ? AND o.record_id IS NULL
                  AND o.opens_at > ? AND NOT EXISTS (SELECT 1 FROM routines.record r WHERE r.occurrence_id = o.id)""")
                .params(schoolId, scheduleId, Timestamp.from(now)).update();
    }

    List<RoundNotices.Due> toRemind(Instant now, int limit) {
        return jdbc.sql(DUE + " o.reminded_at IS NULL AND o.opens_at <= ? AND o.due_at > ? ORDER BY o.id LIMIT ?")
                .params(Timestamp.from(now), Timestamp.from(now), limit).query(Rows.of(RoundNotices.Due.class)).list();
    }

    List<RoundNotices.Due> toEscalate(Instant now, Instant since, int limit) {
        return jdbc.sql(DUE + " o.escalated_at IS NULL AND o.overdue_at < ? AND o.overdue_at > ? ORDER BY o.id LIMIT ?")
                .params(Timestamp.from(now), Timestamp.from(since), limit).query(Rows.of(RoundNotices.Due.class))
                .list();
    }

    /** Only the first of two runs sets it. */
    boolean markReminded(long id, Instant now) {
        return jdbc.sql("UPDATE routines.occurrence SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL")
                .params(Timestamp.from(now), id).update() == 1;
    }

    /** Only the first of two runs sets it, and only while the round is undone. */
    boolean markEscalated(long id, Instant now) {
        return jdbc.sql("UPDATE routines.occurrence SET escalated_at = ? WHERE id = ? AND escalated_at IS NULL "
                + "AND record_id IS NULL").params(Timestamp.from(now), id).update() == 1;
    }
}
