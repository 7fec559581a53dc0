package org.houqin.safety.drill;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.houqin.notifications.Notifications;
import org.houqin.platform.db.Rows;
import org.houqin.platform.security.SystemWork;
import org.houqin.platform.time.SchoolClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The day before a drill its organizer is reminded, once: the job runs on one node at a time (ShedLock), and each
 * drill is marked reminded by an update that only one run can make, so two runs at once still send one reminder.
 */
@Component
public class DrillJobs {

    private static final Logger log = LoggerFactory.getLogger(DrillJobs.class);

    private record Due(long schoolId, long id, String number, String title, Instant plannedAt,
                       long organizerUserId) {
    }

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final TransactionTemplate transaction;
    private final SchoolClock clock;

    DrillJobs(JdbcClient jdbc, Notifications notifications, TransactionTemplate transaction, SchoolClock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(cron = "${houqin.safety.drill-reminders-cron:0 0 * * * *}", zone = SchoolClock.SCHEDULE_ZONE)
    @SchedulerLock(name = "safety-drill-reminders", lockAtMostFor = "PT30M")
    public void run() {
        SystemWork.run(() -> {
            int reminded = remindTomorrow();
            if (reminded > 0) {
                log.info("Drills: reminded the organizers of {} drills planned for tomorrow", reminded);
            }
        });
    }

    /** @return how many organizers were reminded of tomorrow's drills by this run */
    public int remindTomorrow() {
        LocalDate tomorrow = clock.today().plusDays(1);
        List<Due> due = jdbc.sql("""
                SELECT school_id, id, number, title, planned_at, organizer_user_id FROM safety.drill
                WHERE status = 'PLANNED' AND reminded_at IS NULL AND planned_at >= ? AND planned_at < ?
                ORDER BY id LIMIT 1000""")
                .params(Timestamp.from(clock.startOf(tomorrow)), Timestamp.from(clock.startOf(tomorrow.plusDays(1))))
                .query(Rows.of(Due.class)).list();
        int reminded = 0;
        for (Due drill : due) {
            try {
                reminded += Boolean.TRUE.equals(transaction.execute(status -> remind(drill))) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Drill {}: the reminder failed: {}", drill.id(), e.getClass().getSimpleName());
            }
        }
        return reminded;
    }

    private boolean remind(Due drill) {
        int marked = jdbc.sql("""
                UPDATE safety.drill SET reminded_at = ?
                WHERE id = ? AND status = 'PLANNED' AND reminded_at IS NULL AND planned_at = ?""")
                .params(Timestamp.from(clock.now()), drill.id(), Timestamp.from(drill.plannedAt())).update();
        if (marked == 1) {
            notifications.notify(drill.schoolId(), List.of(drill.organizerUserId()), "drill.notification.tomorrow",
                    List.of(drill.number(), drill.title(), clock.at(drill.plannedAt()).toLocalTime().toString()),
                    DrillDocuments.DRILL.link(drill.id()));
        }
        return marked == 1;
    }
}
