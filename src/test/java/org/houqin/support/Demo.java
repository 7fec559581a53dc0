package org.houqin.support;

import java.util.List;
import java.util.function.Supplier;

import org.houqin.platform.security.SystemWork;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Looks things up in the demo school for tests, past every scope (as the system would). */
public final class Demo {

    private Demo() {
    }

    public static <T> T asSystem(Supplier<T> work) {
        return SystemWork.call(work);
    }

    public static long schoolId(JdbcClient jdbc) {
        return asSystem(() -> jdbc.sql("SELECT id FROM organization.school WHERE code = 'DEMO'").query(Long.class).single());
    }

    public static long count(JdbcClient jdbc, String sql, Object... params) {
        return asSystem(() -> jdbc.sql(sql).params(params).query(Long.class).single());
    }

    public static List<Long> ids(JdbcClient jdbc, String sql, Object... params) {
        return asSystem(() -> jdbc.sql(sql).params(params).query(Long.class).list());
    }

    public static long userId(JdbcClient jdbc, String username) {
        return count(jdbc, "SELECT id FROM iam.app_user WHERE username = ?", username);
    }
}
