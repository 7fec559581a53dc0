package org.houqin.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of the operation log: one row per change, login or denial. */
@Component
class AuditStore {

    /** An audit row as it is written; the before and after states already as JSON text. */
    record Entry(Long schoolId, Long userId, String username, String ip, String module, String entity,
                 String entityId, String action, String beforeJson, String afterJson, String detail) {
    }

    private final JdbcClient jdbc;

    AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Entry e) {
        jdbc.sql("""
                INSERT INTO audit.log_entry (school_id, user_id, username, ip, module, entity, entity_id, action,
                                             before_data, after_data, detail)
                VALUES (:school, :user, :username, :ip, :module, :entity, :entityId, :action,
                        CAST(:before AS jsonb), CAST(:after AS jsonb), :detail)
                """)
                .param("school", e.schoolId())
                .param("user", e.userId())
                .param("username", e.username())
                .param("ip", e.ip())
                .param("module", e.module())
                .param("entity", e.entity())
                .param("entityId", e.entityId())
                .param("action", e.action())
                .param("before", e.beforeJson())
                .param("after", e.afterJson())
                .param("detail", e.detail())
                .update();
    }
}
