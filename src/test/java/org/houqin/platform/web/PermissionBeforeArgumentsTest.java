package org.houqin.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/** Who may use a route is decided before what they sent is read: a stranger to it learns nothing from a 400. */
class PermissionBeforeArgumentsTest extends IntegrationTest {

    private long denials(String username, String detail) {
        return Demo.count(jdbc, "SELECT count(*) FROM audit.log_entry WHERE action = 'DENIED' AND username = ?"
                + " AND detail = ?", username, detail);
    }

    @Test
    void aTeacherLeavingOutTheVersionOfAWriteOffIsRefusedAndTheRefusalIsAuditedOnce() {
        WebUser teacher = login("teacher");
        String path = "/warehouse/write-offs/987654/cancel";
        long before = denials("teacher", "POST " + path);

        assertThat(teacher.post(path, Map.of()).status()).isEqualTo(403);

        assertThat(denials("teacher", "POST " + path)).isEqualTo(before + 1);
    }

    @Test
    void aTeacherSendingAnIdThatIsNoNumberOrABrokenBodyIsRefused() {
        WebUser teacher = login("teacher");
        assertThat(teacher.post("/warehouse/write-offs/abc/cancel", Map.of("version", "x")).status()).isEqualTo(403);
        long before = denials("teacher", "POST /api/v1/rooms");

        assertThat(teacher.sendJson("POST", "/api/v1/rooms", "{not json", null).status()).isEqualTo(403);

        assertThat(denials("teacher", "POST /api/v1/rooms")).isEqualTo(before + 1);
    }

    @Test
    void aTeacherWithEverythingInPlaceIsRefusedAndAuditedOnceAsBefore() {
        WebUser teacher = login("teacher");
        String path = "/warehouse/write-offs/987655/cancel";
        long before = denials("teacher", "POST " + path);

        assertThat(teacher.post(path, Map.of("version", "0")).status()).isEqualTo(403);

        assertThat(denials("teacher", "POST " + path)).isEqualTo(before + 1);
    }

    @Test
    void whoMayUseTheRouteStillHearsOfTheMissingOrBrokenParameter() {
        WebUser storekeeper = login("storekeeper");
        assertThat(storekeeper.post("/warehouse/write-offs/987654/cancel", Map.of()).status()).isEqualTo(400);
        assertThat(storekeeper.post("/warehouse/write-offs/abc/cancel", Map.of("version", "0")).status())
                .isEqualTo(400);
        assertThat(login("admin").sendJson("POST", "/api/v1/rooms", "{not json", null).status()).isEqualTo(400);
        assertThat(denials("storekeeper", "POST /warehouse/write-offs/987654/cancel")).isZero();
    }

    @Test
    void aRuleNamingABeanIsDecidedEarlyToo() {
        WebUser teacher = login("teacher");
        assertThat(teacher.sendJson("PUT", "/api/v1/settings/repairs", "{not json", null).status()).isEqualTo(403);
        assertThat(login("admin").sendJson("PUT", "/api/v1/settings/repairs", "{not json", null).status())
                .isEqualTo(400);
    }
}
