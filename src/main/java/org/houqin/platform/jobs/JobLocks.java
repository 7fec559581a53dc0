package org.houqin.platform.jobs;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs take a lock in the database (ShedLock), so with several application nodes a reminder or a purge
 * runs once. Annotate the {@code @Scheduled} method with {@code @SchedulerLock(name = "...")}.
 *
 * <p>Every node schedules the same instants. A short job is over in milliseconds and would free its lock before a
 * node whose scheduler woke a little later asks for it, which then runs the job a second time for the same instant;
 * so a lock is held for at least ten seconds. No job of Houqin runs more often than every thirty seconds (the
 * notification delivery), so no run is lost to it.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M", defaultLockAtLeastFor = "PT10S")
class JobLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("platform.shedlock")
                .usingDbTime()
                .build());
    }
}
