package org.houqin.notifications.inbox;

import java.util.Map;

import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.ShellAttributes;
import org.springframework.stereotype.Component;

/** The number on the bell in every page's top bar. */
@Component
class UnreadCount implements ShellAttributes {

    private final InboxService inbox;

    UnreadCount(InboxService inbox) {
        this.inbox = inbox;
    }

    @Override
    public void contribute(CurrentUser user, Map<String, Object> model) {
        model.put("unreadNotifications", user.schoolId() == null ? 0L : inbox.unread(user.userId()));
    }
}
