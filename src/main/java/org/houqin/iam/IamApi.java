package org.houqin.iam;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.houqin.platform.db.Rows;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of iam: who holds a role in a school, a user by name. */
@Service
@Transactional(readOnly = true)
public class IamApi {

    private final JdbcClient jdbc;

    IamApi(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Enabled users of a school holding the built-in or custom role with this code, e.g. "DIRECTOR". */
    public List<Long> usersWithRole(long schoolId, String roleCode) {
        return jdbc.sql("""
                SELECT u.id FROM iam.app_user u JOIN iam.user_role ur ON ur.user_id = u.id JOIN iam.role r ON r.id = ur.role_id
                WHERE r.school_id = ? AND r.code = ? AND u.enabled ORDER BY u.id
                """).params(schoolId, roleCode).query(Long.class).list();
    }

    /** A user as other modules show them: id and display name. */
    public record UserRef(long id, String displayName) {
    }

    /** Enabled users of a school granted this permission through any of their roles, e.g. the repair dispatchers. */
    public List<UserRef> usersWithPermission(long schoolId, String permission) {
        return jdbc.sql("""
                SELECT DISTINCT u.id, u.display_name FROM iam.app_user u
                JOIN iam.user_role ur ON ur.user_id = u.id JOIN iam.role r ON r.id = ur.role_id
                JOIN iam.role_permission rp ON rp.role_id = r.id
                WHERE u.school_id = ? AND r.school_id = ? AND rp.permission = ? AND u.enabled ORDER BY u.display_name, u.id
                """).params(schoolId, schoolId, permission).query(Rows.of(UserRef.class)).list();
    }

    /** Whether the user holds the role with this code in the school. */
    public boolean hasRole(long schoolId, long userId, String roleCode) {
        return jdbc.sql("""
                SELECT count(*) FROM iam.user_role ur JOIN iam.role r ON r.id = ur.role_id JOIN iam.app_user u ON u.id = ur.user_id
                WHERE ur.user_id = ? AND r.school_id = ? AND r.code = ? AND u.enabled""")
                .params(userId, schoolId, roleCode).query(Long.class).single() > 0;
    }

    /** The department of the staff member behind the account, if any. */
    public Optional<Long> departmentOf(long userId) {
        return jdbc.sql("""
                SELECT s.department_id FROM iam.app_user u JOIN organization.staff s ON s.id = u.staff_id
                WHERE u.id = ? AND s.department_id IS NOT NULL""").param(userId).query(Long.class).optional();
    }

    /**
     * The user as work done on their behalf outside a request sees them (the demo's documents made "by" the
     * teacher): their name, department and permissions in the school, every row in scope.
     */
    public CurrentUser actingAs(long schoolId, String username) {
        long id = userId(username).orElseThrow(() -> new IllegalArgumentException("No user " + username));
        String name = jdbc.sql("SELECT display_name FROM iam.app_user WHERE id = ?").param(id).query(String.class).single();
        Long staff = jdbc.sql("SELECT staff_id FROM iam.app_user WHERE id = ?").param(id).query(Long.class).optional()
                .orElse(null);
        Set<String> permissions = Set.copyOf(jdbc.sql("""
                SELECT DISTINCT rp.permission FROM iam.user_role ur JOIN iam.role_permission rp ON rp.role_id = ur.role_id
                WHERE ur.user_id = ?""").param(id).query(String.class).list());
        return new CurrentUser(id, username, name, schoolId, Set.of(schoolId), false, staff,
                departmentOf(id).orElse(null), DataScope.everything(), permissions);
    }

    public Optional<Long> userId(String username) {
        return jdbc.sql("SELECT id FROM iam.app_user WHERE lower(username) = lower(?)").param(username)
                .query(Long.class).optional();
    }

    /** A role as other modules show it: its code and the school's name for it. */
    public record RoleRef(String code, String name) {
    }

    /** The roles of a school, built-in ones first. */
    public List<RoleRef> roles(long schoolId) {
        return jdbc.sql("SELECT code, name FROM iam.role WHERE school_id = ? ORDER BY builtin DESC, id").param(schoolId)
                .query(Rows.of(RoleRef.class)).list();
    }

    /** The codes of the roles an enabled user holds in the school (none for a disabled account). */
    public Set<String> roleCodes(long schoolId, long userId) {
        return Set.copyOf(jdbc.sql("""
                SELECT r.code FROM iam.user_role ur JOIN iam.role r ON r.id = ur.role_id JOIN iam.app_user u ON u.id = ur.user_id
                WHERE ur.user_id = ? AND r.school_id = ? AND u.enabled""").params(userId, schoolId).query(String.class).list());
    }

    /** The display names of these users, by id. */
    public Map<Long, String> displayNames(Collection<Long> userIds) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (userIds.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT id, display_name FROM iam.app_user WHERE id = ANY(?)")
                .param(userIds.stream().distinct().toArray(Long[]::new))
                .query(Rows.of(UserRef.class)).list().forEach(user -> names.put(user.id(), user.displayName()));
        return names;
    }

    /** The enabled users of a school by name, for choosing a person. */
    public List<UserRef> users(long schoolId) {
        return jdbc.sql("SELECT id, display_name FROM iam.app_user WHERE school_id = ? AND enabled ORDER BY display_name, id")
                .param(schoolId).query(Rows.of(UserRef.class)).list();
    }

    public List<Long> usersOfSchool(long schoolId) {
        return jdbc.sql("SELECT id FROM iam.app_user WHERE school_id = ? AND enabled ORDER BY id").param(schoolId)
                .query(Long.class).list();
    }
}
