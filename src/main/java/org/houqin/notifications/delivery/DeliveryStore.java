package org.houqin.notifications.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.houqin.platform.db.Listing;
import org.houqin.platform.db.Search;
import org.houqin.platform.db.Where;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the outbox: queuing e-mails and robot posts with the addresses and robots they go to, claiming due
 * deliveries, recording outcomes, and the list the administrator reads.
 */
@Component
class DeliveryStore {

    /** A delivery claimed for sending; {@code attempts} already counts this attempt. */
    record Due(long id, Channel channel, String target, String subject, String body, int attempts) {
    }

    /** The school's robots as saved on the settings page; a robot is on only with a URL. */
    record Robots(String wecomUrl, boolean wecomEnabled, String dingtalkUrl, boolean dingtalkEnabled) {
    }

    private final JdbcClient jdbc;

    DeliveryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The addresses of those among the users who want notifications e-mailed. */
    List<String> addresses(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT DISTINCT email FROM notifications.user_channel
                WHERE user_id = ANY (?) AND email_enabled AND email IS NOT NULL
                """).param(userIds.toArray(Long[]::new)).query(String.class).list();
    }

    Robots robots(long schoolId) {
        return jdbc.sql("""
                SELECT wecom_url, wecom_enabled AND wecom_url IS NOT NULL AS wecom_on,
                       dingtalk_url, dingtalk_enabled AND dingtalk_url IS NOT NULL AS dingtalk_on
                FROM notifications.school_webhook WHERE school_id = ?
                """).param(schoolId)
                .query((rs, n) -> new Robots(rs.getString("wecom_url"), rs.getBoolean("wecom_on"),
                        rs.getString("dingtalk_url"), rs.getBoolean("dingtalk_on")))
                .optional().orElse(new Robots(null, false, null, false));
    }

    void insert(long schoolId, Channel channel, String target, String subject, String body) {
        jdbc.sql("""
                INSERT INTO notifications.delivery (school_id, channel, target, subject, body)
                VALUES (?, ?, ?, ?, ?)
                """).params(schoolId, channel.name(), target, subject, body).update();
    }

    /** The deliveries of every school still waiting to be sent (the outbox's backlog, a metric). */
    long backlog() {
        return jdbc.sql("SELECT count(*) FROM notifications.delivery WHERE status = 'PENDING'")
                .query(Long.class).single();
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

    PageResult<Deliveries.Row> page(long schoolId, Deliveries.Status status, ListQuery query) {
        return Listing.of(jdbc, "d.*", "notifications.delivery d")
                .where(Where.of("d.school_id", "school", schoolId).equal("d.status", status).search(query, SEARCH))
                .orderBy(order(query) + ", d.id DESC")
                .page(query, query.size(), (rs, n) -> row(rs));
    }

    /** Newest first unless the reader picked a column. */
    private static String order(ListQuery query) {
        return query.sort() == null ? "d.created_at DESC" : Deliveries.SORTS.orderBy(query);
    }

    /** The subject, and where it went (an e-mail address or a robot's URL) without regard to case. */
    private static final Search SEARCH = Search.in("d.subject").ignoringCase("d.target");

    private static Deliveries.Row row(ResultSet rs) throws SQLException {
        return new Deliveries.Row(rs.getLong("id"), Channel.valueOf(rs.getString("channel")), rs.getString("target"),
                rs.getString("subject"), Deliveries.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
                instant(rs.getTimestamp("next_attempt_at")), rs.getString("last_error"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("sent_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
