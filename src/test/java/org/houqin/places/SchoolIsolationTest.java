package org.houqin.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.houqin.organization.OrganizationApi;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.DataScope;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** A user of one school never reaches another school's rows: not by id, not by API, not even by a forgotten filter. */
class SchoolIsolationTest extends IntegrationTest {

    @Autowired
    OrganizationApi organization;

    @Autowired
    TransactionTemplate transaction;

    private long otherSchool;
    private long otherRoom;

    @BeforeEach
    void anotherSchoolWithARoom() {
        Long existing = Demo.asSystem(() -> jdbc.sql("SELECT id FROM organization.school WHERE code = 'OTHER'")
                .query(Long.class).optional().orElse(null));
        otherSchool = existing != null ? existing : Demo.asSystem(() -> transaction.execute(status ->
                organization.createSchool("OTHER", "第二实验小学")));
        Demo.asSystem(() -> jdbc.sql("""
                INSERT INTO iam.app_user (school_id, username, display_name, password_hash)
                SELECT ?, 'other-school-user', '外校用户', '{noop}x'
                WHERE NOT EXISTS (SELECT 1 FROM iam.app_user WHERE username = 'other-school-user')""")
                .param(otherSchool).update());
        otherRoom = Demo.asSystem(() -> transaction.execute(status -> {
            Long room = jdbc.sql("SELECT id FROM places.room WHERE school_id = ?").param(otherSchool)
                    .query(Long.class).optional().orElse(null);
            if (room != null) {
                return room;
            }
            long campus = jdbc.sql("INSERT INTO places.campus (school_id, name) VALUES (?, '本部') RETURNING id")
                    .param(otherSchool).query(Long.class).single();
            long building = jdbc.sql("""
                    INSERT INTO places.building (school_id, campus_id, code, name, floors_above)
                    VALUES (?, ?, 'X', '综合楼', 3) RETURNING id""").params(otherSchool, campus).query(Long.class).single();
            return jdbc.sql("""
                    INSERT INTO places.room (school_id, building_id, floor, code, name, room_type, qr_token)
                    VALUES (?, ?, 1, 'X-101', '机密档案室', 'OFFICE', 'aaaaaaaaaaaaaaaaaaaaaaaa') RETURNING id""")
                    .params(otherSchool, building).query(Long.class).single();
        }));
    }

    @Test
    void anotherSchoolsRoomIsNotFoundAnywhere() {
        WebUser admin = login("admin");
        for (String path : new String[] {"/places/rooms/" + otherRoom, "/places/rooms/" + otherRoom + "/edit",
                "/places/rooms/" + otherRoom + "/qr.png", "/places/rooms/labels.pdf?id=" + otherRoom,
                "/api/v1/rooms/" + otherRoom, "/q/aaaaaaaaaaaaaaaaaaaaaaaa"}) {
            var page = admin.get(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).doesNotContain("机密档案室");
        }
        var update = admin.post("/places/rooms/" + otherRoom, Map.of("buildingId", "1", "floor", "1", "code", "HIJACK",
                "name", "被改名", "roomType", "OFFICE", "version", "0"));
        assertThat(update.status()).isEqualTo(404);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM places.room WHERE name = '被改名'")).isZero();
        assertThat(admin.getJson("/api/v1/rooms?q=" + java.net.URLEncoder.encode("机密", java.nio.charset.StandardCharsets.UTF_8)).body()).contains("\"total\":0");
    }

    @Test
    void rowLevelSecurityHidesAnotherSchoolEvenFromAQueryWithoutASchoolFilter() {
        long demo = Demo.schoolId(jdbc);
        CurrentUser someone = new CurrentUser(1, "admin", "管理员", demo, Set.of(demo), false, null, null,
                DataScope.everything(), Set.of());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(someone, null, java.util.List.of()));
        try {
            long seen = transaction.execute(status -> jdbc.sql("SELECT count(*) FROM places.room WHERE id = ?")
                    .param(otherRoom).query(Long.class).single());
            assertThat(seen).isZero();
            long own = transaction.execute(status -> jdbc.sql("SELECT count(*) FROM places.room").query(Long.class).single());
            assertThat(own).isEqualTo(Demo.count(jdbc, "SELECT count(*) FROM places.room WHERE school_id = ?", demo));
            long otherUsers = transaction.execute(status -> jdbc.sql(
                    "SELECT count(*) FROM iam.app_user WHERE school_id = ?").param(otherSchool).query(Long.class).single());
            assertThat(otherUsers).as("accounts of another school").isZero();
            long otherAudit = transaction.execute(status -> jdbc.sql(
                    "SELECT count(*) FROM audit.log_entry WHERE school_id = ?").param(otherSchool).query(Long.class).single());
            assertThat(otherAudit).as("audit rows of another school").isZero();
            var write = org.assertj.core.api.Assertions.catchThrowable(() -> transaction.execute(status ->
                    jdbc.sql("INSERT INTO places.campus (school_id, name) VALUES (?, '偷建校区')").param(otherSchool).update()));
            assertThat(write).rootCause().hasMessageContaining("row-level security");
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM places.room WHERE id = ?", otherRoom)).isEqualTo(1);
    }

    @Test
    void theDistrictAddsASchoolWithItsFirstAdministratorWhoSeesOnlyThatSchool() {
        WebUser district = login("district");
        var mismatch = district.post("/admin/schools", Map.of("schoolCode", "NEW1", "schoolName", "新建实验中学",
                "username", "newadmin", "displayName", "新校管理员", "password", "Start2026", "confirm", "Other2026"));
        assertThat(mismatch.body()).contains("两次输入的密码不一致");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM organization.school WHERE code = 'NEW1'")).isZero();

        var duplicate = district.post("/admin/schools", Map.of("schoolCode", "DEMO", "schoolName", "重名",
                "username", "dupadmin", "displayName", "x", "password", "Start2026", "confirm", "Start2026"));
        assertThat(duplicate.body()).contains("这个学校代码已被使用");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM iam.app_user WHERE username = 'dupadmin'")).isZero();

        assertThat(district.post("/admin/schools", Map.of("schoolCode", "NEW1", "schoolName", "新建实验中学",
                "username", "newadmin", "displayName", "新校管理员", "password", "Start2026", "confirm", "Start2026"))
                .redirectsTo("/admin/schools")).isTrue();
        WebUser newAdmin = WebUser.login(port, "newadmin", "Start2026");
        assertThat(newAdmin.getJson("/api/v1/rooms").body()).contains("\"total\":0");
        assertThat(newAdmin.get("/admin/roles").body()).contains("后勤主任");
        assertThat(newAdmin.get("/admin/users").body()).contains("newadmin").doesNotContain("principal");
        assertThat(login("admin").get("/admin/users?q=newadmin").body()).doesNotContain("新校管理员");
    }

    @Test
    void theDistrictAdministratorReadsEverySchoolAndSwitchesBetweenThem() {
        WebUser district = login("district");
        assertThat(district.get("/admin/schools").body()).contains("示范中学").contains("第二实验小学");
        assertThat(district.post("/schools/switch", Map.of("schoolId", String.valueOf(otherSchool))).status()).isEqualTo(302);
        assertThat(district.get("/places/rooms").body()).contains("机密档案室");
        assertThat(district.post("/places/buildings", Map.of("code", "D1", "name", "教育局想建的楼", "campusName", "本部",
                "floorsAbove", "2")).status()).as("reading many schools is not writing them").isEqualTo(403);
    }
}
