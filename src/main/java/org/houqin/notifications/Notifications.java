package org.houqin.notifications;

import java.util.Collection;
import java.util.List;

import org.houqin.notifications.delivery.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way every module tells users something: {@code notify(school, users, "repair.assigned", args, "/repairs/7")}.
 * The text is a message key with arguments, so each reader sees it in their own language. Joins the caller's
 * transaction: a notification about a change that rolls back is never seen, and never e-mailed or posted to a group
 * robot either (those are queued in the same transaction and sent after commit).
 */
@Service
public class Notifications {

    private final NotificationStore store;
    private final Outbox outbox;

    Notifications(NotificationStore store, Outbox outbox) {
        this.store = store;
        this.outbox = outbox;
    }

    /**
     * @param link a path inside Houqin (starting with a single "/") opened from the inbox, or {@code null}
     */
    @Transactional
    public void notify(long schoolId, Collection<Long> userIds, String messageKey, List<String> args, String link) {
        if (link != null && (!link.startsWith("/") || link.startsWith("//"))) {
            throw new IllegalArgumentException("A notification links inside Houqin only: " + link);
        }
        for (Long userId : userIds) {
            store.insert(schoolId, userId, messageKey, args, link);
        }
        outbox.queue(schoolId, userIds, messageKey, args, link);
    }
}
