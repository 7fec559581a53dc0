package org.houqin.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.houqin.HouqinApplication;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes on one PostgreSQL (ADR 0030): a renamed room shows on the next page of the node that renamed
 * it and, within a second, on the other; what a node shows comes from its cache until the database says otherwise;
 * a node whose listening connection was cut clears its caches once it is back.
 */
@Tag("integration")
class LookupCachesAcrossNodesTest {

    private static final Duration WITHIN = Duration.ofSeconds(1);

    @Test
    void aRenamedRoomShowsOnTheNextPageOnThisNodeAndWithinASecondOnASecondNodeOfTheSameDatabase() throws Exception {
        Path folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "two-nodes-");
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().setDataDirectory(folder.resolve("pg"))
                .setOverrideWorkingDirectory(folder.resolve("bin").toFile()).start();
             var first = start(database, folder.resolve("a"), "on");
             var second = start(database, folder.resolve("b"), "off")) {
            JdbcClient sql = JdbcClient.create(database.getPostgresDatabase());
            Map<String, Object> room = sql.sql("""
                    SELECT r.id, r.building_id, r.floor, r.code, r.name, r.room_type, r.version
                    FROM places.room r WHERE EXISTS (SELECT 1 FROM assets.asset a WHERE a.room_id = r.id)
                    ORDER BY r.id LIMIT 1""").query().singleRow();
            String page = "/assets?room=" + room.get("id");
            WebUser onFirst = WebUser.login(port(first), "admin", "houqin");
            WebUser onSecond = WebUser.login(port(second), "admin", "houqin");
            assertThat(onFirst.get(page).body()).doesNotContain("缓存一号室");
            assertThat(onSecond.get(page).body()).as("the second node has cached the old name")
                    .doesNotContain("缓存一号室");

            assertThat(onFirst.post("/places/rooms/" + room.get("id"), renamed(room, "缓存一号室")).status())
                    .isEqualTo(302);
            assertThat(onFirst.get(page).body()).as("the next page on the same node").contains("缓存一号室");
            assertThat(shownWithin(onSecond, page, "缓存一号室")).as("the other node within a second").isTrue();

            sql.sql("UPDATE places.room SET name = '缓存二号室' WHERE id = ?").param(room.get("id")).update();
            assertThat(onSecond.get(page).body()).as("served from the cache: nothing told the node")
                    .contains("缓存一号室").doesNotContain("缓存二号室");
            long school = sql.sql("SELECT school_id FROM places.room WHERE id = ?").param(room.get("id"))
                    .query(Long.class).single();
            sql.sql("SELECT pg_notify('houqin_cache', ?)").param("places.rooms:" + school).query().listOfRows();
            assertThat(shownWithin(onFirst, page, "缓存二号室")).isTrue();
            assertThat(shownWithin(onSecond, page, "缓存二号室")).isTrue();

            int cut = sql.sql("""
                    SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                    WHERE application_name = 'houqin-cache-listener'""").query(Integer.class).single();
            assertThat(cut).as("one listening connection per node").isEqualTo(2);
            sql.sql("UPDATE places.room SET name = '缓存三号室' WHERE id = ?").param(room.get("id")).update();
            assertThat(shownWithin(onSecond, page, "缓存三号室", Duration.ofSeconds(5)))
                    .as("a node back from a lost connection has forgotten everything").isTrue();
            assertThat(shownWithin(onFirst, page, "缓存三号室", Duration.ofSeconds(5))).isTrue();
        }
    }

    private static Map<String, String> renamed(Map<String, Object> room, String name) {
        Map<String, String> form = new HashMap<>();
        form.put("buildingId", String.valueOf(room.get("building_id")));
        form.put("floor", String.valueOf(room.get("floor")));
        form.put("code", String.valueOf(room.get("code")));
        form.put("name", name);
        form.put("roomType", String.valueOf(room.get("room_type")));
        form.put("version", String.valueOf(room.get("version")));
        return form;
    }

    private static boolean shownWithin(WebUser user, String page, String text) {
        return shownWithin(user, page, text, WITHIN);
    }

    private static boolean shownWithin(WebUser user, String page, String text, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        do {
            if (user.get(page).body().contains(text)) {
                return true;
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        } while (System.nanoTime() < deadline);
        return false;
    }

    private static ConfigurableApplicationContext start(EmbeddedPostgres database, Path dataDir, String demo) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("houqin.db.url", database.getJdbcUrl("postgres", "postgres"));
        properties.put("houqin.db.user", "postgres");
        properties.put("houqin.db.password", "");
        properties.put("houqin.data-dir", dataDir.toString());
        properties.put("houqin.demo", demo);
        properties.put("houqin.security.password-hash-cost", "4");
        properties.put("houqin.repairs.jobs-cron", "-");
        properties.put("houqin.repairs.plans-cron", "-");
        properties.put("houqin.warehouse.alerts-cron", "-");
        properties.put("houqin.notifications.delivery-interval", "1h");
        properties.put("server.port", "0");
        properties.put("spring.main.banner-mode", "off");
        return new SpringApplicationBuilder(HouqinApplication.class).properties(properties).run();
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
