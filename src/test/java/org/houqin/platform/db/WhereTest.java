package org.houqin.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.houqin.platform.security.DataScope;
import org.houqin.platform.security.SqlCondition;
import org.houqin.platform.web.ListQuery;
import org.junit.jupiter.api.Test;

class WhereTest {

    private enum Priority { URGENT }

    private static final Search SEARCH = Search.in("r.place", "r.description").ignoringCase("r.number");

    private static ListQuery search(String q) {
        return new ListQuery(q, null, null, 1);
    }

    @Test
    void addsAConditionOnlyForAFilterThatWasGiven() {
        Where where = Where.of("r.school_id", "school", 7L)
                .equal("r.category_id", null).equal("r.status", "  ").equal("r.priority", Priority.URGENT)
                .andIf(false, "r.reporter_user_id = 1").search(search(""), SEARCH);

        assertThat(where.sql()).isEqualTo(" WHERE r.school_id = :school AND r.priority = :priority");
        assertThat(where.params()).containsExactlyInAnyOrderEntriesOf(Map.of("school", 7L, "priority", "URGENT"));
    }

    @Test
    void bindsEveryValueAndNeverPutsItIntoTheSql() {
        String hostile = "x' OR '1'='1";
        Where where = Where.of().equal("r.place", hostile).and("r.number <> :number", "number", hostile)
                .search(search(hostile), SEARCH);

        assertThat(where.sql()).doesNotContain("x'").doesNotContain("1'='1")
                .isEqualTo(" WHERE r.place = :place AND r.number <> :number AND (r.place LIKE :like"
                        + " OR r.description LIKE :like OR lower(r.number) LIKE lower(:like))");
        assertThat(where.params()).containsEntry("place", hostile).containsEntry("number", hostile)
                .containsEntry("like", "%" + hostile + "%");
    }

    @Test
    void searchesWithTheWildcardsOfTheTextEscaped() {
        Where where = Where.of().search(search("50%_off\\"), Search.in("s.name").orEqual("s.id_text"));

        assertThat(where.sql()).isEqualTo(" WHERE (s.name LIKE :like OR s.id_text = :q)");
        assertThat(where.params()).containsEntry("like", "%50\\%\\_off\\\\%").containsEntry("q", "50%_off\\");
    }

    @Test
    void aRangeGetsOneParameterForEachEnd() {
        Where where = Where.of().atLeast("at", LocalDate.of(2026, 9, 1)).before("at", LocalDate.of(2027, 1, 1))
                .before("due_at", null);

        assertThat(where.sql()).isEqualTo(" WHERE at >= :at AND at < :at2");
        assertThat(where.params()).containsEntry("at", LocalDate.of(2026, 9, 1)).containsEntry("at2", LocalDate.of(2027, 1, 1));
    }

    @Test
    void composesTheDataScopeWithItsBoundDepartments() {
        SqlCondition scope = DataScope.departments(Set.of(3L)).filter("r.department_id", "r.owner_id", 42L);
        Where where = Where.of("r.school_id", "school", 1L).and(scope).equal("r.room_type", "OFFICE");

        assertThat(where.sql()).isEqualTo(" WHERE r.school_id = :school AND (false OR r.department_id ="
                + " ANY(:scopeDepartments)) AND r.room_type = :roomType");
        assertThat((Long[]) where.params().get("scopeDepartments")).containsExactly(3L);
        assertThat(where.condition().params()).containsKeys("school", "scopeDepartments", "roomType");
    }

    @Test
    void aScopeCoveringEverythingAddsNoCondition() {
        Where where = Where.of("r.school_id", "school", 1L)
                .and(DataScope.everything().filter("r.department_id", null, null));

        assertThat(where.sql()).isEqualTo(" WHERE r.school_id = :school");
        assertThat(Where.of().sql()).isEmpty();
        assertThat(Where.of().condition()).isEqualTo(SqlCondition.TRUE);
    }

    @Test
    void refusesAColumnThatIsNotAPlainName() {
        assertThatThrownBy(() -> Where.of().equal("r.id; DROP TABLE x", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Where.of().equal("lower(r.code)", "a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Where.of("r.school_id or true", "school", 1L))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Search.in("r.name OR 1=1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Search.in("r.name").ignoringCase("R.Code")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesWhatCodeWrittenConditionsNeverHold() {
        assertThatThrownBy(() -> Where.of().and("r.id = 1; DROP TABLE places.room"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Where.of().and("r.code = 'a' -- '")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Where.of().and("r.code = 'it''s' OR r.code = 'x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Where.of().and("(r.a = 1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Where.of().and("r.a = :ab", "a", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Where.of().and("r.a = :a b", "a b", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Where.of().and("r.a = :pageLimit", "pageLimit", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesOneParameterNameForTwoValues() {
        Where where = Where.of("r.school_id", "school", 1L).and("r.reporter_user_id = :me", "me", 5L);

        where.and("r.assignee_user_id = :me", "me", 5L);
        assertThatThrownBy(() -> where.and("r.owner_id = :me", "me", 6L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> where.and(new SqlCondition("r.school_id = :school", Map.of("school", 2L))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSearchNeedsAColumnToLookIn() {
        assertThatThrownBy(() -> Where.of().search(search("灯管"), Search.in().orEqual("r.id_text")))
                .isInstanceOf(IllegalStateException.class);
    }
}
