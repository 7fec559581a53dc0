package org.houqin.iam;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL behind {@link IamApi}: users by role, permission and name, and the roles of a school. */
@Component
class IamStore {

    private final JdbcClient jdbc;

    IamStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> usersWithRole(long schoolId, String roleCode) {
        return jdbc.sql("""
                SELECT u.id FROM iam.app_user u JOIN iam.user_role ur ON ur.user_id = u.id JOIN iam.role r ON r.id = ur.role_id
                WHERE r.school_id = ? AND r.code = ? AND u.enabled ORDER BY u.id
                """).params(schoolId, roleCode).query(Long.class).list();
    }

    List<IamApi.UserRef> usersWithPermission(long schoolId, String permission) {
        return jdbc.sql("""
                SELECT DISTINCT u.id, u.display_name FROM iam.app_user u
                JOIN iam.user_role ur ON ur.user_id = u.id JOIN iam.role r ON r.id = ur.role_id
                JOIN iam.role_permission rp ON rp.role_id = r.id
                WHERE u.school_id = ? AND r.school_id = ? AND rp.permission = ? AND u.enabled ORDER BY u.display_name, u.id
                """).params(schoolId, schoolId, permission).query(Rows.of(IamApi.UserRef.class)).list();
    }

    boolean hasRole(long schoolId, long userId, String roleCode) {
        return jdbc.sql("""
                SELECT count(*) FROM iam.user_role ur JOIN iam.role r ON r.id = ur.role_id JOIN iam.app_user u ON u.id = ur.user_id
                WHERE ur.user_id = ? AND r.school_id = ? AND r.code = ? AND u.enabled""")
                .params(userId, schoolId, roleCode).query(Long.class).single() > 0;
    }

    Optional<Long> departmentOf(long userId) {
        return jdbc.sql("""
                SELECT s.department_id FROM iam.app_user u JOIN organization.staff s ON s.id = u.staff_id
                WHERE u.id = ? AND s.department_id IS NOT NULL""").param(userId).query(Long.class).optional();
    }

    String displayName(long userId) {
        return jdbc.sql("SELECT display_name FROM iam.app_user WHERE id = ?").param(userId).query(String.class).single();
    }

    Optional<Long> staffOf(long userId) {
        return jdbc.sql("SELECT staff_id FROM iam.app_user WHERE id = ?").param(userId).query(Long.class).optional();
    }

    List<String> permissions(long userId) {
        return jdbc.sql("""
                SELECT DISTINCT rp.permission FROM iam.user_role ur JOIN iam.role_permission rp ON rp.role_id = ur.role_id
                WHERE ur.user_id = ?""").param(userId).query(String.class).list();
    }

    Optional<Long> userId(String username) {
        return jdbc.sql("SELECT id FROM iam.app_user WHERE lower(username) = lower(?)").param(username)
                .query(Long.class).optional();
    }

    List<IamApi.RoleRef> roles(long schoolId) {
        return jdbc.sql("SELECT code, name FROM iam.role WHERE school_id = ? ORDER BY builtin DESC, id").param(schoolId)
                .query(Rows.of(IamApi.RoleRef.class)).list();
    }

    List<IamApi.RoleWithId> rolesWithIds(long schoolId) {
        return jdbc.sql("SELECT id, code, name FROM iam.role WHERE school_id = ? ORDER BY builtin DESC, id")
                .param(schoolId).query(Rows.of(IamApi.RoleWithId.class)).list();
    }

    Optional<Long> userOfStaff(long staffId) {
        return jdbc.sql("SELECT id FROM iam.app_user WHERE staff_id = ? AND enabled ORDER BY id LIMIT 1").param(staffId)
                .query(Long.class).optional();
    }

    List<String> roleCodes(long schoolId, long userId) {
        return jdbc.sql("""
                SELECT r.code FROM iam.user_role ur JOIN iam.role r ON r.id = ur.role_id JOIN iam.app_user u ON u.id = ur.user_id
                WHERE ur.user_id = ? AND r.school_id = ? AND u.enabled""").params(userId, schoolId).query(String.class).list();
    }

    List<IamApi.UserRef> namesOf(Collection<Long> userIds) {
        return jdbc.sql("SELECT id, display_name FROM iam.app_user WHERE id = ANY(?)")
                .param(userIds.stream().distinct().toArray(Long[]::new))
                .query(Rows.of(IamApi.UserRef.class)).list();
    }

    List<IamApi.UserRef> users(long schoolId) {
        return jdbc.sql("SELECT id, display_name FROM iam.app_user WHERE school_id = ? AND enabled ORDER BY display_name, id")
                .param(schoolId).query(Rows.of(IamApi.UserRef.class)).list();
    }

    List<Long> usersOfSchool(long schoolId) {
        return jdbc.sql("SELECT id FROM iam.app_user WHERE school_id = ? AND enabled ORDER BY id").param(schoolId)
                .query(Long.class).list();
    }

    List<IamApi.StaffAccount> staffAccounts(long schoolId) {
        return jdbc.sql("""
                SELECT id AS user_id, staff_id FROM iam.app_user
                WHERE school_id = ? AND enabled AND staff_id IS NOT NULL ORDER BY id""")
                .param(schoolId).query(Rows.of(IamApi.StaffAccount.class)).list();
    }
}
