package org.houqin.notifications;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of a notification as it lands in a user's inbox. */
@Component
class NotificationStore {

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long schoolId, long userId, String messageKey, List<String> args, String link) {
        jdbc.sql("""
                INSERT INTO notifications.notification (school_id, user_id, message_key, args, link)
                VALUES (?, ?, ?, ?, ?)
                """).params(schoolId, userId, messageKey, args.toArray(String[]::new), link).update();
    }
}
