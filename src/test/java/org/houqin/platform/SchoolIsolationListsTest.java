package org.houqin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;

import org.houqin.organization.OrganizationApi;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.DataScope;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Row-level security checks the school scope once per query (ADR 0028) and still keeps another school out of every
 * module's main list: a second school with a record on each list, none of which a user of the demo school sees, while
 * the district sees both schools.
 */
class SchoolIsolationListsTest extends IntegrationTest {

    /** In every name and number of the second school's records, and nowhere in the demo school. */
    private static final String MARK = "鹭岛";

    /** The tables behind the main lists, each holding one record of the second school. */
    private static final List<String> TABLES = List.of("places.room", "organization.staff", "repairs.request",
            "warehouse.item", "warehouse.balance", "warehouse.requisition", "assets.asset", "approval.request",
            "approval.step");

    @Autowired
    OrganizationApi organization;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    private long demo;
    private long other;

    @BeforeEach
    void aSecondSchoolWithARecordOnEveryList() {
        demo = Demo.schoolId(jdbc);
        Long existing = Demo.asSystem(() -> jdbc.sql("SELECT id FROM organization.school WHERE code = 'LUDAO'")
                .query(Long.class).optional().orElse(null));
        if (existing != null) {
            other = existing;
            return;
        }
        other = Demo.asSystem(() -> transaction.execute(status -> organization.createSchool("LUDAO", "鹭岛实验学校")));
        SecondSchool.fill(JdbcClient.create(owner), other, Demo.userId(jdbc, "director"));
    }

    @Test
    void aUserOfTheDemoSchoolSeesNoneOfTheSecondSchoolsRecordsOnAnyList() {
        Map<String, WebUser> users = Map.of("admin", login("admin"), "director", login("director"));
        String[][] lists = {
                {"admin", "/places/rooms"}, {"admin", "/api/v1/rooms"},
                {"admin", "/org/staff"}, {"admin", "/api/v1/staff"},
                {"director", "/repairs"}, {"director", "/api/v1/repairs"},
                {"director", "/warehouse/items"}, {"director", "/warehouse/stock"}, {"director", "/api/v1/stock"},
                {"director", "/warehouse/requisitions"}, {"director", "/api/v1/requisitions"},
                {"director", "/assets"},
                {"director", "/approvals"}, {"director", "/api/v1/approvals/inbox"}};
        for (String[] list : lists) {
            WebUser user = users.get(list[0]);
            var page = list[1].startsWith("/api/") ? user.getJson(list[1]) : user.get(list[1]);
            assertThat(page.status()).as(list[1]).isEqualTo(200);
            assertThat(page.body()).as(list[1]).doesNotContain(MARK)
                    .doesNotContain("LD-101", "LD-001", "BX-LD", "LD-ITEM", "LY-LD", "ZC-LD");
        }
    }

    @Test
    void theDistrictSeesBothSchoolsOnTheListsItReads() {
        WebUser district = login("district");
        String demoRoom = Demo.asSystem(() -> jdbc.sql("SELECT name FROM places.room WHERE school_id = ? ORDER BY id")
                .param(demo).query(String.class).list().get(0));

        assertThat(district.post("/schools/switch", Map.of("schoolId", String.valueOf(other))).status()).isEqualTo(302);
        assertThat(district.get("/places/rooms").body()).contains(MARK + "机房").doesNotContain(demoRoom);
        assertThat(district.getJson("/api/v1/rooms").body()).contains(MARK + "机房");
        assertThat(district.get("/org/staff").body()).contains(MARK + "员工");
        assertThat(district.getJson("/api/v1/staff").body()).contains(MARK + "员工");

        assertThat(district.post("/schools/switch", Map.of("schoolId", String.valueOf(demo))).status()).isEqualTo(302);
        // the school switcher names the second school; its records stay on its own lists
        assertThat(district.get("/places/rooms?q=" + encode(demoRoom)).body()).contains(demoRoom)
                .doesNotContain(MARK + "机房");
        assertThat(district.get("/org/staff?q=" + encode("王国强")).body()).contains("王国强")
                .doesNotContain(MARK + "员工");
        assertThat(district.get("/places/rooms").body()).doesNotContain(MARK + "机房");
    }

    @Test
    void thePoliciesHideTheSecondSchoolFromTheDemoSchoolAndShowBothToTheDistrict() {
        for (String table : TABLES) {
            String sql = "SELECT count(*) FROM " + table + " WHERE school_id = ?";
            assertThat(seenBy(user(false), () -> count(sql, other)))
                    .as(table + " of the second school, as the demo school").isZero();
            assertThat(seenBy(user(true), () -> count(sql, other)))
                    .as(table + " of the second school, as the district")
                    .isEqualTo(Demo.count(jdbc, sql, other)).isPositive();
            assertThat(seenBy(user(true), () -> count(sql, demo))).as(table + " of the demo school, as the district")
                    .isEqualTo(seenBy(user(false), () -> count(sql, demo)));
        }
        assertThat(seenBy(user(false), () -> count("SELECT count(*) FROM places.room", null)))
                .as("every room the demo school sees, without a school filter")
                .isEqualTo(Demo.count(jdbc, "SELECT count(*) FROM places.room WHERE school_id = ?", demo)).isPositive();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private CurrentUser user(boolean district) {
        return district
                ? new CurrentUser(1, "district", "教育局", demo, Set.of(demo), true, null, null, DataScope.everything(),
                        Set.of())
                : new CurrentUser(1, "admin", "管理员", demo, Set.of(demo), false, null, null, DataScope.everything(),
                        Set.of());
    }

    private long count(String sql, Long school) {
        var statement = jdbc.sql(sql);
        return (school == null ? statement : statement.param(school)).query(Long.class).single();
    }

    private <T> T seenBy(CurrentUser someone, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(someone, null, List.of()));
        try {
            return transaction.execute(status -> work.get());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The second school's records, written as the owner (past row-level security), one per list. */
    private static final class SecondSchool {

        static void fill(JdbcClient sql, long school, long demoDirector) {
            long user = id(sql.sql("""
                    INSERT INTO iam.app_user (school_id, username, display_name, password_hash)
                    VALUES (?, 'ludao-teacher', '鹭岛教师', '{noop}x') RETURNING id""").param(school));
            long campus = id(sql.sql("INSERT INTO places.campus (school_id, name) VALUES (?, '鹭岛校区') RETURNING id")
                    .param(school));
            long building = id(sql.sql("""
                    INSERT INTO places.building (school_id, campus_id, code, name, floors_above)
                    VALUES (?, ?, 'LD', '鹭岛楼', 3) RETURNING id""").params(school, campus));
            sql.sql("""
                    INSERT INTO places.room (school_id, building_id, floor, code, name, room_type, qr_token)
                    VALUES (?, ?, 1, 'LD-101', '鹭岛机房', 'OFFICE', 'ludaoludaoludaoludao0001')""")
                    .params(school, building).update();
            sql.sql("INSERT INTO organization.staff (school_id, employee_no, name) VALUES (?, 'LD-001', '鹭岛员工')")
                    .param(school).update();
            long repairCategory = id(sql.sql(
                    "INSERT INTO repairs.category (school_id, name) VALUES (?, '鹭岛水电') RETURNING id").param(school));
            sql.sql("""
                    INSERT INTO repairs.request (school_id, number, category_id, location, place, description, priority,
                           status, reporter_name, reported_at, due_at)
                    VALUES (?, 'BX-LD-0001', ?, '鹭岛楼', '鹭岛楼一层', '鹭岛教室漏水', 'NORMAL', 'NEW', '鹭岛教师', now(),
                            now() + interval '1 day')""").params(school, repairCategory).update();
            long store = id(sql.sql("INSERT INTO warehouse.store (school_id, code, name) VALUES (?, 'LD', '鹭岛仓库') "
                    + "RETURNING id").param(school));
            long itemCategory = id(sql.sql(
                    "INSERT INTO warehouse.item_category (school_id, name) VALUES (?, '鹭岛文具') RETURNING id")
                    .param(school));
            long item = id(sql.sql("""
                    INSERT INTO warehouse.item (school_id, code, name, unit, category_id, default_store_id)
                    VALUES (?, 'LD-ITEM', '鹭岛粉笔', '盒', ?, ?) RETURNING id""").params(school, itemCategory, store));
            sql.sql("""
                    INSERT INTO warehouse.movement (school_id, item_id, store_id, kind, quantity, unit_cost, amount,
                           occurred_on, document_type, document_number, note)
                    VALUES (?, ?, ?, 'RECEIPT', 10, 2, 20, current_date, 'RK', 'RK-LD-0001', '鹭岛入库')""")
                    .params(school, item, store).update();
            long requisition = id(sql.sql("""
                    INSERT INTO warehouse.requisition (school_id, number, store_id, requester_user_id, requester_name,
                           purpose, status, submitted_at)
                    VALUES (?, 'LY-LD-0001', ?, ?, '鹭岛教师', '鹭岛领用', 'SUBMITTED', now()) RETURNING id""")
                    .params(school, store, user));
            long assetCategory = id(sql.sql("""
                    INSERT INTO assets.category (school_id, code, name, depreciable)
                    VALUES (?, '9900000', '鹭岛乐器', false) RETURNING id""").param(school));
            sql.sql("""
                    INSERT INTO assets.asset (school_id, number, name, category_id, purchased_on, unit_value,
                           funding_source, status, qr_token)
                    VALUES (?, 'ZC-LD-0001', '鹭岛钢琴', ?, current_date, 30000, 'FISCAL', 'IN_USE',
                            'ludaoludaoludaoludao0002')""").params(school, assetCategory).update();
            long request = id(sql.sql("""
                    INSERT INTO approval.request (school_id, document_type, document_id, document_number, title,
                           submitter_user_id, status, current_position, submitted_at)
                    VALUES (?, 'RQ', ?, 'LY-LD-0001', '鹭岛领用审批', ?, 'PENDING', 1, now()) RETURNING id""")
                    .params(school, requisition, user));
            // addressed to the demo school's director by name: only the school check keeps it out of that inbox
            sql.sql("""
                    INSERT INTO approval.step (school_id, request_id, position, role_code, user_id, status)
                    VALUES (?, ?, 1, 'DIRECTOR', ?, 'WAITING')""").params(school, request, demoDirector).update();
        }

        private static long id(JdbcClient.StatementSpec statement) {
            return statement.query(Long.class).single();
        }
    }
}
