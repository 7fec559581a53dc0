package org.houqin.iam.user;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.houqin.platform.db.Listing;
import org.houqin.platform.db.Rows;
import org.houqin.platform.db.Search;
import org.houqin.platform.db.Where;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of a school's user accounts and the roles they hold, for the admin's pages. */
@Component
class UserStore {

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageResult<UserService.Row> page(long schoolId, ListQuery query) {
        return listing(schoolId, query).page(query, UserService.Row.class);
    }

    List<UserService.Row> all(long schoolId, ListQuery query) {
        return listing(schoolId, query).all(Listing.EXPORT_LIMIT, UserService.Row.class);
    }

    private Listing listing(long schoolId, ListQuery query) {
        return Listing.of(jdbc, COLUMNS, "iam.app_user u")
                .where(Where.of("u.school_id", "school", schoolId).search(query, SEARCH))
                .orderBy(UserService.SORTS, query, "u.id");
    }

    Optional<UserService.Row> find(long schoolId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM iam.app_user u WHERE u.school_id = ? AND u.id = ?")
                .params(schoolId, id).query(Rows.of(UserService.Row.class)).optional();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM iam.app_user").query(Long.class).single();
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

    /** The display name, and the user name (Latin letters) without regard to case. */
    private static final Search SEARCH = Search.in("u.display_name").ignoringCase("u.username");

    private static final String COLUMNS = """
            u.id, u.username, u.display_name, u.staff_id, u.enabled, u.locked_until, u.last_login_at,
            (SELECT string_agg(r.name, '、' ORDER BY r.id) FROM iam.user_role ur JOIN iam.role r ON r.id = ur.role_id
             WHERE ur.user_id = u.id) AS role_names,
            u.version""";
}
