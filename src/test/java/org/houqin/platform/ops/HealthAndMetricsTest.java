package org.houqin.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.houqin.support.WebUser.Page;
import org.junit.jupiter.api.Test;

class HealthAndMetricsTest extends IntegrationTest {

    private static final Pattern RAW_ID_IN_URI = Pattern.compile("uri=\"[^\"]*/\\d+[/\"]");

    @Test
    void anAnonymousProbeReadsTheStatusAndNothingElse() {
        Page health = anonymous().getJson("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("details");
    }

    @Test
    void livenessAndReadinessAnswerAnonymousProbes() {
        assertThat(anonymous().getJson("/actuator/health/liveness").body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(anonymous().getJson("/actuator/health/readiness").body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void theAdministratorSeesThatReadinessIncludesTheDatabase() {
        Page readiness = login("admin").getJson("/actuator/health/readiness");

        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"db\"").contains("\"readinessState\"");
    }

    @Test
    void anAnonymousVisitorGetsNoMetricsNorHealthDetails() {
        for (String path : new String[] {"/actuator/prometheus", "/actuator/metrics", "/actuator/health/db"}) {
            Page page = anonymous().get(path);

            assertThat(page.status()).as(path).isEqualTo(401);
            assertThat(page.body()).as(path).doesNotContain("hikaricp").doesNotContain("\"status\"");
        }
    }

    @Test
    void aTeacherIsRefusedTheMetricsAndSeesNoHealthDetails() {
        WebUser teacher = login("teacher");

        assertThat(teacher.get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(teacher.get("/actuator/metrics").status()).isEqualTo(403);
        assertThat(teacher.getJson("/actuator/health").body()).doesNotContain("components");
    }

    @Test
    void theRestOfTheActuatorIsNotExposed() {
        WebUser admin = login("admin");

        assertThat(admin.get("/actuator/env").status()).isEqualTo(404);
        assertThat(admin.get("/actuator/beans").status()).isEqualTo(404);
    }

    @Test
    void theAdministratorScrapesRouteTimingsThePoolTheOutboxAndFailedSignIns() {
        anonymous().tryLogin("nobody-of-this-school", "wrong");
        WebUser admin = login("admin");
        long room = Demo.ids(jdbc, "SELECT id FROM places.room ORDER BY id LIMIT 1").get(0);
        assertThat(admin.get("/places/rooms/" + room).status()).isEqualTo(200);

        Page metrics = admin.get("/actuator/prometheus");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("http_server_requests_seconds_count{")
                .contains("uri=\"/places/rooms/{id}\"")
                .contains("hikaricp_connections_active{")
                .contains("houqin_outbox_backlog")
                .contains("houqin_logins_locked_total")
                .containsPattern("houqin_logins_failed_total(\\{[^}]*})? [1-9]");
        assertThat(RAW_ID_IN_URI.matcher(metrics.body()).find()).as("a raw id in a uri tag").isFalse();
    }

    @Test
    void theAdministratorReadsTheHealthDetails() {
        Page health = login("admin").getJson("/actuator/health");

        assertThat(health.body()).contains("\"components\"").contains("\"db\"");
    }
}
