package org.houqin.iam.role;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of roles with their permissions and chosen departments. */
@Component
class RoleStore {

    private final JdbcClient jdbc;

    RoleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RoleService.Row> ofSchool(long schoolId) {
        return jdbc.sql("""
                SELECT r.id, r.school_id, r.code, r.name, r.data_scope, r.builtin,
                       (SELECT count(*) FROM iam.user_role ur WHERE ur.role_id = r.id) AS user_count, r.version
                FROM iam.role r WHERE r.school_id = ? ORDER BY r.builtin DESC, r.id
                """).param(schoolId).query(Rows.of(RoleService.Row.class)).list();
    }

    Optional<Long> idByCode(Long schoolId, String code) {
        return jdbc.sql("SELECT id FROM iam.role WHERE coalesce(school_id, 0) = coalesce(?, 0) AND code = ?")
                .params(schoolId, code).query(Long.class).optional();
    }

    Set<String> permissions(long roleId) {
        return Set.copyOf(jdbc.sql("SELECT permission FROM iam.role_permission WHERE role_id = ?")
                .param(roleId).query(String.class).list());
    }

    Set<Long> departments(long roleId) {
        return Set.copyOf(jdbc.sql("SELECT department_id FROM iam.role_department WHERE role_id = ?")
                .param(roleId).query(Long.class).list());
    }

    /** Usernames of the users holding a role. */
    List<String> holders(long roleId) {
        return jdbc.sql("SELECT u.username FROM iam.app_user u JOIN iam.user_role ur ON ur.user_id = u.id WHERE ur.role_id = ?")
                .param(roleId).query(String.class).list();
    }

    long insert(Long schoolId, String code, String name, DataScopeKind scope, boolean builtin) {
        return jdbc.sql("""
                INSERT INTO iam.role (school_id, code, name, data_scope, builtin) VALUES (?, ?, ?, ?, ?) RETURNING id
                """).params(schoolId, code, name, scope.name(), builtin).query(Long.class).single();
    }

    boolean update(long schoolId, long id, String name, DataScopeKind scope, int version) {
        return jdbc.sql("""
                UPDATE iam.role SET name = ?, data_scope = ?, version = version + 1
                WHERE id = ? AND school_id = ? AND version = ?
                """).params(name, scope.name(), id, schoolId, version).update() == 1;
    }

    void replacePermissions(long roleId, Set<String> permissions) {
        jdbc.sql("DELETE FROM iam.role_permission WHERE role_id = ?").param(roleId).update();
        for (String permission : permissions) {
            jdbc.sql("INSERT INTO iam.role_permission (role_id, permission) VALUES (?, ?)")
                    .params(roleId, permission).update();
        }
    }

    void replaceDepartments(long roleId, Set<Long> departmentIds) {
        jdbc.sql("DELETE FROM iam.role_department WHERE role_id = ?").param(roleId).update();
        for (Long departmentId : departmentIds) {
            jdbc.sql("INSERT INTO iam.role_department (role_id, department_id) VALUES (?, ?)")
                    .params(roleId, departmentId).update();
        }
    }

    boolean delete(long schoolId, long id) {
        return jdbc.sql("DELETE FROM iam.role WHERE id = ? AND school_id = ? AND NOT builtin")
                .params(id, schoolId).update() == 1;
    }
}
