package org.houqin.repairs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The repairs' figures on the home page: what waits for the office, a worker's open tasks, one's own open reports. */
@Component
@Transactional(readOnly = true)
class RepairTileQueries {

    private final JdbcClient jdbc;

    RepairTileQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** New requests and those escalated to a decider. */
    long waiting(long schoolId) {
        return count("""
                SELECT count(*) FROM repairs.request WHERE school_id = ? AND status IN ('NEW', 'ESCALATED')""", schoolId);
    }

    /** Requests still in the office's hands past their due time. */
    long overdue(long schoolId) {
        return count("""
                SELECT count(*) FROM repairs.request WHERE school_id = ? AND due_at < now()
                  AND status IN ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'ON_HOLD', 'OUTSOURCED', 'ESCALATED')""", schoolId);
    }

    /** A worker's tasks not finished yet. */
    long openTasks(long schoolId, long userId) {
        return count("""
                SELECT count(*) FROM repairs.request WHERE school_id = ? AND assignee_user_id = ?
                  AND status IN ('ASSIGNED', 'IN_PROGRESS', 'ON_HOLD')""", schoolId, userId);
    }

    /** The user's reports not done, refused or withdrawn. */
    long myOpenReports(long schoolId, long userId) {
        return count("""
                SELECT count(*) FROM repairs.request WHERE school_id = ? AND reporter_user_id = ?
                  AND status NOT IN ('DONE', 'REJECTED', 'CANCELLED')""", schoolId, userId);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
