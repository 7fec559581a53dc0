package org.houqin.routines.completion;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of completion: the rounds of a period counted per schedule, person or place. */
@Component
class CompletionStore {

    private final JdbcClient jdbc;

    CompletionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The school's schedules by name, active ones first. */
    Map<Long, String> scheduleNames(long schoolId) {
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT id, name FROM routines.schedule WHERE school_id = ? ORDER BY active DESC, name, id")
                .param(schoolId).query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
        return names;
    }

    /**
     * Done (a record), late (its record after the grace), missed (no record, grace passed) and pending (the rest),
     * per group: {@link CompletionReport}'s rules, which are {@link org.houqin.routines.schedule.Completion}'s.
     */
    List<CompletionReport.Counts> counts(long schoolId, CompletionFilter.Group group, Long scheduleId,
                                         LocalDate from, LocalDate to, Instant now) {
        String key = switch (group) {
            case SCHEDULE -> "o.schedule_id AS id, NULL::bigint AS role_id";
            case PERSON -> "o.assignee_user_id AS id, CASE WHEN o.assignee_user_id IS NULL THEN o.assignee_role_id END"
                    + " AS role_id";
            case PLACE -> "o.room_id AS id, NULL::bigint AS role_id";
        };
        return jdbc.sql("SELECT " + key + """
                , count(*) FILTER (WHERE o.record_id IS NOT NULL) AS done,
                  count(*) FILTER (WHERE o.record_id IS NOT NULL AND o.done_at > o.overdue_at) AS late,
                  count(*) FILTER (WHERE o.record_id IS NULL AND o.overdue_at < :now) AS missed,
                  count(*) FILTER (WHERE o.record_id IS NULL AND o.overdue_at >= :now) AS pending
                FROM routines.occurrence o
                WHERE o.school_id = :school AND o.day BETWEEN :from AND :to
                  AND (CAST(:schedule AS bigint) IS NULL OR o.schedule_id = :schedule)
                GROUP BY 1, 2 ORDER BY 1 NULLS LAST, 2""")
                .param("now", Timestamp.from(now)).param("school", schoolId).param("from", from).param("to", to)
                .param("schedule", scheduleId).query(Rows.of(CompletionReport.Counts.class)).list();
    }
}
