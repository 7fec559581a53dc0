package org.houqin.iam.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.houqin.platform.db.Rows;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.Sorts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The users of a school, for the admin's pages. */
@Component
class Users {

    static final Sorts SORTS = Sorts.of("username", "u.username", "name", "u.display_name",
            "lastLogin", "u.last_login_at", "created", "u.created_at");

    record Row(long id, String username, String displayName, Long staffId, boolean enabled, Instant lockedUntil,
               Instant lastLoginAt, String roleNames, int version) {

        public boolean locked() {
            return lockedUntil != null && lockedUntil.isAfter(Instant.now());
        }
    }

    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageResult<Row> page(long schoolId, ListQuery query) {
        String where = "u.school_id = :school AND (:q = '' OR u.username ILIKE :like OR u.display_name ILIKE :like)";
        long total = jdbc.sql("SELECT count(*) FROM iam.app_user u WHERE " + where)
                .param("school", schoolId).param("q", query.q()).param("like", query.likePattern())
                .query(Long.class).single();
        List<Row> rows = jdbc.sql(select() + " WHERE " + where + " ORDER BY " + SORTS.orderBy(query)
                        + " LIMIT :limit OFFSET :offset")
                .param("school", schoolId).param("q", query.q()).param("like", query.likePattern())
                .param("limit", ListQuery.PAGE_SIZE).param("offset", query.offset())
                .query(Rows.of(Row.class)).list();
        return new PageResult<>(rows, query.page(), total);
    }

    List<Row> all(long schoolId, ListQuery query) {
        String where = "u.school_id = :school AND (:q = '' OR u.username ILIKE :like OR u.display_name ILIKE :like)";
        return jdbc.sql(select() + " WHERE " + where + " ORDER BY " + SORTS.orderBy(query))
                .param("school", schoolId).param("q", query.q()).param("like", query.likePattern())
                .query(Rows.of(Row.class)).list();
    }

    Optional<Row> find(long schoolId, long id) {
        return jdbc.sql(select() + " WHERE u.school_id = ? AND u.id = ?").params(schoolId, id).query(Rows.of(Row.class)).optional();
    }

    Set<Long> roleIds(long userId) {
        return Set.copyOf(jdbc.sql("SELECT role_id FROM iam.user_role WHERE user_id = ?").param(userId)
                .query(Long.class).list());
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("SELECT count(*) FROM iam.app_user WHERE lower(username) = lower(?)").param(username)
                .query(Long.class).single() > 0;
    }

    long insert(Long schoolId, String username, String displayName, String passwordHash, Long staffId) {
        return jdbc.sql("""
                INSERT INTO iam.app_user (school_id, username, display_name, password_hash, staff_id, password_changed_at)
                VALUES (?, ?, ?, ?, ?, now()) RETURNING id
                """).params(schoolId, username, displayName, passwordHash, staffId).query(Long.class).single();
    }

    boolean update(long schoolId, long id, String displayName, Long staffId, int version) {
        return jdbc.sql("""
                UPDATE iam.app_user SET display_name = ?, staff_id = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?
                """).params(displayName, staffId, schoolId, id, version).update() == 1;
    }

    void replaceRoles(long userId, Set<Long> roleIds) {
        jdbc.sql("DELETE FROM iam.user_role WHERE user_id = ?").param(userId).update();
        roleIds.forEach(roleId -> jdbc.sql("INSERT INTO iam.user_role (user_id, role_id) VALUES (?, ?)")
                .params(userId, roleId).update());
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("UPDATE iam.app_user SET enabled = ?, version = version + 1 WHERE id = ?").params(enabled, id).update();
    }

    void unlock(long id) {
        jdbc.sql("""
                UPDATE iam.app_user SET failed_attempts = 0, failure_window_start = NULL, locked_until = NULL
                WHERE id = ?
                """).param(id).update();
    }

    void setPassword(long id, String hash) {
        jdbc.sql("UPDATE iam.app_user SET password_hash = ?, password_changed_at = now() WHERE id = ?")
                .params(hash, id).update();
    }

    String passwordHash(long id) {
        return jdbc.sql("SELECT password_hash FROM iam.app_user WHERE id = ?").param(id).query(String.class).single();
    }

    private static String select() {
        return """
                SELECT u.id, u.username, u.display_name, u.staff_id, u.enabled, u.locked_until, u.last_login_at,
                       (SELECT string_agg(r.name, '、' ORDER BY r.id) FROM iam.user_role ur JOIN iam.role r ON r.id = ur.role_id
                        WHERE ur.user_id = u.id) AS role_names,
                       u.version
                FROM iam.app_user u""";
    }
}
