package org.houqin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The retention job runs under a database lock and never removes rows younger than 184 days. */
class AuditRetentionTest extends IntegrationTest {

    @Autowired
    AuditRetentionJobs retention;

    @Test
    void thePurgeTakesItsLockAndKeepsRecentRows() {
        long before = Demo.count(jdbc, "SELECT count(*) FROM audit.log_entry");
        retention.purge();
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM platform.shedlock WHERE name = 'audit-retention'")).isEqualTo(1);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM audit.log_entry")).isGreaterThanOrEqualTo(before);
        assertThat(Demo.count(jdbc, "SELECT audit.purge_older_than(1)")).as("a shorter setting is raised to 184 days")
                .isZero();
    }
}
