package org.houqin.notifications.delivery;

import java.time.Instant;

import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.Sorts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 通知发送记录 for the administrator: the list of what went out, and a failed delivery put back in the queue. */
@Service
class Deliveries {

    enum Status { PENDING, SENT, FAILED }

    record Row(long id, Channel channel, String target, String subject, Status status, int attempts,
               Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

        /** A robot URL carries the robot's key: the list shows only where it goes. */
        public String shownTarget() {
            int query = target.indexOf('?');
            return channel == Channel.EMAIL || query < 0 ? target : target.substring(0, query) + "?…";
        }
    }

    static final Sorts SORTS = Sorts.of("created", "d.created_at", "status", "d.status", "channel", "d.channel",
            "attempts", "d.attempts");

    private final DeliveryStore store;

    Deliveries(DeliveryStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    PageResult<Row> page(long schoolId, Status status, ListQuery query) {
        return store.page(schoolId, status, query);
    }

    /** Retries a failed delivery of the school (to the school's current robot URL); not found unless it failed. */
    @Transactional
    void retry(long schoolId, long id) {
        if (!store.retry(schoolId, id)) {
            throw new NotFoundException("failed delivery", id);
        }
    }
}
