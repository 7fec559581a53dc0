package org.houqin.platform.db;

import java.util.stream.Collectors;

import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.SystemWork;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Decides which schools a connection may see: all of them for system work (start-up, schedules, event
 * listeners off the request thread), the signed-in user's schools on a request, and none for an anonymous request.
 */
@Component
class ConnectionScope {

    static final String ALL = "*";
    static final String NONE = "";

    /**
     * Reading the security context may itself load the session from the database, asking for a connection and so
     * coming back here; that inner connection reads only session tables and gets no school.
     */
    private static final ThreadLocal<Boolean> RESOLVING = ThreadLocal.withInitial(() -> false);

    String schoolIds() {
        if (SystemWork.isActive()) {
            return ALL;
        }
        if (RESOLVING.get()) {
            return NONE;
        }
        RESOLVING.set(true);
        try {
            return resolve();
        } finally {
            RESOLVING.set(false);
        }
    }

    private String resolve() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            if (user.district()) {
                return ALL;
            }
            return user.visibleSchoolIds().stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        return RequestContextHolder.getRequestAttributes() == null ? ALL : NONE;
    }
}
