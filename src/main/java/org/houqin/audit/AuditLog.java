package org.houqin.audit;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.houqin.platform.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes audit rows. {@link #changed} joins the caller's transaction, so a business write and its audit row commit
 * together or not at all; security events ({@link #security}) are written on their own, because they must stay
 * even when the request they belong to fails.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AuditLog(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Records a change made by the current user.
     *
     * @param before the state before (a record or map), or {@code null} for a creation
     * @param after  the state after, or {@code null} for a removal
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(String module, String entity, Object entityId, String action, Object before, Object after) {
        Optional<CurrentUser> user = CurrentUser.find();
        insert(user.map(CurrentUser::schoolId).orElse(null), user.map(CurrentUser::userId).orElse(null),
                user.map(CurrentUser::username).orElse("system"), module, entity, entityId, action, before, after, null);
    }

    /** Records a change in the given school, made by the current user or by the system. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changedIn(long schoolId, String module, String entity, Object entityId, String action, Object before,
                          Object after) {
        Optional<CurrentUser> user = CurrentUser.find();
        insert(schoolId, user.map(CurrentUser::userId).orElse(null), user.map(CurrentUser::username).orElse("system"),
                module, entity, entityId, action, before, after, null);
    }

    /**
     * Records a login, a failed login, a lockout or a denied request. It joins a surrounding transaction (the login's,
     * which commits on failure too) and otherwise writes on its own; it never holds a second connection.
     */
    @Transactional
    public void security(Long schoolId, Long userId, String username, String action, String detail) {
        insert(schoolId, userId, username, "iam", "session", null, action, null, null, detail);
    }

    private void insert(Long schoolId, Long userId, String username, String module, String entity, Object entityId,
                        String action, Object before, Object after, String detail) {
        jdbc.sql("""
                INSERT INTO audit.log_entry (school_id, user_id, username, ip, module, entity, entity_id, action,
                                             before_data, after_data, detail)
                VALUES (:school, :user, :username, :ip, :module, :entity, :entityId, :action,
                        CAST(:before AS jsonb), CAST(:after AS jsonb), :detail)
                """)
                .param("school", schoolId)
                .param("user", userId)
                .param("username", truncate(username, 64))
                .param("ip", clientIp())
                .param("module", module)
                .param("entity", entity)
                .param("entityId", entityId == null ? null : entityId.toString())
                .param("action", action)
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .param("detail", truncate(detail, 500))
                .update();
    }

    private static String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
