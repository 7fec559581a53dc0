package org.houqin.safety.hazard;

import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.houqin.iam.IamApi;
import org.houqin.notifications.Notifications;
import org.houqin.platform.document.DocumentHistory;
import org.houqin.platform.security.SystemWork;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.timeline.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 逾期升级: a hazard still being rectified after its deadline is reported to the vice-principals (分管副校长) once. The
 * job runs on one node at a time (ShedLock), and each hazard's {@code escalated_at} is set by a guarded update, so
 * two runs at once still tell them once.
 */
@Component
public class HazardEscalation {

    /** The built-in role told of overdue hazards. */
    static final String VICE_PRINCIPAL = "VICE_PRINCIPAL";

    private static final Logger log = LoggerFactory.getLogger(HazardEscalation.class);

    private final HazardStore store;
    private final IamApi iam;
    private final Notifications notifications;
    private final DocumentHistory documents;
    private final TransactionTemplate transaction;
    private final SchoolClock clock;

    HazardEscalation(HazardStore store, IamApi iam, Notifications notifications, DocumentHistory documents,
                     TransactionTemplate transaction, SchoolClock clock) {
        this.store = store;
        this.iam = iam;
        this.notifications = notifications;
        this.documents = documents;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(cron = "${houqin.safety.hazard-cron:0 */10 * * * *}", zone = SchoolClock.SCHEDULE_ZONE)
    @SchedulerLock(name = "safety-hazard-escalation", lockAtMostFor = "PT9M")
    public void run() {
        SystemWork.run(() -> {
            int escalated = escalateOverdue();
            if (escalated > 0) {
                log.info("Hazards: escalated {} overdue", escalated);
            }
        });
    }

    /** @return how many overdue hazards were escalated by this run */
    public int escalateOverdue() {
        int escalated = 0;
        for (HazardStore.Due due : store.overdue(clock.now(), 1000)) {
            Boolean done = transaction.execute(status -> escalate(due.schoolId(), due.id()));
            escalated += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return escalated;
    }

    private boolean escalate(long schoolId, long id) {
        if (!store.escalate(schoolId, id, clock.now())) {
            return false;
        }
        HazardRow row = store.find(schoolId, id).orElseThrow();
        List<Long> vice = iam.usersWithRole(schoolId, VICE_PRINCIPAL);
        notifications.notify(schoolId, vice, "hazard.notification.overdue",
                List.of(row.number(), row.place(), row.assigneeName() == null ? "—" : row.assigneeName()),
                HazardDocuments.HAZARD.link(id));
        documents.noted(schoolId, HazardDocuments.HAZARD, id, "ESCALATED", Message.of("hazard.event.escalated"), null);
        return true;
    }
}
