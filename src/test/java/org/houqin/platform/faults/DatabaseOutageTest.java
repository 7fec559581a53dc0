package org.houqin.platform.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

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
 * The database stops under a running node and comes back: meanwhile pages answer 503 with a reference and the API a
 * problem document, a report sent then is not saved in part or whole, and afterwards the node serves again without a
 * restart, with everyone still signed in.
 */
@Tag("integration")
class DatabaseOutageTest {

    @Test
    void whileTheDatabaseIsDownPagesAnswer503WithAReferenceAndTheNodeRecoversByItselfWhenItIsBack() throws Exception {
        Path folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "outage-");
        EmbeddedPostgres database = database(folder, 0);
        int port = database.getPort();
        try (ConfigurableApplicationContext node = start(database, folder.resolve("data"))) {
            int web = Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
            WebUser teacher = WebUser.login(web, "teacher", "houqin");
            String token = WebUser.login(web, "director", "houqin").newToken("停库测试");
            RepairFixtures repairs = new RepairFixtures(JdbcClient.create(database.getPostgresDatabase()));
            long before = repairs.report(teacher, "A-101", "照明", "停库前的报修");
            var key = teacher.get("/repairs/new");
            assertThat(key.status()).isEqualTo(200);

            database.close();

            WebUser.Page page = teacher.get("/repairs");
            assertThat(page.status()).isEqualTo(503);
            assertThat(page.body()).contains("系统暂时无法使用").contains("错误编号").doesNotContain("Exception")
                    .doesNotContain("SQL");
            WebUser.Page api = teacher.getWithToken("/api/v1/repairs", token);
            assertThat(api.status()).isEqualTo(503);
            assertThat(api.body()).contains("\"reference\"").contains("\"status\":503");
            WebUser.Page report = teacher.post("/repairs", Map.of("description", "停库时的报修"));
            assertThat(report.status()).isEqualTo(503);

            database = database(folder, port);
            WebUser.Page back = waitFor(teacher, "/repairs/" + before, Duration.ofSeconds(30));
            assertThat(back.status()).as("served again, and still signed in").isEqualTo(200);
            assertThat(back.body()).contains("停库前的报修");
            assertThat(JdbcClient.create(database.getPostgresDatabase())
                    .sql("SELECT count(*) FROM repairs.request WHERE description = '停库时的报修'").query(Long.class)
                    .single()).isZero();
            long after = new RepairFixtures(JdbcClient.create(database.getPostgresDatabase()))
                    .report(teacher, "A-101", "照明", "恢复后的报修");
            assertThat(after).isGreaterThan(before);
        } finally {
            database.close();
        }
    }

    private static WebUser.Page waitFor(WebUser user, String path, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        WebUser.Page page;
        do {
            page = user.get(path);
            if (page.status() == 200) {
                return page;
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        } while (System.nanoTime() < deadline);
        return page;
    }

    private static EmbeddedPostgres database(Path folder, int port) throws java.io.IOException {
        return EmbeddedPostgres.builder().setDataDirectory(folder.resolve("pg")).setCleanDataDirectory(false)
                .setPort(port).setOverrideWorkingDirectory(folder.resolve("bin").toFile()).start();
    }

    private static ConfigurableApplicationContext start(EmbeddedPostgres database, Path dataDir) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("houqin.db.url", database.getJdbcUrl("postgres", "postgres"));
        properties.put("houqin.db.user", "postgres");
        properties.put("houqin.db.password", "");
        properties.put("houqin.data-dir", dataDir.toString());
        properties.put("houqin.demo", "on");
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
