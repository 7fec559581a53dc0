package org.houqin.notifications.settings;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of each user's e-mail address for notifications: one row per user, versioned. */
@Component
class UserChannelStore {

    private final JdbcClient jdbc;

    UserChannelStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserChannels.Row> find(long userId) {
        return jdbc.sql("SELECT email, email_enabled, version FROM notifications.user_channel WHERE user_id = ?")
                .param(userId)
                .query((rs, n) -> new UserChannels.Row(rs.getString("email"), rs.getBoolean("email_enabled"),
                        rs.getInt("version")))
                .optional();
    }

    /** Saves the user's first settings; false when another request saved them first. */
    boolean insert(long schoolId, long userId, UserChannels.Row channel) {
        return jdbc.sql("""
                INSERT INTO notifications.user_channel (user_id, school_id, email, email_enabled)
                VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO NOTHING
                """).params(userId, schoolId, channel.email(), channel.emailEnabled()).update() == 1;
    }

    /** Saves the settings where they still have {@code channel.version()}. */
    boolean update(long userId, UserChannels.Row channel) {
        return jdbc.sql("""
                UPDATE notifications.user_channel SET email = ?, email_enabled = ?, version = version + 1
                WHERE user_id = ? AND version = ?
                """).params(channel.email(), channel.emailEnabled(), userId, channel.version()).update() == 1;
    }
}
