package org.houqin.repairs.request;

import java.time.Instant;
import java.util.List;

import org.houqin.platform.db.Rows;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.SqlCondition;
import org.houqin.repairs.RepairStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requests in given states that the user may see, for 待办: their count (on request_board_idx, asked on every
 * page) and the oldest of them, each waiting since it entered its state.
 */
@Component
@Transactional(readOnly = true)
class RepairWaitingQueries {

    record Row(long id, String number, RepairStatus status, String place, String description, String reporterName,
               Instant since) {
    }

    private final JdbcClient jdbc;

    RepairWaitingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count(long schoolId, CurrentUser me, List<RepairStatus> statuses) {
        SqlCondition visible = RepairStore.visible(me);
        return jdbc.sql("SELECT count(*) FROM repairs.request r WHERE r.school_id = :school"
                        + " AND r.status IN (:statuses) AND " + visible.sql())
                .params(visible.params()).param("school", schoolId).param("statuses", names(statuses))
                .query(Long.class).single();
    }

    /** Oldest first: since the last step into the request's present state, or since it was reported. */
    List<Row> oldest(long schoolId, CurrentUser me, List<RepairStatus> statuses, int limit) {
        SqlCondition visible = RepairStore.visible(me);
        return jdbc.sql("""
                SELECT r.id, r.number, r.status, r.place, r.description, r.reporter_name,
                       COALESCE((SELECT max(e.at) FROM repairs.request_event e
                                 WHERE e.request_id = r.id AND e.to_status = r.status), r.reported_at) AS since
                FROM repairs.request r
                WHERE r.school_id = :school AND r.status IN (:statuses) AND\s""" + visible.sql() + """
                 ORDER BY since, r.id LIMIT :limit""")
                .params(visible.params()).param("school", schoolId).param("statuses", names(statuses))
                .param("limit", limit).query(Rows.of(Row.class)).list();
    }

    private static List<String> names(List<RepairStatus> statuses) {
        return statuses.stream().map(RepairStatus::name).toList();
    }
}
