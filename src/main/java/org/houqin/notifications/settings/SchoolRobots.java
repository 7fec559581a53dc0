package org.houqin.notifications.settings;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.houqin.audit.AuditLog;
import org.houqin.notifications.delivery.Channel;
import org.houqin.notifications.delivery.WebhookSender;
import org.houqin.notifications.delivery.WebhookUrlPolicy;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.web.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A school's 企业微信 and 钉钉 group robots: saved with their URLs checked, and tried with a test post. */
@Service
class SchoolRobots {

    record Row(String wecomUrl, boolean wecomEnabled, String dingtalkUrl, boolean dingtalkEnabled, int version) {
    }

    private final SchoolRobotStore store;
    private final AuditLog audit;
    private final WebhookUrlPolicy urls;
    private final WebhookSender sender;
    private final MessageSource messages;
    private final OrganizationApi organization;

    SchoolRobots(SchoolRobotStore store, AuditLog audit, WebhookUrlPolicy urls, WebhookSender sender,
                 MessageSource messages, OrganizationApi organization) {
        this.store = store;
        this.audit = audit;
        this.urls = urls;
        this.sender = sender;
        this.messages = messages;
        this.organization = organization;
    }

    @Transactional(readOnly = true)
    Optional<Row> find(long schoolId) {
        return store.find(schoolId);
    }

    @Transactional
    void save(long schoolId, RobotsForm form) {
        check("wecomUrl", form.getWecomUrl(), form.isWecomEnabled());
        check("dingtalkUrl", form.getDingtalkUrl(), form.isDingtalkEnabled());
        Optional<Row> before = store.find(schoolId);
        Row robots = new Row(form.getWecomUrl(), form.isWecomEnabled(), form.getDingtalkUrl(),
                form.isDingtalkEnabled(), form.getVersion());
        boolean saved = before.isEmpty() ? store.insert(schoolId, robots) : store.update(schoolId, robots);
        if (!saved) {
            throw new OptimisticLockingFailureException("group robots of school " + schoolId + " changed");
        }
        audit.changed("notifications", "school_webhook", schoolId, before.isEmpty() ? "CREATE" : "UPDATE",
                before.map(SchoolRobots::forAudit).orElse(null), forAudit(store.find(schoolId).orElseThrow()));
    }

    /**
     * Posts a test message to the saved robot now, while the administrator waits (a few seconds at most); empty when
     * the robot took it, else why not. Outside a transaction: no connection is held while the robot answers.
     */
    Optional<String> test(long schoolId, Channel channel) {
        Row saved = find(schoolId).orElseThrow(() -> RuleViolation.of("notification.robot.test.none"));
        String url = switch (channel) {
            case WECOM -> saved.wecomUrl();
            case DINGTALK -> saved.dingtalkUrl();
            case EMAIL -> null;
        };
        if (url == null) {
            throw RuleViolation.of("notification.robot.test.none");
        }
        String schoolName = organization.school(schoolId).map(OrganizationApi.SchoolRef::name).orElse("");
        String content = messages.getMessage("notification.robot.test.content", new Object[] {schoolName},
                Locale.SIMPLIFIED_CHINESE);
        return sender.send(channel, url, content);
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
