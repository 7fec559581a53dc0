package org.houqin.notifications.settings;

import java.util.Optional;

import org.houqin.audit.AuditLog;
import org.houqin.platform.web.RuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each user's own e-mail address for notifications. */
@Service
class UserChannels {

    /** A user's settings, and what the audit log records of a change. */
    record Row(String email, boolean emailEnabled, int version) {
    }

    private final UserChannelStore store;
    private final AuditLog audit;

    UserChannels(UserChannelStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    Optional<Row> find(long userId) {
        return store.find(userId);
    }

    /** Saves the user's settings if nobody (the same user in another tab) saved since {@code form.version}. */
    @Transactional
    void save(long schoolId, long userId, EmailForm form) {
        if (form.isEmailEnabled() && form.getEmail() == null) {
            throw new RuleViolation("email", "notification.settings.email.required");
        }
        Optional<Row> before = store.find(userId);
        Row channel = new Row(form.getEmail(), form.isEmailEnabled(), form.getVersion());
        boolean saved = before.isEmpty() ? store.insert(schoolId, userId, channel) : store.update(userId, channel);
        if (!saved) {
            throw new OptimisticLockingFailureException("notification settings of user " + userId + " changed");
        }
        audit.changed("notifications", "user_channel", userId, before.isEmpty() ? "CREATE" : "UPDATE",
                before.orElse(null), store.find(userId).orElseThrow());
    }
}
