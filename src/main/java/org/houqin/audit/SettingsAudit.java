package org.houqin.audit;

import org.houqin.platform.settings.SettingsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A change on 系统设置 goes into the operation log in the saving transaction, under the group's module. */
@Component
class SettingsAudit {

    private final AuditLog audit;

    SettingsAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(SettingsChanged change) {
        audit.changedIn(change.schoolId(), change.groupId(), "settings", change.groupId(), "UPDATE", change.before(),
                change.after());
    }
}
