package org.houqin.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/**
 * A signed-in person who scans a room's label opens its page even when the room is outside the rooms their data
 * scope lists (the guard at a fire point in another building); a room they did not scan stays out of reach.
 */
class ScannedRoomTest extends IntegrationTest {

    @Test
    void theGuardScanningALabelOutsideTheirRoomsOpensThatRoomAndNoOther() {
        long school = Demo.schoolId(jdbc);
        List<Map<String, Object>> outside = Demo.asSystem(() -> jdbc.sql("""
                SELECT r.id, r.qr_token, r.name FROM places.room r
                WHERE r.school_id = ? AND r.responsible_staff_id IS DISTINCT FROM
                      (SELECT staff_id FROM iam.app_user WHERE username = 'guard')
                ORDER BY r.id LIMIT 2""").param(school).query().listOfRows());
        long scanned = ((Number) outside.get(0).get("id")).longValue();
        long other = ((Number) outside.get(1).get("id")).longValue();
        WebUser guard = login("guard");
        assertThat(guard.get("/places/rooms/" + scanned).status()).as("before scanning: outside the guard's rooms")
                .isEqualTo(404);

        WebUser.Page entry = guard.get("/q/" + outside.get(0).get("qr_token"));

        assertThat(entry.redirectsTo("/places/rooms/" + scanned)).isTrue();
        assertThat(guard.get("/places/rooms/" + scanned).body()).contains((String) outside.get(0).get("name"));
        assertThat(guard.get("/places/rooms/" + other).status()).as("a room not scanned").isEqualTo(404);
        assertThat(login("guard").get("/places/rooms/" + scanned).status()).as("another session of the guard")
                .isEqualTo(404);
    }
}
