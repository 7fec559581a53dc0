package org.houqin.platform.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.houqin.HouqinApplication;
import org.houqin.repairs.RepairFixtures;
import org.houqin.support.Race;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Two application nodes on one PostgreSQL and one shared files folder, as a district runs them behind nginx: a person
 * signed in on one node goes on on the other; a photo uploaded through one is served by the other; document numbers
 * stay unique when both number at once; a renamed room shows on both (ADR 0030); and a scheduled job that both nodes
 * schedule runs once each time.
 */
@Tag("integration")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    private static final Duration WITHIN = Duration.ofSeconds(1);

    private static EmbeddedPostgres database;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static JdbcClient sql;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        Path folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "two-nodes-");
        database = EmbeddedPostgres.builder().setDataDirectory(folder.resolve("pg"))
                .setOverrideWorkingDirectory(folder.resolve("bin").toFile()).start();
        sql = JdbcClient.create(database.getPostgresDatabase());
        sql.sql("CREATE SCHEMA probe").update();
        sql.sql("CREATE TABLE probe.run (id serial, node text NOT NULL, at timestamptz NOT NULL)").update();
        LockedProbe.runs = database.getPostgresDatabase();
        first = start(folder.resolve("shared"), "on", "a");
        second = start(folder.resolve("shared"), "off", "b");
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable closing : new AutoCloseable[] {second, first, database}) {
            if (closing != null) {
                closing.close();
            }
        }
    }

    @Test
    @Order(1)
    void aPersonSignedInOnOneNodeGoesOnOnTheOtherWithoutSigningInAgain() {
        WebUser onFirst = WebUser.login(port(first), "teacher", "houqin");
        WebUser onSecond = onFirst.on(port(second));
        WebUser.Page home = onSecond.get("/repairs/new");
        assertThat(home.status()).as("the session lives in the database, not in a node").isEqualTo(200);
        long repair = new RepairFixtures(sql).report(onSecond, "A-101", "照明", "两台服务器：在第二台上报修");
        assertThat(onFirst.get("/repairs/" + repair).body()).as("and back on the first node")
                .contains("两台服务器：在第二台上报修");
    }

    @Test
    @Order(2)
    void aPhotoUploadedThroughOneNodeIsServedByTheOtherFromTheSharedFilesFolder() {
        WebUser onFirst = WebUser.login(port(first), "teacher", "houqin");
        long repair = new RepairFixtures(sql).report(onFirst, "A-101", "照明", "两台服务器：照片在第一台上传");
        String file = sql.sql("SELECT CAST(id AS varchar) FROM platform.attachment WHERE owner_type = 'repair' AND owner_id = ?")
                .param(repair).query(String.class).single();
        byte[] fromFirst = onFirst.getBytes("/repairs/" + repair + "/files/" + file);
        byte[] fromSecond = WebUser.login(port(second), "director", "houqin")
                .getBytes("/repairs/" + repair + "/files/" + file);
        assertThat(fromSecond).hasSizeGreaterThan(100).isEqualTo(fromFirst);
    }

    @Test
    @Order(3)
    void documentNumbersStayUniqueWhenBothNodesNumberAtOnce() throws Exception {
        RepairFixtures repairs = new RepairFixtures(sql);
        List<Callable<Long>> reports = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            WebUser reporter = WebUser.login(port(i % 2 == 0 ? first : second), "teacher", "houqin");
            String description = "两台服务器同时编号 " + i;
            reports.add(() -> repairs.report(reporter, "A-101", "照明", description));
        }
        List<Long> ids = Race.of(reports);
        List<String> numbers = sql.sql("SELECT number FROM repairs.request WHERE id IN (:ids)").param("ids", ids)
                .query(String.class).list();
        assertThat(numbers).hasSize(8).doesNotHaveDuplicates();
    }

    @Test
    @Order(4)
    void aRenamedRoomShowsOnTheNextPageOnThisNodeAndWithinASecondOnTheOther() {
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
        assertThat(shownWithin(onSecond, page, "缓存一号室", WITHIN)).as("the other node within a second").isTrue();

        sql.sql("UPDATE places.room SET name = '缓存二号室' WHERE id = ?").param(room.get("id")).update();
        assertThat(onSecond.get(page).body()).as("served from the cache: nothing told the node")
                .contains("缓存一号室").doesNotContain("缓存二号室");
        long school = sql.sql("SELECT school_id FROM places.room WHERE id = ?").param(room.get("id"))
                .query(Long.class).single();
        sql.sql("SELECT pg_notify('houqin_cache', ?)").param("places.rooms:" + school).query().listOfRows();
        assertThat(shownWithin(onFirst, page, "缓存二号室", WITHIN)).isTrue();
        assertThat(shownWithin(onSecond, page, "缓存二号室", WITHIN)).isTrue();

        int cut = sql.sql("""
                SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                WHERE application_name = 'houqin-cache-listener'""").query(Integer.class).single();
        assertThat(cut).as("one listening connection per node").isEqualTo(2);
        sql.sql("UPDATE places.room SET name = '缓存三号室' WHERE id = ?").param(room.get("id")).update();
        assertThat(shownWithin(onSecond, page, "缓存三号室", Duration.ofSeconds(5)))
                .as("a node back from a lost connection has forgotten everything").isTrue();
        assertThat(shownWithin(onFirst, page, "缓存三号室", Duration.ofSeconds(5))).isTrue();
    }

    /** Last, so that the nodes have been ticking through the tests before it. */
    @Test
    @Order(5)
    void aJobThatBothNodesScheduleRunsOnceEachTime() {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (ticks() < 2 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
        assertThat(ticks()).as("the probe ran at several of its times").isGreaterThanOrEqualTo(2);
        List<String> twice = sql.sql("""
                SELECT a.node || ' ' || a.at || ', ' || b.node || ' ' || b.at FROM probe.run a
                JOIN probe.run b ON b.id > a.id AND b.at - a.at < interval '2 seconds'""").query(String.class).list();
        assertThat(twice).as("runs of one scheduled instant (the job's times are three seconds apart)").isEmpty();
    }

    private static long ticks() {
        return sql.sql("SELECT count(*) FROM probe.run").query(Long.class).single();
    }

    /**
     * A job as every module writes one ({@code platform.jobs.JobLocks}), scheduled on both nodes for the same instants
     * every three seconds, leaving a row per run with the node and the time it ran. The second node's scheduler is
     * late by 400 ms, as the clocks of two servers differ, so the first node's run is long over when it asks.
     */
    static class Probe {

        private final LockedProbe locked;
        private final long lateMillis;

        Probe(LockedProbe locked, Environment environment) {
            this.locked = locked;
            this.lateMillis = "b".equals(environment.getProperty("houqin.test.node")) ? 400 : 0;
        }

        @Scheduled(cron = "*/3 * * * * *")
        public void tick() throws InterruptedException {
            Thread.sleep(lateMillis);
            locked.run();
        }
    }

    static class LockedProbe {

        static DataSource runs;

        private final String node;

        LockedProbe(Environment environment) {
            this.node = environment.getProperty("houqin.test.node");
        }

        @SchedulerLock(name = "two-nodes-probe")
        public void run() {
            JdbcClient.create(runs).sql("INSERT INTO probe.run (node, at) VALUES (?, clock_timestamp())")
                    .param(node).update();
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

    private static ConfigurableApplicationContext start(Path dataDir, String demo, String node) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("houqin.db.url", database.getJdbcUrl("postgres", "postgres"));
        properties.put("houqin.db.user", "postgres");
        properties.put("houqin.db.password", "");
        properties.put("houqin.data-dir", dataDir.toString());
        properties.put("houqin.demo", demo);
        properties.put("houqin.test.node", node);
        properties.put("houqin.security.password-hash-cost", "4");
        properties.put("houqin.repairs.jobs-cron", "-");
        properties.put("houqin.repairs.plans-cron", "-");
        properties.put("houqin.warehouse.alerts-cron", "-");
        properties.put("houqin.notifications.delivery-interval", "1h");
        properties.put("server.port", "0");
        properties.put("spring.main.banner-mode", "off");
        return new SpringApplicationBuilder(HouqinApplication.class, Probe.class, LockedProbe.class).properties(properties).run();
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
