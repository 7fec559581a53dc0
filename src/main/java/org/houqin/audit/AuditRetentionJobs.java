package org.houqin.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.houqin.platform.HouqinProperties;
import org.houqin.platform.security.SystemWork;
import org.houqin.platform.time.SchoolClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Removes audit rows past the retention (184 days at the least, enforced again by the database function). */
@Component
public class AuditRetentionJobs {

    private static final Logger log = LoggerFactory.getLogger(AuditRetentionJobs.class);

    private final JdbcClient jdbc;
    private final int retentionDays;

    AuditRetentionJobs(JdbcClient jdbc, HouqinProperties properties) {
        this.jdbc = jdbc;
        this.retentionDays = Math.max(184, properties.audit().retentionDays());
    }

    @Scheduled(cron = "0 30 3 * * *", zone = SchoolClock.SCHEDULE_ZONE)
    @SchedulerLock(name = "audit-retention", lockAtMostFor = "PT1H")
    public void purge() {
        Long removed = SystemWork.call(() -> jdbc.sql("SELECT audit.purge_older_than(?)").param(retentionDays)
                .query(Long.class).single());
        if (removed != null && removed > 0) {
            log.info("Removed {} audit rows older than {} days", removed, retentionDays);
        }
    }
}
