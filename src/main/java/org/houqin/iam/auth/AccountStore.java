package org.houqin.iam.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of the account data that login and session building need. */
@Component
class AccountStore {

    record Account(long id, Long schoolId, String username, String displayName, String passwordHash,
                          Long staffId, boolean enabled, int failedAttempts, Instant failureWindowStart,
                          Instant lockedUntil) {

        LockoutPolicy.Counters counters() {
            return new LockoutPolicy.Counters(failedAttempts, failureWindowStart, lockedUntil);
        }
    }

    record RoleGrant(long roleId, org.houqin.iam.role.DataScopeKind dataScope) {
    }

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> byUsername(String username) {
        return jdbc.sql("""
                SELECT id, school_id, username, display_name, password_hash, staff_id, enabled, failed_attempts,
                       failure_window_start, locked_until
                FROM iam.app_user WHERE lower(username) = lower(?)
                """).param(username).query(Rows.of(Account.class)).optional();
    }

    /** The account with its row locked until the login transaction ends, so concurrent attempts count one by one. */
    Account lockForLogin(long id) {
        return jdbc.sql("""
                SELECT id, school_id, username, display_name, password_hash, staff_id, enabled, failed_attempts,
                       failure_window_start, locked_until
                FROM iam.app_user WHERE id = ? FOR UPDATE
                """).param(id).query(Rows.of(Account.class)).single();
    }

    Optional<Account> byId(long id) {
        return jdbc.sql("""
                SELECT id, school_id, username, display_name, password_hash, staff_id, enabled, failed_attempts,
                       failure_window_start, locked_until
                FROM iam.app_user WHERE id = ?
                """).param(id).query(Rows.of(Account.class)).optional();
    }

    List<RoleGrant> roles(long userId) {
        return jdbc.sql("""
                SELECT r.id AS role_id, r.data_scope FROM iam.role r JOIN iam.user_role ur ON ur.role_id = r.id
                WHERE ur.user_id = ?
                """).param(userId).query(Rows.of(RoleGrant.class)).list();
    }

    Set<String> permissions(long userId) {
        return Set.copyOf(jdbc.sql("""
                SELECT DISTINCT rp.permission FROM iam.role_permission rp JOIN iam.user_role ur ON ur.role_id = rp.role_id
                WHERE ur.user_id = ?
                """).param(userId).query(String.class).list());
    }

    Set<Long> chosenDepartments(long roleId) {
        return Set.copyOf(jdbc.sql("SELECT department_id FROM iam.role_department WHERE role_id = ?")
                .param(roleId).query(Long.class).list());
    }

    void recordCounters(long userId, LockoutPolicy.Counters counters) {
        jdbc.sql("""
                UPDATE iam.app_user SET failed_attempts = ?, failure_window_start = ?, locked_until = ? WHERE id = ?
                """).params(counters.failedAttempts(), ts(counters.windowStart()), ts(counters.lockedUntil()), userId)
                .update();
    }

    void recordLogin(long userId, Instant at) {
        jdbc.sql("""
                UPDATE iam.app_user SET failed_attempts = 0, failure_window_start = NULL, locked_until = NULL,
                                        last_login_at = ? WHERE id = ?
                """).params(ts(at), userId).update();
    }

    private static java.sql.Timestamp ts(Instant instant) {
        return instant == null ? null : java.sql.Timestamp.from(instant);
    }
}
