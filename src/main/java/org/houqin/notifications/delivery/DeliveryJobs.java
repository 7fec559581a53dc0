package org.houqin.notifications.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.houqin.platform.security.SystemWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds, every {@code houqin.notifications.delivery-interval}, on one node at a time. Claiming
 * and recording are short statements of their own; no database connection is held while waiting for an SMTP server
 * or a robot (the pool has five).
 */
@Component
class DeliveryJobs {

    private static final Logger log = LoggerFactory.getLogger(DeliveryJobs.class);

    /** Longer than a whole batch can take with every post timing out, so no row is claimed twice meanwhile. */
    private static final Duration LEASE = Duration.ofMinutes(15);

    private final DeliveryStore deliveries;
    private final MailChannel mail;
    private final WebhookSender webhooks;
    private final RetryPolicy retries;
    private final int batchSize;

    DeliveryJobs(DeliveryStore deliveries, MailChannel mail, WebhookSender webhooks, RetryPolicy retries,
                NotificationsProperties properties) {
        this.deliveries = deliveries;
        this.mail = mail;
        this.webhooks = webhooks;
        this.retries = retries;
        this.batchSize = properties.batchSize();
    }

    /**
     * Sends one batch of due deliveries; public so that tests (and an impatient operator) can run it directly. Its lock
     * is freed as soon as it is done: each delivery is claimed under a lease, so a node that runs it right after
     * another sends nothing twice, and a second batch may follow the first at once.
     */
    @Scheduled(fixedDelayString = "${houqin.notifications.delivery-interval:30s}",
            initialDelayString = "${houqin.notifications.delivery-interval:30s}")
    @SchedulerLock(name = "notification-delivery", lockAtMostFor = "PT10M", lockAtLeastFor = "PT0S")
    public void deliverDue() {
        List<DeliveryStore.Due> due = SystemWork.call(() -> deliveries.claim(batchSize, LEASE));
        for (DeliveryStore.Due delivery : due) {
            Optional<String> failure = send(delivery);
            SystemWork.run(() -> record(delivery, failure));
        }
    }

    private Optional<String> send(DeliveryStore.Due delivery) {
        try {
            return switch (delivery.channel()) {
                case EMAIL -> mail.send(delivery.target(), delivery.subject(), delivery.body());
                case WECOM, DINGTALK -> webhooks.send(delivery.channel(), delivery.target(), delivery.body());
            };
        } catch (RuntimeException e) {
            // A bug or a surprise from a library must cost one delivery an attempt, not stop the batch.
            log.warn("Delivery {} failed unexpectedly", delivery.id(), e);
            return Optional.of("unexpected error (" + e.getClass().getSimpleName() + ")");
        }
    }

    private void record(DeliveryStore.Due delivery, Optional<String> failure) {
        if (failure.isEmpty()) {
            deliveries.markSent(delivery.id());
            return;
        }
        Optional<Duration> retryIn = retries.delayAfter(delivery.attempts());
        deliveries.markFailed(delivery.id(), failure.get(), retryIn);
        if (retryIn.isEmpty()) {
            log.warn("Delivery {} by {} failed for good after {} attempts: {}", delivery.id(), delivery.channel(),
                    delivery.attempts(), failure.get());
        }
    }
}
