package org.houqin.routines.records;

import java.util.Set;
import java.util.stream.Collectors;

import org.houqin.iam.IamApi;
import org.springframework.stereotype.Component;

/** The roles a person holds, by id, as a role's rounds name them. */
@Component
public class MyRoles {

    private final IamApi iam;

    MyRoles(IamApi iam) {
        this.iam = iam;
    }

    public Set<Long> of(long schoolId, long userId) {
        Set<String> codes = iam.roleCodes(schoolId, userId);
        return iam.rolesWithIds(schoolId).stream().filter(r -> codes.contains(r.code()))
                .map(IamApi.RoleWithId::id).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the round is this person's: theirs by name, or their role's. */
    public boolean mayFill(long schoolId, long userId, Long assigneeUserId, Long assigneeRoleId) {
        if (assigneeUserId != null) {
            return assigneeUserId == userId;
        }
        return assigneeRoleId != null && of(schoolId, userId).contains(assigneeRoleId);
    }
}
