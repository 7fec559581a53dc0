package org.houqin.notifications.settings;

import java.util.Optional;

import org.houqin.audit.AuditLog;
import org.houqin.platform.web.RuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each user's own e-mail address for notifications. */
@Component
class UserChannels {

    /** What the audit log records of a change. */
    record Row(String email, boolean emailEnabled, int version) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;

    UserChannels(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    Optional<Row> find(long userId) {
        return jdbc.sql("SELECT email, email_enabled, version FROM notifications.user_channel WHERE user_id = ?")
                .param(userId)
                .query((rs, n) -> new Row(rs.getString("email"), rs.getBoolean("email_enabled"), rs.getInt("version")))
                .optional();
    }

    /** Saves the user's settings if nobody (the same user in another tab) saved since {@code form.version}. */
    @Transactional
    void save(long schoolId, long userId, EmailForm form) {
        if (form.isEmailEnabled() && form.getEmail() == null) {
            throw new RuleViolation("email", "notification.settings.email.required");
        }
        Optional<Row> before = find(userId);
        int changed = before.isEmpty()
                ? jdbc.sql("""
                        INSERT INTO notifications.user_channel (user_id, school_id, email, email_enabled)
                        VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO NOTHING
                        """).params(userId, schoolId, form.getEmail(), form.isEmailEnabled()).update()
                : jdbc.sql("""
                        UPDATE notifications.user_channel SET email = ?, email_enabled = ?, version = version + 1
                        WHERE user_id = ? AND version = ?
                        """).params(form.getEmail(), form.isEmailEnabled(), userId, form.getVersion()).update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("notification settings of user " + userId + " changed");
        }
        audit.changed("notifications", "user_channel", userId, before.isEmpty() ? "CREATE" : "UPDATE",
                before.orElse(null), find(userId).orElseThrow());
    }
}
