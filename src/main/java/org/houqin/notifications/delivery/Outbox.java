package org.houqin.notifications.delivery;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues the e-mails and robot posts of a notification in the caller's transaction: they exist only if the business
 * change commits, and sending waits for {@link DeliveryJob}, so a slow or broken channel never holds up or undoes it.
 */
@Component
public class Outbox {

    /** The school's robots as saved on the settings page. */
    private record Robots(String wecomUrl, boolean wecomEnabled, String dingtalkUrl, boolean dingtalkEnabled) {
    }

    private final JdbcClient jdbc;
    private final DeliveryText text;
    private final MailChannel mail;

    Outbox(JdbcClient jdbc, DeliveryText text, MailChannel mail) {
        this.jdbc = jdbc;
        this.text = text;
        this.mail = mail;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(long schoolId, Collection<Long> userIds, String messageKey, List<String> args, String link) {
        List<String> addresses = mail.enabled() ? addresses(userIds) : List.of();
        Robots robots = robots(schoolId);
        if (addresses.isEmpty() && !robots.wecomEnabled() && !robots.dingtalkEnabled()) {
            return;
        }
        DeliveryText.Rendered rendered = text.render(schoolId, messageKey, args, link);
        for (String address : addresses) {
            insert(schoolId, Channel.EMAIL, address, rendered.subject(), rendered.mailBody());
        }
        // One post per notification and robot, not per recipient: the group reads it once.
        if (robots.wecomEnabled()) {
            insert(schoolId, Channel.WECOM, robots.wecomUrl(), rendered.subject(), rendered.robotText());
        }
        if (robots.dingtalkEnabled()) {
            insert(schoolId, Channel.DINGTALK, robots.dingtalkUrl(), rendered.subject(), rendered.robotText());
        }
    }

    private List<String> addresses(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT DISTINCT email FROM notifications.user_channel
                WHERE user_id = ANY (?) AND email_enabled AND email IS NOT NULL
                """).param(userIds.toArray(Long[]::new)).query(String.class).list();
    }

    private Robots robots(long schoolId) {
        return jdbc.sql("""
                SELECT wecom_url, wecom_enabled AND wecom_url IS NOT NULL AS wecom_on,
                       dingtalk_url, dingtalk_enabled AND dingtalk_url IS NOT NULL AS dingtalk_on
                FROM notifications.school_webhook WHERE school_id = ?
                """).param(schoolId)
                .query((rs, n) -> new Robots(rs.getString("wecom_url"), rs.getBoolean("wecom_on"),
                        rs.getString("dingtalk_url"), rs.getBoolean("dingtalk_on")))
                .optional().orElse(new Robots(null, false, null, false));
    }

    private void insert(long schoolId, Channel channel, String target, String subject, String body) {
        jdbc.sql("""
                INSERT INTO notifications.delivery (school_id, channel, target, subject, body)
                VALUES (?, ?, ?, ?, ?)
                """).params(schoolId, channel.name(), target, subject, body).update();
    }
}
