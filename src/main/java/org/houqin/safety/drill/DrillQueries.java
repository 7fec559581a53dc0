package org.houqin.safety.drill;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read-only counts of drills: those waiting to be recorded, and those done in a period for the work summary. */
@Component
class DrillQueries {

    /** A planned drill past its day, as 待办 lists it. */
    record Late(long id, String number, String title, String organizerName, Instant plannedAt) {
    }

    /** Drills of one kind done in a period, and the people who took part. */
    record KindCount(DrillKind kind, long drills, long students, long staff) {
    }

    private final JdbcClient jdbc;

    DrillQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Planned drills planned before the instant (the start of today). */
    long lateCount(long schoolId, Instant before) {
        return jdbc.sql("""
                SELECT count(*) FROM safety.drill WHERE school_id = ? AND status = 'PLANNED' AND planned_at < ?""")
                .params(schoolId, Timestamp.from(before)).query(Long.class).single();
    }

    List<Late> late(long schoolId, Instant before, int limit) {
        return jdbc.sql("""
                SELECT id, number, title, organizer_name, planned_at FROM safety.drill
                WHERE school_id = ? AND status = 'PLANNED' AND planned_at < ? ORDER BY planned_at, id LIMIT ?""")
                .params(schoolId, Timestamp.from(before), limit).query(Rows.of(Late.class)).list();
    }

    /** Drills done in [from, to) by the instant they started, by kind, most first. */
    List<KindCount> doneByKind(long schoolId, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT kind, count(*) AS drills, sum(students) AS students, sum(staff) AS staff FROM safety.drill
                WHERE school_id = ? AND status = 'DONE' AND started_at >= ? AND started_at < ?
                GROUP BY kind ORDER BY count(*) DESC, kind""")
                .params(schoolId, Timestamp.from(from), Timestamp.from(to)).query(Rows.of(KindCount.class)).list();
    }
}
