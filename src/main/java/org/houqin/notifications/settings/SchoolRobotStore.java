package org.houqin.notifications.settings;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of a school's group robots: one row per school, versioned. */
@Component
class SchoolRobotStore {

    private final JdbcClient jdbc;

    SchoolRobotStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SchoolRobots.Row> find(long schoolId) {
        return jdbc.sql("""
                SELECT wecom_url, wecom_enabled, dingtalk_url, dingtalk_enabled, version
                FROM notifications.school_webhook WHERE school_id = ?
                """).param(schoolId)
                .query((rs, n) -> new SchoolRobots.Row(rs.getString("wecom_url"), rs.getBoolean("wecom_enabled"),
                        rs.getString("dingtalk_url"), rs.getBoolean("dingtalk_enabled"), rs.getInt("version")))
                .optional();
    }

    /** Saves the school's first robots; false when another request saved them first. */
    boolean insert(long schoolId, SchoolRobots.Row robots) {
        return jdbc.sql("""
                INSERT INTO notifications.school_webhook (school_id, wecom_url, wecom_enabled, dingtalk_url,
                                                          dingtalk_enabled)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (school_id) DO NOTHING
                """).params(schoolId, robots.wecomUrl(), robots.wecomEnabled(), robots.dingtalkUrl(),
                robots.dingtalkEnabled()).update() == 1;
    }

    /** Saves the robots where they still have {@code robots.version()}. */
    boolean update(long schoolId, SchoolRobots.Row robots) {
        return jdbc.sql("""
                UPDATE notifications.school_webhook SET wecom_url = ?, wecom_enabled = ?, dingtalk_url = ?,
                       dingtalk_enabled = ?, version = version + 1
                WHERE school_id = ? AND version = ?
                """).params(robots.wecomUrl(), robots.wecomEnabled(), robots.dingtalkUrl(), robots.dingtalkEnabled(),
                schoolId, robots.version()).update() == 1;
    }
}
