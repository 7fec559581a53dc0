package org.houqin.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.houqin.HouqinApplication;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An upgrade whose migration fails leaves the database as the old version left it: the new version does not start,
 * nothing of the failed migration stays (not its first statement, not a failed row in Flyway's history that would
 * need a repair), and the old version starts and serves again.
 */
@Tag("integration")
class FailedMigrationTest {

    @Test
    void aMigrationThatFailsHalfWayLeavesNothingAndTheOldVersionStartsAgain() throws Exception {
        Path folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "failed-migration-");
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().setDataDirectory(folder.resolve("pg"))
                .setOverrideWorkingDirectory(folder.resolve("bin").toFile()).start()) {
            JdbcClient sql = JdbcClient.create(database.getPostgresDatabase());
            start(database, folder, "classpath:db/migration").close();
            long applied = migrations(sql);

            assertThatThrownBy(() -> start(database, folder, "classpath:db/migration,classpath:db/broken"))
                    .as("the new version does not start").hasStackTraceContaining("V29991231_0000");

            assertThat(migrations(sql)).as("no row for the failed migration").isEqualTo(applied);
            assertThat(sql.sql("SELECT count(*) FROM flyway_schema_history WHERE NOT success").query(Long.class)
                    .single()).isZero();
            assertThat(sql.sql("""
                    SELECT count(*) FROM information_schema.columns
                    WHERE table_schema = 'repairs' AND table_name = 'request' AND column_name = 'upgraded_half_way'""")
                    .query(Long.class).single()).as("the failed migration's first statement").isZero();
            try (ConfigurableApplicationContext old = start(database, folder, "classpath:db/migration")) {
                int port = Integer.parseInt(old.getEnvironment().getProperty("local.server.port"));
                assertThat(WebUser.anonymous(port).get("/actuator/health/readiness").status()).isEqualTo(200);
            }
        }
    }

    private static long migrations(JdbcClient sql) {
        return sql.sql("SELECT count(*) FROM flyway_schema_history").query(Long.class).single();
    }

    private static ConfigurableApplicationContext start(EmbeddedPostgres database, Path folder, String locations) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("houqin.db.url", database.getJdbcUrl("postgres", "postgres"));
        properties.put("houqin.db.user", "postgres");
        properties.put("houqin.db.password", "");
        properties.put("houqin.data-dir", folder.resolve("data").toString());
        properties.put("houqin.demo", "off");
        properties.put("houqin.repairs.jobs-cron", "-");
        properties.put("houqin.repairs.plans-cron", "-");
        properties.put("houqin.warehouse.alerts-cron", "-");
        properties.put("houqin.notifications.delivery-interval", "1h");
        properties.put("server.port", "0");
        properties.put("spring.main.banner-mode", "off");
        // an argument, since the builder's properties are defaults that application.properties overrides
        return new SpringApplicationBuilder(HouqinApplication.class).properties(properties)
                .run("--spring.flyway.locations=" + locations);
    }
}
