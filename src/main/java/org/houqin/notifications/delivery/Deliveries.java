package org.houqin.notifications.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.houqin.platform.db.Listing;
import org.houqin.platform.db.Search;
import org.houqin.platform.db.Where;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.Sorts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The outbox table: claiming due deliveries, recording outcomes, and the list the administrator reads. */
@Component
class Deliveries {

    enum Status { PENDING, SENT, FAILED }

    /** A delivery claimed for sending; {@code attempts} already counts this attempt. */
    record Due(long id, Channel channel, String target, String subject, String body, int attempts) {
    }

    record Row(long id, Channel channel, String target, String subject, Status status, int attempts,
               Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

        /** A robot URL carries the robot's key: the list shows only where it goes. */
        public String shownTarget() {
            int query = target.indexOf('?');
            return channel == Channel.EMAIL || query < 0 ? target : target.substring(0, query) + "?…";
        }
    }

    static final Sorts SORTS = Sorts.of("created", "d.created_at", "status", "d.status", "channel", "d.channel",
            "attempts", "d.attempts");

    private final JdbcClient jdbc;

    Deliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes up to {@code limit} due deliveries in one short statement. Rows another node is claiming are skipped, and a
     * claimed row is pushed {@code lease} into the future, so that a node dying mid-send leaves it to be tried again
     * later rather than stuck; the attempt is counted now for the same reason.
     */
    List<Due> claim(int limit, Duration lease) {
        return jdbc.sql("""
                UPDATE notifications.delivery d
                SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => ?)
                WHERE id IN (SELECT id FROM notifications.delivery
                             WHERE status = 'PENDING' AND next_attempt_at <= now()
                             ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING id, channel, target, subject, body, attempts
                """).params(lease.toSeconds(), limit)
                .query((rs, n) -> new Due(rs.getLong("id"), Channel.valueOf(rs.getString("channel")),
                        rs.getString("target"), rs.getString("subject"), rs.getString("body"), rs.getInt("attempts")))
                .list();
    }

    void markSent(long id) {
        jdbc.sql("""
                UPDATE notifications.delivery SET status = 'SENT', sent_at = now(), last_error = NULL
                WHERE id = ? AND status = 'PENDING'
                """).param(id).update();
    }

    /** Records a failed attempt: tried again after {@code retryIn}, or failed for good when it is empty. */
    void markFailed(long id, String error, Optional<Duration> retryIn) {
        String shortError = error.length() <= 300 ? error : error.substring(0, 299) + "…";
        if (retryIn.isPresent()) {
            jdbc.sql("""
                    UPDATE notifications.delivery SET last_error = ?, next_attempt_at = now() + make_interval(secs => ?)
                    WHERE id = ? AND status = 'PENDING'
                    """).params(shortError, retryIn.get().toSeconds(), id).update();
        } else {
            jdbc.sql("""
                    UPDATE notifications.delivery SET status = 'FAILED', last_error = ?
                    WHERE id = ? AND status = 'PENDING'
                    """).params(shortError, id).update();
        }
    }

    /**
     * Puts a failed delivery back in the queue with fresh attempts. A robot post goes to the school's current robot
     * URL, so that fixing a wrong URL and pressing "retry" sends it to the right place.
     */
    boolean retry(long schoolId, long id) {
        return jdbc.sql("""
                UPDATE notifications.delivery d
                SET status = 'PENDING', attempts = 0, next_attempt_at = now(),
                    target = coalesce((SELECT CASE d.channel WHEN 'WECOM' THEN w.wecom_url
                                                             WHEN 'DINGTALK' THEN w.dingtalk_url END
                                       FROM notifications.school_webhook w WHERE w.school_id = d.school_id), target)
                WHERE d.id = ? AND d.school_id = ? AND d.status = 'FAILED'
                """).params(id, schoolId).update() == 1;
    }

    PageResult<Row> page(long schoolId, Status status, ListQuery query) {
        return Listing.of(jdbc, "d.*", "notifications.delivery d")
                .where(Where.of("d.school_id", "school", schoolId).equal("d.status", status).search(query, SEARCH))
                .orderBy(order(query) + ", d.id DESC")
                .page(query, ListQuery.PAGE_SIZE, (rs, n) -> row(rs));
    }

    /** Newest first unless the reader picked a column. */
    private static String order(ListQuery query) {
        return query.sort() == null ? "d.created_at DESC" : SORTS.orderBy(query);
    }

    /** The subject, and where it went (an e-mail address or a robot's URL) without regard to case. */
    private static final Search SEARCH = Search.in("d.subject").ignoringCase("d.target");

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), Channel.valueOf(rs.getString("channel")), rs.getString("target"),
                rs.getString("subject"), Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
                instant(rs.getTimestamp("next_attempt_at")), rs.getString("last_error"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("sent_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
