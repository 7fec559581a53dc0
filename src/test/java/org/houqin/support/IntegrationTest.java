package org.houqin.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context every integration and browser test shares: the real application on a random port with
 * its embedded PostgreSQL in a fresh folder under target/, and the demo school loaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("integration")
public abstract class IntegrationTest {

    private static final Path DATA_DIR;

    static {
        try {
            Files.createDirectories(Path.of("target"));
            DATA_DIR = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "it-data-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("houqin.data-dir", DATA_DIR::toString);
        registry.add("houqin.demo", () -> "on");
        registry.add("houqin.public-url", () -> "http://localhost:8080");
        // bcrypt at its lowest cost: a few hundred sign-ins, each ~60 ms at the production cost (PasswordCostTest)
        registry.add("houqin.security.password-hash-cost", () -> "4");
        // every API test signs in and makes tokens for the same demo people; a school's people hold at most 20
        registry.add("houqin.security.max-api-tokens-per-user", () -> "1000");
        // scheduled jobs run only when a test calls them
        registry.add("houqin.repairs.jobs-cron", () -> "-");
        registry.add("houqin.repairs.plans-cron", () -> "-");
        registry.add("houqin.warehouse.alerts-cron", () -> "-");
        registry.add("houqin.files.sweep-cron", () -> "-");
        registry.add("houqin.routines.rounds-cron", () -> "-");
        registry.add("houqin.routines.notices-cron", () -> "-");
        // Tests post to fake group robots on localhost over plain http, which production refuses.
        registry.add("houqin.notifications.webhook-allowed-hosts",
                () -> "qyapi.weixin.qq.com,oapi.dingtalk.com,http://localhost");
        // Tests run the delivery job themselves; a scheduled run in between would take the lock and their rows.
        registry.add("houqin.notifications.delivery-interval", () -> "1h");
    }

    protected WebUser login(String username) {
        return WebUser.login(port, username, "houqin");
    }

    protected WebUser anonymous() {
        return WebUser.anonymous(port);
    }
}
