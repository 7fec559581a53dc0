package org.houqin.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.houqin.HouqinApplication;
import org.houqin.repairs.RepairFixtures;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database made by the previous release (its demo school, restored from the archive in
 * {@code src/test/resources/upgrade/}) migrates to this build at start-up and is used: people sign in with their
 * passwords, their repairs and assets are there, a new repair is reported, and the modules this release added open.
 */
@Tag("integration")
class UpgradeTest {

    private static final String PREVIOUS = "20261207.1800";

    @Test
    void theDemoSchoolOfRelease010MigratesToThisBuildAndIsUsed() throws Exception {
        Path folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "upgrade-");
        Path archive = folder.resolve("houqin-0.1.0-demo.zip");
        try (var fixture = UpgradeTest.class.getResourceAsStream("/upgrade/houqin-0.1.0-demo.zip")) {
            Files.copy(fixture, archive);
        }
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(folder.resolve("pg"))
                .setOverrideWorkingDirectory(folder.resolve("bin").toFile()).start()) {
            JdbcClient postgres = JdbcClient.create(server.getPostgresDatabase());
            postgres.sql("CREATE DATABASE houqin ENCODING 'UTF8' TEMPLATE template0").update();
            String url = server.getJdbcUrl("postgres", "houqin");
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            int restored = new BackupCommand(new PrintStream(printed, true, StandardCharsets.UTF_8)).execute(
                    new String[] {"restore", "--from", archive.toString(), "--houqin.db.url=" + url,
                            "--houqin.db.user=postgres", "--houqin.data-dir=" + folder.resolve("data")});
            assertThat(restored).as(printed.toString(StandardCharsets.UTF_8)).isZero();
            JdbcClient sql = JdbcClient.create(server.getDatabase("postgres", "houqin"));
            assertThat(newest(sql)).as("the previous release's schema").isEqualTo(PREVIOUS);

            try (ConfigurableApplicationContext app = start(url, folder.resolve("data"))) {
                assertThat(newest(sql)).as("migrated to this build").isGreaterThan(PREVIOUS);
                assertThat(sql.sql("SELECT count(*) FROM flyway_schema_history WHERE NOT success").query(Long.class)
                        .single()).isZero();
                int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
                WebUser director = WebUser.login(port, "director", "houqin");
                String oldRepair = sql.sql("SELECT number FROM repairs.request ORDER BY id LIMIT 1")
                        .query(String.class).single();
                assertThat(director.get("/repairs?q=" + oldRepair).body()).contains(oldRepair);
                assertThat(director.get("/assets").status()).isEqualTo(200);
                assertThat(director.get("/safety/hazards").status()).as("a module this release added").isEqualTo(200);
                long repair = new RepairFixtures(sql).report(WebUser.login(port, "teacher", "houqin"), "A-101", "照明",
                        "升级后的第一张报修单");
                assertThat(director.get("/repairs/" + repair).body()).contains("升级后的第一张报修单");
            }
        }
    }

    private static String newest(JdbcClient sql) {
        return sql.sql("SELECT version FROM flyway_schema_history WHERE version IS NOT NULL"
                + " ORDER BY installed_rank DESC LIMIT 1").query(String.class).single();
    }

    private static ConfigurableApplicationContext start(String url, Path dataDir) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("houqin.db.url", url);
        properties.put("houqin.db.user", "postgres");
        properties.put("houqin.db.password", "");
        properties.put("houqin.data-dir", dataDir.toString());
        properties.put("houqin.demo", "off");
        properties.put("houqin.security.password-hash-cost", "4");
        properties.put("houqin.repairs.jobs-cron", "-");
        properties.put("houqin.repairs.plans-cron", "-");
        properties.put("houqin.warehouse.alerts-cron", "-");
        properties.put("houqin.notifications.delivery-interval", "1h");
        properties.put("server.port", "0");
        properties.put("spring.main.banner-mode", "off");
        return new SpringApplicationBuilder(HouqinApplication.class).properties(properties).run();
    }
}
