package org.houqin.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

class DataScopeTest {

    @Test
    void everythingFiltersNothing() {
        assertThat(DataScope.everything().filter("r.department_id", "r.owner_id", 7L)).isEqualTo(SqlCondition.TRUE);
    }

    @Test
    void departmentsBecomeABoundArrayParameter() {
        SqlCondition condition = DataScope.departments(Set.of(3L, 4L)).filter("r.department_id", null, null);
        assertThat(condition.sql()).isEqualTo("(false OR r.department_id = ANY(:scopeDepartments))");
        assertThat((Long[]) condition.params().get("scopeDepartments")).containsExactlyInAnyOrder(3L, 4L);
    }

    @Test
    void ownRecordsMatchTheOwnerColumn() {
        SqlCondition condition = DataScope.own().filter("r.department_id", "r.responsible_staff_id", 42L);
        assertThat(condition.sql()).isEqualTo("(false OR r.responsible_staff_id = :scopeOwner)");
        assertThat(condition.params()).containsEntry("scopeOwner", 42L);
    }

    @Test
    void ownRecordsWithoutAnOwnerSeeNothing() {
        assertThat(DataScope.own().filter("r.department_id", "r.responsible_staff_id", null).sql()).isEqualTo("(false)");
    }

    @Test
    void unionOfRolesIsTheWidestReach() {
        DataScope union = DataScope.own().union(DataScope.departments(Set.of(1L))).union(DataScope.departments(Set.of(2L)));
        assertThat(union.departmentIds()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(union.self()).isTrue();
        assertThat(union.union(DataScope.everything()).all()).isTrue();
    }

    @Test
    void refusesAnythingButAColumnName() {
        assertThatThrownBy(() -> DataScope.own().filter("r.id; DROP TABLE x", "r.owner", 1L))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DataScope.own().filter("r.department_id", "r.owner or true", 1L))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
