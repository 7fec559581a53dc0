package org.houqin.safety.hazard;

import java.sql.Timestamp;

import org.houqin.platform.time.SchoolClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The home page's hazard figures: new hazards waiting to be dispatched, and hazards past their deadline. */
@Component
@Transactional(readOnly = true)
public class HazardTileQueries {

    private final JdbcClient jdbc;
    private final SchoolClock clock;

    HazardTileQueries(JdbcClient jdbc, SchoolClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long open(long schoolId) {
        return jdbc.sql("SELECT count(*) FROM safety.hazard WHERE school_id = ? AND status = 'REPORTED'")
                .param(schoolId).query(Long.class).single();
    }

    /** Open hazards the user reported or must rectify. */
    public long mine(long schoolId, long userId) {
        return jdbc.sql("""
                SELECT count(*) FROM safety.hazard WHERE school_id = ? AND status IN ('REPORTED', 'RECTIFYING', 'RECTIFIED')
                  AND (reported_by = ? OR assignee_user_id = ?)""")
                .params(schoolId, userId, userId).query(Long.class).single();
    }

    public long overdue(long schoolId) {
        return jdbc.sql("""
                SELECT count(*) FROM safety.hazard WHERE school_id = ? AND status = 'RECTIFYING' AND due_at < ?""")
                .params(schoolId, Timestamp.from(clock.now())).query(Long.class).single();
    }
}
