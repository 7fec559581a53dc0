package org.houqin.notifications.delivery;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.houqin.platform.security.SystemWork;
import org.springframework.stereotype.Component;

/**
 * {@code houqin.outbox.backlog}: the e-mails and robot posts of all schools waiting to be sent, read when the metrics
 * are scraped. A backlog that keeps growing means a mail server or a robot is down (docs/operations.md).
 */
@Component
class OutboxBacklog implements MeterBinder {

    private final DeliveryStore store;

    OutboxBacklog(DeliveryStore store) {
        this.store = store;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("houqin.outbox.backlog", store, deliveries -> SystemWork.call(deliveries::backlog))
                .description("Deliveries (e-mails, robot posts) waiting to be sent")
                .register(registry);
    }
}
