package org.houqin.audit;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.houqin.platform.security.CurrentUser;
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

    private final AuditStore store;
    private final ObjectMapper json;

    AuditLog(AuditStore store, ObjectMapper json) {
        this.store = store;
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
        store.insert(new AuditStore.Entry(schoolId, userId, truncate(username, 64), clientIp(), module, entity,
                entityId == null ? null : entityId.toString(), action,
                before == null ? null : json.writeValueAsString(before),
                after == null ? null : json.writeValueAsString(after), truncate(detail, 500)));
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
