package org.houqin.notifications.delivery;

import java.util.LinkedHashMap;
import java.util.Map;

import org.houqin.platform.security.SystemWork;
import org.houqin.support.Demo;
import org.houqin.support.WebUser;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Set-up shared by the notification delivery tests. */
final class NotificationFixtures {

    private NotificationFixtures() {
    }

    /** Saves the demo school's robots through the page, as the administrator would. */
    static WebUser.Page saveRobots(JdbcClient jdbc, WebUser admin, String wecomUrl, boolean wecomOn,
                                   String dingtalkUrl, boolean dingtalkOn) {
        long version = Demo.count(jdbc, """
                SELECT coalesce((SELECT w.version FROM notifications.school_webhook w
                                 JOIN organization.school s ON s.id = w.school_id WHERE s.code = 'DEMO'), 0)""");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("wecomUrl", wecomUrl == null ? "" : wecomUrl);
        form.put("dingtalkUrl", dingtalkUrl == null ? "" : dingtalkUrl);
        form.put("_wecomEnabled", "on");
        form.put("_dingtalkEnabled", "on");
        if (wecomOn) {
            form.put("wecomEnabled", "true");
        }
        if (dingtalkOn) {
            form.put("dingtalkEnabled", "true");
        }
        form.put("version", String.valueOf(version));
        return admin.post("/notifications/webhooks", form);
    }

    /** Other tests notify too: leave no robot switched on for them. */
    static void switchRobotsOff(JdbcClient jdbc) {
        SystemWork.run(() -> jdbc.sql("""
                UPDATE notifications.school_webhook SET wecom_enabled = false, dingtalk_enabled = false,
                       version = version + 1""").update());
    }
}
