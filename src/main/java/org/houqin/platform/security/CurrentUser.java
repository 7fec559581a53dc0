package org.houqin.platform.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is working, in which school, with which permissions and which data scope. Built by iam at login and kept
 * as the principal of the session, so every module reads it without depending on iam.
 *
 * @param schoolId         the school the user works in now (a district user switches between schools)
 * @param visibleSchoolIds every school the user may read
 * @param district         a district user, reading many schools
 */
public record CurrentUser(
        long userId,
        String username,
        String displayName,
        Long schoolId,
        Set<Long> visibleSchoolIds,
        boolean district,
        Long staffId,
        Long departmentId,
        DataScope dataScope,
        Set<String> permissions) implements Serializable, AuthenticatedPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    public CurrentUser {
        visibleSchoolIds = Set.copyOf(visibleSchoolIds);
        permissions = Set.copyOf(permissions);
    }

    /** The name sessions are indexed by, so that all sessions of a user can be ended. */
    @Override
    public String getName() {
        return username;
    }

    public boolean can(String permission) {
        return permissions.contains(permission);
    }

    /** The school a query must filter by; a user with none (a district user before choosing) sees nothing. */
    public long requireSchool() {
        if (schoolId == null) {
            throw new NoSchoolSelectedException();
        }
        return schoolId;
    }

    public CurrentUser inSchool(long otherSchoolId) {
        return new CurrentUser(userId, username, displayName, otherSchoolId, visibleSchoolIds, district, staffId,
                departmentId, dataScope, permissions);
    }

    public static Optional<CurrentUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static CurrentUser get() {
        return find().orElseThrow(() -> new IllegalStateException("No signed-in user on this thread"));
    }
}
