package org.houqin.notifications.inbox;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import org.houqin.platform.db.Listing;
import org.houqin.platform.db.Where;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of a user's own notifications, newest first. */
@Component
class InboxStore {

    record Entry(long id, String messageKey, String[] args, String link, Instant createdAt, Instant readAt) {

        public boolean unread() {
            return readAt == null;
        }
    }

    private final JdbcClient jdbc;

    InboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long unread(long userId) {
        return jdbc.sql("SELECT count(*) FROM notifications.notification WHERE user_id = ? AND read_at IS NULL")
                .param(userId).query(Long.class).single();
    }

    /** The user's notifications, newest first; only the unread ones when asked. */
    PageResult<Entry> page(long userId, ListQuery query, boolean unreadOnly) {
        return Listing.of(jdbc, "id, message_key, args, link, created_at, read_at", "notifications.notification")
                .where(Where.of("user_id", "user", userId).andIf(unreadOnly, "read_at IS NULL")).orderBy("created_at DESC, id DESC")
                .page(query, query.size(), (rs, n) -> new Entry(rs.getLong("id"), rs.getString("message_key"),
                        strings(rs.getArray("args")), rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()));
    }

    /** Marks one of the user's notifications read and gives its link; empty when it is not theirs. */
    Optional<String> open(long userId, long id) {
        return jdbc.sql("""
                UPDATE notifications.notification SET read_at = coalesce(read_at, now())
                WHERE id = ? AND user_id = ? RETURNING coalesce(link, '/notifications')
                """).params(id, userId).query(String.class).optional();
    }

    int readAll(long userId) {
        return jdbc.sql("UPDATE notifications.notification SET read_at = now() WHERE user_id = ? AND read_at IS NULL")
                .param(userId).update();
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
