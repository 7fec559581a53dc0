package org.houqin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
 * Houqin on a PostgreSQL it did not start (HOUQIN_DB_URL), as in production: no demo data, no default account, a
 * one-time setup page; and on the embedded default, data that survives a restart.
 */
@Tag("integration")
class ProductionModeTest {

    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        return new SpringApplicationBuilder(HouqinApplication.class).properties(properties)
                .properties(Map.of("server.port", "0", "spring.main.banner-mode", "off")).run();
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void anExternalDatabaseStartsEmptyAsksForTheFirstAdministratorOnceAndKeepsDataAcrossRestarts() throws Exception {
        Path folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "external-pg-");
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(folder.resolve("pg"))
                .setOverrideWorkingDirectory(folder.resolve("bin").toFile()).start()) {
            Map<String, Object> production = Map.of("houqin.db.url", external.getJdbcUrl("postgres", "postgres"),
                    "houqin.db.user", "postgres", "houqin.db.password", "", "houqin.data-dir", folder.resolve("app").toString());
            try (var app = start(production)) {
                JdbcClient jdbc = JdbcClient.create(external.getPostgresDatabase());
                assertThat(jdbc.sql("SELECT count(*) FROM iam.app_user").query(Long.class).single()).isZero();
                assertThat(jdbc.sql("SELECT count(*) FROM organization.school").query(Long.class).single()).isZero();
                assertThat(Files.exists(folder.resolve("app/pg"))).as("no embedded database started").isFalse();

                WebUser visitor = WebUser.anonymous(port(app));
                assertThat(visitor.get("/login").redirectsTo("/setup")).isTrue();
                assertThat(visitor.tryLogin("admin", "houqin").redirectsTo("/")).as("no default account").isFalse();
                var weak = visitor.postWithoutToken("/setup", Map.of());
                assertThat(weak.status()).isEqualTo(403);
                String setupPage = visitor.get("/setup").body();
                String token = setupPage.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
                var tooShort = visitor.postWithoutToken("/setup", Map.of("_csrf", token, "schoolCode", "S1",
                        "schoolName", "城东中学", "username", "root", "displayName", "管理员", "password", "short",
                        "confirm", "short"));
                assertThat(tooShort.body()).contains("密码至少 8 位");
                var done = visitor.postWithoutToken("/setup", Map.of("_csrf", token, "schoolCode", "S1",
                        "schoolName", "城东中学", "username", "root", "displayName", "管理员", "password", "Str0ngPass",
                        "confirm", "Str0ngPass"));
                assertThat(done.redirectsTo("/login")).isTrue();
                var again = visitor.postWithoutToken("/setup", Map.of("_csrf", token, "schoolCode", "S2",
                        "schoolName", "第二次", "username", "root2", "displayName", "又一个", "password", "Str0ngPass",
                        "confirm", "Str0ngPass"));
                assertThat(again.redirectsTo("/login")).isTrue();
                assertThat(jdbc.sql("SELECT count(*) FROM iam.app_user").query(Long.class).single()).isEqualTo(1);
                assertThat(WebUser.login(port(app), "root", "Str0ngPass").get("/").body()).contains("管理员");
            }
            try (var restarted = start(production)) {
                assertThat(WebUser.login(port(restarted), "root", "Str0ngPass").get("/admin/users").body())
                        .contains("root");
            }
        }
    }

    @Test
    void theEmbeddedDatabaseKeepsItsDataAndLoadsTheDemoSchoolOnlyOnce() throws Exception {
        Path folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "embedded-");
        Map<String, Object> embedded = Map.of("houqin.data-dir", folder.toString());
        long rooms;
        try (var first = start(embedded)) {
            WebUser admin = WebUser.login(port(first), "admin", "houqin");
            assertThat(admin.post("/org/departments", Map.of("code", "KEEP", "name", "重启后还在的部门")).status())
                    .isEqualTo(302);
            rooms = first.getBean(JdbcClient.class).sql("SELECT count(*) FROM places.room").query(Long.class).single();
        }
        try (var second = start(embedded)) {
            WebUser admin = WebUser.login(port(second), "admin", "houqin");
            assertThat(admin.get("/org/departments").body()).contains("重启后还在的部门");
            assertThat(org.houqin.platform.security.SystemWork.call(() -> second.getBean(JdbcClient.class)
                    .sql("SELECT count(*) FROM places.room").query(Long.class).single())).isEqualTo(rooms);
        }
    }
}
