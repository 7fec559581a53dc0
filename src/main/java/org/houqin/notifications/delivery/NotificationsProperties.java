package org.houqin.notifications.delivery;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notifications leave Houqin, bound from {@code houqin.notifications.*}. E-mail itself is set up with Spring
 * Boot's {@code spring.mail.*}; without {@code spring.mail.host} no e-mail is queued at all.
 *
 * @param deliveryInterval     pause between two runs of the delivery job (also read by its {@code @Scheduled})
 * @param batchSize            deliveries one run claims and sends
 * @param retryDelays          waits after the 1st, 2nd, … failed attempt; one more failure marks the delivery failed
 * @param webhookAllowedHosts  hosts a robot URL may point to, over https; an entry {@code http://host} also allows
 *                             plain http to that host (tests, a local relay)
 * @param webhookTimeout       connect and answer timeout of a robot post
 * @param mailFrom             sender address of e-mails; {@code spring.mail.username} when blank
 */
@ConfigurationProperties("houqin.notifications")
public record NotificationsProperties(
        @DefaultValue("30s") Duration deliveryInterval,
        @DefaultValue("20") int batchSize,
        @DefaultValue({"1m", "5m", "30m", "2h", "12h"}) List<Duration> retryDelays,
        @DefaultValue({"qyapi.weixin.qq.com", "oapi.dingtalk.com"}) List<String> webhookAllowedHosts,
        @DefaultValue("10s") Duration webhookTimeout,
        String mailFrom) {
}
