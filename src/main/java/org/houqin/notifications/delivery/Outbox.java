package org.houqin.notifications.delivery;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues the e-mails and robot posts of a notification in the caller's transaction: they exist only if the business
 * change commits, and sending waits for {@link DeliveryJobs}, so a slow or broken channel never holds up or undoes it.
 */
@Component
public class Outbox {

    private final DeliveryStore store;
    private final DeliveryText text;
    private final MailChannel mail;

    Outbox(DeliveryStore store, DeliveryText text, MailChannel mail) {
        this.store = store;
        this.text = text;
        this.mail = mail;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(long schoolId, Collection<Long> userIds, String messageKey, List<String> args, String link) {
        List<String> addresses = mail.enabled() ? store.addresses(userIds) : List.of();
        DeliveryStore.Robots robots = store.robots(schoolId);
        if (addresses.isEmpty() && !robots.wecomEnabled() && !robots.dingtalkEnabled()) {
            return;
        }
        DeliveryText.Rendered rendered = text.render(schoolId, messageKey, args, link);
        for (String address : addresses) {
            store.insert(schoolId, Channel.EMAIL, address, rendered.subject(), rendered.mailBody());
        }
        // One post per notification and robot, not per recipient: the group reads it once.
        if (robots.wecomEnabled()) {
            store.insert(schoolId, Channel.WECOM, robots.wecomUrl(), rendered.subject(), rendered.robotText());
        }
        if (robots.dingtalkEnabled()) {
            store.insert(schoolId, Channel.DINGTALK, robots.dingtalkUrl(), rendered.subject(), rendered.robotText());
        }
    }
}
