package org.houqin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every create form, sent empty or with a 10 KB name, answers at its fields in Chinese and writes nothing. */
class EveryFormTest extends IntegrationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/places/buildings, places.building, name",
            "/places/rooms, places.room, name",
            "/org/departments, organization.department, name",
            "/org/staff, organization.staff, name",
            "/org/classes, organization.school_class, name",
            "/org/semesters, organization.semester, name",
            "/admin/users, iam.app_user, displayName",
            "/admin/roles, iam.role, name",
            "/repairs, repairs.request, description",
            "/repairs/categories, repairs.category, name",
            "/approvals/rules, approval.rule, name",
            "/approvals/delegations, approval.delegation, toUserId",
            "/warehouse/requisitions, warehouse.requisition, purpose"})
    void emptyAndOversizedFormsAreRefusedAtTheirFields(String path, String table, String nameField) {
        WebUser admin = login("admin");
        long before = Demo.count(jdbc, "SELECT count(*) FROM " + table);

        var empty = admin.post(path, Map.of());
        assertThat(empty.status()).as(path).isEqualTo(200);
        assertThat(empty.body()).as(path).contains("必填").contains("is-invalid");

        var huge = admin.post(path, Map.of(nameField, "长".repeat(10_000), "code", "X".repeat(5_000)));
        assertThat(huge.status()).as(path).isEqualTo(200);
        assertThat(huge.body()).as(path).contains("is-invalid");

        assertThat(Demo.count(jdbc, "SELECT count(*) FROM " + table)).as(table).isEqualTo(before);
    }
}
