package org.houqin.repairs.request;

import java.time.Duration;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.houqin.platform.db.Rows;
import org.houqin.platform.security.SystemWork;
import org.houqin.platform.time.SchoolClock;
import org.houqin.repairs.RepairsPermissions;
import org.houqin.repairs.settings.RepairSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The repair reminders, once across all nodes (ShedLock): requests past their due time are reported to the
 * dispatchers once, and requests their reporter did not check within the school's waiting time close themselves.
 */
@Component
public class RepairJobs {

    private static final Logger log = LoggerFactory.getLogger(RepairJobs.class);

    private record Due(long schoolId, long id) {
    }

    private final JdbcClient jdbc;
    private final RepairService service;
    private final RepairSettings settings;
    private final TransactionTemplate transaction;
    private final SchoolClock clock;

    RepairJobs(JdbcClient jdbc, RepairService service, RepairSettings settings, TransactionTemplate transaction,
               SchoolClock clock) {
        this.jdbc = jdbc;
        this.service = service;
        this.settings = settings;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(cron = "${houqin.repairs.jobs-cron:0 */10 * * * *}", zone = SchoolClock.SCHEDULE_ZONE)
    @SchedulerLock(name = "repairs-reminders", lockAtMostFor = "PT9M")
    public void run() {
        SystemWork.run(() -> {
            int closed = closeUnconfirmed();
            int overdue = remindOverdue();
            if (closed + overdue > 0) {
                log.info("Repairs: closed {} unconfirmed requests, reported {} overdue", closed, overdue);
            }
        });
    }

    /** @return how many requests closed themselves */
    public int closeUnconfirmed() {
        List<Long> schools = jdbc.sql("SELECT DISTINCT school_id FROM repairs.request WHERE status = 'AWAITING_CHECK'")
                .query(Long.class).list();
        int closed = 0;
        for (long school : schools) {
            closed += closeUnconfirmed(school);
        }
        return closed;
    }

    /** Each school waits its own time (报修设置's days) for the reporter's check. */
    private int closeUnconfirmed(long schoolId) {
        Duration wait = settings.of(schoolId).autoCloseAfter();
        List<Long> waiting = jdbc.sql("""
                SELECT id FROM repairs.request WHERE school_id = ? AND status = 'AWAITING_CHECK' AND finished_at < ?
                ORDER BY id LIMIT 1000""")
                .params(schoolId, java.sql.Timestamp.from(clock.now().minus(wait))).query(Long.class).list();
        int closed = 0;
        for (long id : waiting) {
            try {
                Boolean done = transaction.execute(status -> service.autoClose(schoolId, id, wait));
                closed += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (RuntimeException e) {
                // someone checked it at this very moment, or it cannot close: the others still close
                log.warn("Repair {} could not close itself: {}", id, e.getMessage());
            }
        }
        return closed;
    }

    /** @return how many overdue requests were reported to the dispatchers */
    public int remindOverdue() {
        List<Due> late = jdbc.sql("""
                SELECT school_id, id FROM repairs.request
                WHERE status IN ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'ON_HOLD', 'OUTSOURCED', 'ESCALATED')
                  AND due_at < ? AND NOT overdue_notified ORDER BY id LIMIT 1000""")
                .param(java.sql.Timestamp.from(clock.now())).query(Rows.of(Due.class)).list();
        int reminded = 0;
        for (Due due : late) {
            try {
                transaction.executeWithoutResult(status -> {
                    jdbc.sql("UPDATE repairs.request SET overdue_notified = true WHERE id = ?").param(due.id()).update();
                    service.tell(due.schoolId(), service.users(due.schoolId(), RepairsPermissions.DISPATCH),
                            "notification.repair.overdue", due.id());
                });
                reminded++;
            } catch (RuntimeException e) {
                log.warn("Repair {}: overdue reminder failed: {}", due.id(), e.getMessage());
            }
        }
        return reminded;
    }
}
