package org.houqin.notifications.settings;

import java.util.Map;
import java.util.Optional;

import org.houqin.audit.AuditLog;
import org.houqin.notifications.delivery.WebhookUrlPolicy;
import org.houqin.platform.web.RuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A school's 企业微信 and 钉钉 group robots. */
@Component
class SchoolRobots {

    record Row(String wecomUrl, boolean wecomEnabled, String dingtalkUrl, boolean dingtalkEnabled, int version) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final WebhookUrlPolicy urls;

    SchoolRobots(JdbcClient jdbc, AuditLog audit, WebhookUrlPolicy urls) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.urls = urls;
    }

    @Transactional(readOnly = true)
    Optional<Row> find(long schoolId) {
        return jdbc.sql("""
                SELECT wecom_url, wecom_enabled, dingtalk_url, dingtalk_enabled, version
                FROM notifications.school_webhook WHERE school_id = ?
                """).param(schoolId)
                .query((rs, n) -> new Row(rs.getString("wecom_url"), rs.getBoolean("wecom_enabled"),
                        rs.getString("dingtalk_url"), rs.getBoolean("dingtalk_enabled"), rs.getInt("version")))
                .optional();
    }

    @Transactional
    void save(long schoolId, RobotsForm form) {
        check("wecomUrl", form.getWecomUrl(), form.isWecomEnabled());
        check("dingtalkUrl", form.getDingtalkUrl(), form.isDingtalkEnabled());
        Optional<Row> before = find(schoolId);
        int changed = before.isEmpty()
                ? jdbc.sql("""
                        INSERT INTO notifications.school_webhook (school_id, wecom_url, wecom_enabled, dingtalk_url,
                                                                  dingtalk_enabled)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (school_id) DO NOTHING
                        """).params(schoolId, form.getWecomUrl(), form.isWecomEnabled(), form.getDingtalkUrl(),
                        form.isDingtalkEnabled()).update()
                : jdbc.sql("""
                        UPDATE notifications.school_webhook SET wecom_url = ?, wecom_enabled = ?, dingtalk_url = ?,
                               dingtalk_enabled = ?, version = version + 1
                        WHERE school_id = ? AND version = ?
                        """).params(form.getWecomUrl(), form.isWecomEnabled(), form.getDingtalkUrl(),
                        form.isDingtalkEnabled(), schoolId, form.getVersion()).update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("group robots of school " + schoolId + " changed");
        }
        audit.changed("notifications", "school_webhook", schoolId, before.isEmpty() ? "CREATE" : "UPDATE",
                before.map(SchoolRobots::forAudit).orElse(null), forAudit(find(schoolId).orElseThrow()));
    }

    private void check(String field, String url, boolean enabled) {
        if (url == null) {
            if (enabled) {
                throw new RuleViolation(field, "notification.robot.url.required");
            }
            return;
        }
        urls.check(url).ifPresent(refusal -> {
            throw new RuleViolation(field, refusal.messageKey(), refusal.args());
        });
    }

    /** The key in a robot URL lets anyone post to the group, so the audit log keeps only its last characters. */
    private static Map<String, Object> forAudit(Row row) {
        return Map.of("wecomUrl", masked(row.wecomUrl()), "wecomEnabled", row.wecomEnabled(),
                "dingtalkUrl", masked(row.dingtalkUrl()), "dingtalkEnabled", row.dingtalkEnabled());
    }

    static String masked(String url) {
        if (url == null) {
            return "";
        }
        int query = url.indexOf('?');
        if (query < 0) {
            return url;
        }
        return url.substring(0, query) + "?…" + url.substring(Math.max(query + 1, url.length() - 4));
    }
}
