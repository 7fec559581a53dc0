package org.houqin.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/** Vertical access, CSRF, the API's answers to strangers, and lists that agree with details. */
class AccessControlTest extends IntegrationTest {

    @Test
    void teachersAndGuardsAreRefusedEveryAdminWriteAndNothingChanges() {
        long users = Demo.count(jdbc, "SELECT count(*) FROM iam.app_user");
        long buildings = Demo.count(jdbc, "SELECT count(*) FROM places.building");
        long departments = Demo.count(jdbc, "SELECT count(*) FROM organization.department");
        long roles = Demo.count(jdbc, "SELECT count(*) FROM iam.role");
        long adminId = Demo.userId(jdbc, "admin");
        for (String name : List.of("teacher", "guard")) {
            WebUser user = login(name);
            assertThat(user.post("/admin/users", Map.of("username", "intruder", "displayName", "x", "password", "abcd1234"))
                    .status()).isEqualTo(403);
            assertThat(user.post("/admin/users/" + adminId + "/enabled", Map.of("enabled", "false")).status()).isEqualTo(403);
            assertThat(user.post("/admin/users/" + adminId + "/password", Map.of("password", "taken0ver")).status()).isEqualTo(403);
            assertThat(user.post("/admin/roles", Map.of("code", "X", "name", "x", "dataScope", "ALL")).status()).isEqualTo(403);
            assertThat(user.post("/places/buildings", Map.of("code", "Z", "name", "z", "campusName", "主校区",
                    "floorsAbove", "3")).status()).isEqualTo(403);
            assertThat(user.post("/org/departments", Map.of("code", "Z", "name", "z")).status()).isEqualTo(403);
            assertThat(user.post("/org/semesters", Map.of("schoolYear", "2030-2031", "name", "x",
                    "startsOn", "2030-09-01", "endsOn", "2031-01-20")).status()).isEqualTo(403);
            assertThat(user.get("/admin/audit").status()).isEqualTo(403);
            assertThat(user.get("/org/staff/export.xlsx").status()).isEqualTo(403);
            assertThat(user.get("/admin/users/export.xlsx").status()).isEqualTo(403);
            assertThat(user.get("/admin/audit/export.xlsx").status()).isEqualTo(403);
            assertThat(user.get("/org/staff/1/edit").status()).isEqualTo(403);
        }
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM iam.app_user")).isEqualTo(users);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM places.building")).isEqualTo(buildings);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM organization.department")).isEqualTo(departments);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM iam.role")).isEqualTo(roles);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM iam.app_user WHERE id = ? AND enabled", adminId)).isEqualTo(1);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM audit.log_entry WHERE action = 'DENIED' AND username = 'guard'"))
                .isGreaterThanOrEqualTo(9);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        WebUser admin = login("admin");
        long before = Demo.count(jdbc, "SELECT count(*) FROM places.building");
        var page = admin.postWithoutToken("/places/buildings", Map.of("code", "CSRF", "name", "无令牌楼",
                "campusName", "主校区", "floorsAbove", "3"));
        assertThat(page.status()).isEqualTo(403);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM places.building")).isEqualTo(before);
    }

    @Test
    void strangersGet401JsonFromTheApiAndTheSignInPageElsewhere() {
        WebUser stranger = anonymous();
        var api = stranger.getJson("/api/v1/rooms");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.body()).contains("\"status\":401");
        assertThat(stranger.get("/places/rooms").redirectsTo("/login")).isTrue();
        assertThat(stranger.getWithToken("/api/v1/rooms", "hq_not-a-real-token").status()).isEqualTo(401);
    }

    @Test
    void theRoomsATeacherCanListAreExactlyTheRoomsTheTeacherCanOpen() {
        WebUser teacher = login("teacher");
        Set<Long> listed = new HashSet<>();
        Pattern id = Pattern.compile("\"id\":(\\d+),\"code\"");
        for (int page = 1; page <= 20; page++) {
            Matcher matcher = id.matcher(teacher.getJson("/api/v1/rooms?page=" + page).body());
            int found = 0;
            while (matcher.find()) {
                listed.add(Long.parseLong(matcher.group(1)));
                found++;
            }
            if (found == 0) {
                break;
            }
        }
        assertThat(listed).isNotEmpty();
        List<Long> all = Demo.ids(jdbc, "SELECT id FROM places.room WHERE school_id = ?", Demo.schoolId(jdbc));
        List<Long> opened = new ArrayList<>();
        for (long room : all) {
            int status = teacher.getJson("/api/v1/rooms/" + room).status();
            assertThat(status).isIn(200, 404);
            if (status == 200) {
                opened.add(room);
            }
        }
        assertThat(new HashSet<>(opened)).isEqualTo(listed);
        assertThat(listed.size()).isLessThan(all.size());
    }

    @Test
    void theDirectorSeesTheWholeSchoolsRooms() {
        var page = login("director").getJson("/api/v1/rooms");
        long rooms = Demo.count(jdbc, "SELECT count(*) FROM places.room WHERE school_id = ?", Demo.schoolId(jdbc));
        assertThat(page.body()).contains("\"total\":" + rooms);
    }
}
