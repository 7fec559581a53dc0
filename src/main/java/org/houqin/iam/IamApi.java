package org.houqin.iam;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of iam: who holds a role in a school, a user by name. */
@Service
@Transactional(readOnly = true)
public class IamApi {

    private final IamStore store;

    IamApi(IamStore store) {
        this.store = store;
    }

    /** Enabled users of a school holding the built-in or custom role with this code, e.g. "DIRECTOR". */
    public List<Long> usersWithRole(long schoolId, String roleCode) {
        return store.usersWithRole(schoolId, roleCode);
    }

    /** A user as other modules show them: id and display name. */
    public record UserRef(long id, String displayName) {
    }

    /** Enabled users of a school granted this permission through any of their roles, e.g. the repair dispatchers. */
    public List<UserRef> usersWithPermission(long schoolId, String permission) {
        return store.usersWithPermission(schoolId, permission);
    }

    /** Whether the user holds the role with this code in the school. */
    public boolean hasRole(long schoolId, long userId, String roleCode) {
        return store.hasRole(schoolId, userId, roleCode);
    }

    /** The staff member behind the account, if any. */
    public Optional<Long> staffOf(long userId) {
        return store.staffOf(userId);
    }

    /** The department of the staff member behind the account, if any. */
    public Optional<Long> departmentOf(long userId) {
        return store.departmentOf(userId);
    }

    /**
     * The user as work done on their behalf outside a request sees them (the demo's documents made "by" the
     * teacher): their name, department and permissions in the school, every row in scope.
     */
    public CurrentUser actingAs(long schoolId, String username) {
        long id = userId(username).orElseThrow(() -> new IllegalArgumentException("No user " + username));
        String name = store.displayName(id);
        Long staff = store.staffOf(id).orElse(null);
        Set<String> permissions = Set.copyOf(store.permissions(id));
        return new CurrentUser(id, username, name, schoolId, Set.of(schoolId), false, staff,
                departmentOf(id).orElse(null), DataScope.everything(), permissions);
    }

    public Optional<Long> userId(String username) {
        return store.userId(username);
    }

    /** A role as other modules show it: its code and the school's name for it. */
    public record RoleRef(String code, String name) {
    }

    /** The roles of a school, built-in ones first. */
    public List<RoleRef> roles(long schoolId) {
        return store.roles(schoolId);
    }

    /** A role with its id, for a module that keeps a role by id (a routine assigned to a role). */
    public record RoleWithId(long id, String code, String name) {
    }

    /** The roles of a school with their ids, built-in ones first. */
    public List<RoleWithId> rolesWithIds(long schoolId) {
        return store.rolesWithIds(schoolId);
    }

    /** The enabled account of a staff member, if they have one. */
    public Optional<Long> userOfStaff(long staffId) {
        return store.userOfStaff(staffId);
    }

    /** The codes of the roles an enabled user holds in the school (none for a disabled account). */
    public Set<String> roleCodes(long schoolId, long userId) {
        return Set.copyOf(store.roleCodes(schoolId, userId));
    }

    /** The display names of these users, by id. */
    public Map<Long, String> displayNames(Collection<Long> userIds) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (userIds.isEmpty()) {
            return names;
        }
        store.namesOf(userIds).forEach(user -> names.put(user.id(), user.displayName()));
        return names;
    }

    /** The enabled users of a school by name, for choosing a person. */
    public List<UserRef> users(long schoolId) {
        return store.users(schoolId);
    }

    public List<Long> usersOfSchool(long schoolId) {
        return store.usersOfSchool(schoolId);
    }

    /** An enabled account of a school that belongs to a member of staff. */
    public record StaffAccount(long userId, long staffId) {
    }

    /** The school's enabled accounts that belong to members of staff (who may sign what is addressed to them). */
    public List<StaffAccount> staffAccounts(long schoolId) {
        return store.staffAccounts(schoolId);
    }
}
