package org.houqin.notifications.inbox;

import java.util.Optional;

import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 通知: what a user reads of their own notifications, and marking them read. */
@Service
class InboxService {

    private final InboxStore store;

    InboxService(InboxStore store) {
        this.store = store;
    }

    /** Asked on every page for the bell: one statement, without a transaction around it. */
    long unread(long userId) {
        return store.unread(userId);
    }

    @Transactional(readOnly = true)
    PageResult<InboxStore.Entry> page(long userId, ListQuery query) {
        return page(userId, query, false);
    }

    /** The user's notifications, newest first; only the unread ones when asked. */
    @Transactional(readOnly = true)
    PageResult<InboxStore.Entry> page(long userId, ListQuery query, boolean unreadOnly) {
        return store.page(userId, query, unreadOnly);
    }

    /** Marks one of the user's notifications read and gives its link; empty when it is not theirs. */
    @Transactional
    Optional<String> open(long userId, long id) {
        return store.open(userId, id);
    }

    @Transactional
    int readAll(long userId) {
        return store.readAll(userId);
    }
}
