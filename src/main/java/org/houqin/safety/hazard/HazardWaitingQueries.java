package org.houqin.safety.hazard;

import java.time.Instant;
import java.util.List;

import org.houqin.platform.db.Rows;
import org.houqin.platform.security.CurrentUser;
import org.houqin.safety.SafetyPermissions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The hazards waiting for a person: new ones for the office, assigned ones for their responsible person, rectified
 * ones for re-inspectors other than the rectifier; one count on the open hazards' index.
 */
@Component
class HazardWaitingQueries {

    record Row(long id, String number, HazardStatus status, String place, String description, String reportedByName,
               Instant since) {
    }

    private static final String MINE = """
            FROM safety.hazard h WHERE h.school_id = :school AND (
                  (:manage AND h.status = 'REPORTED')
               OR (h.status = 'RECTIFYING' AND h.assignee_user_id = :me)
               OR (:recheck AND h.status = 'RECTIFIED' AND coalesce(h.rectified_by, -1) <> :me))""";

    private final JdbcClient jdbc;

    HazardWaitingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count(CurrentUser user) {
        return bind(jdbc.sql("SELECT count(*) " + MINE), user).query(Long.class).single();
    }

    /** Oldest first: since it was reported, assigned or rectified, as its state says. */
    List<Row> oldest(CurrentUser user, int limit) {
        return bind(jdbc.sql("""
                SELECT h.id, h.number, h.status, h.place, h.description, h.reported_by_name,
                       CASE h.status WHEN 'REPORTED' THEN h.reported_at WHEN 'RECTIFYING' THEN h.assigned_at
                                     ELSE h.rectified_at END AS since\s""" + MINE + " ORDER BY since, h.id LIMIT :limit"),
                user).param("limit", limit).query(Rows.of(Row.class)).list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, CurrentUser user) {
        return sql.param("school", user.requireSchool()).param("me", user.userId())
                .param("manage", user.can(SafetyPermissions.HAZARD_MANAGE))
                .param("recheck", user.can(SafetyPermissions.HAZARD_RECHECK));
    }
}
