package org.houqin.audit;

import java.util.Map;

import org.houqin.platform.backup.BackupAudited;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A backup asked for or an archive downloaded on 数据备份 goes into the operation log in the request's transaction. */
@Component
class BackupAudit {

    private final AuditLog audit;

    BackupAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(BackupAudited event) {
        audit.changed("platform", "backup", event.runId(), event.action(), null,
                event.fileName() == null ? null : Map.of("file", event.fileName()));
    }
}
