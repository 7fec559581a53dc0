package org.houqin.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The embedded PostgreSQL a school runs by default keeps every confirmed commit through a power cut. */
class DurableDatabaseTest extends IntegrationTest {

    @Test
    void theEmbeddedServerRunsWithPostgresqlsDurableSettings() {
        for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
            assertThat(jdbc.sql("SHOW " + setting).query(String.class).single()).as(setting).isEqualTo("on");
        }
    }
}
