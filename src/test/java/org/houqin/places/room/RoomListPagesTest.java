package org.houqin.places.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.houqin.platform.security.DataScope;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A list's pages and its total agree: walking every page of the rooms list gives each room the filter selects once,
 * as many as the total says, with and without a search, for the whole school and inside a department's scope.
 */
class RoomListPagesTest extends IntegrationTest {

    @Autowired
    RoomService rooms;

    @Test
    void thePagesOfABuildingAddUpToItsTotalWithAndWithoutASearch() {
        long school = Demo.schoolId(jdbc);
        long teaching = Demo.count(jdbc, "SELECT id FROM places.building WHERE school_id = ? AND code = 'A'", school);
        RoomService.Filter inTeaching = new RoomService.Filter(teaching, null);

        List<Long> all = walk(school, DataScope.everything(), "", inTeaching);
        assertThat(all).hasSizeGreaterThan(ListQuery.PAGE_SIZE).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(Demo.ids(jdbc,
                        "SELECT id FROM places.room WHERE school_id = ? AND building_id = ?", school, teaching));

        List<Long> searched = walk(school, DataScope.everything(), "a-1", inTeaching);
        assertThat(searched).isNotEmpty().hasSizeLessThan(all.size()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(Demo.ids(jdbc, """
                        SELECT id FROM places.room WHERE school_id = ? AND building_id = ?
                          AND (code ILIKE '%a-1%' OR name LIKE '%a-1%')""", school, teaching));
    }

    @Test
    void thePagesInsideADepartmentsScopeAddUpToItsTotal() {
        long school = Demo.schoolId(jdbc);
        long department = Demo.count(jdbc, """
                SELECT department_id FROM places.room WHERE school_id = ? AND department_id IS NOT NULL
                GROUP BY department_id ORDER BY count(*) DESC, department_id LIMIT 1""", school);
        DataScope scope = DataScope.departments(Set.of(department));

        assertThat(walk(school, scope, "", new RoomService.Filter(null, null))).hasSizeGreaterThan(ListQuery.PAGE_SIZE)
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(Demo.ids(jdbc,
                        "SELECT id FROM places.room WHERE school_id = ? AND department_id = ?", school, department));
        String word = Demo.asSystem(() -> jdbc.sql("""
                SELECT left(name, 2) FROM places.room WHERE school_id = ? AND department_id = ? ORDER BY code LIMIT 1
                """).params(school, department).query(String.class).single());
        assertThat(walk(school, scope, word, new RoomService.Filter(null, null))).isNotEmpty().doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(Demo.ids(jdbc, """
                        SELECT r.id FROM places.room r JOIN places.building b ON b.id = r.building_id
                        WHERE r.school_id = ? AND r.department_id = ?
                          AND (r.name LIKE ? OR b.name LIKE ? OR r.code ILIKE ?)""",
                        school, department, "%" + word + "%", "%" + word + "%", "%" + word + "%"));
    }

    /** Every page of the list in turn, checking each page's total and that the page after the last is empty. */
    private List<Long> walk(long school, DataScope scope, String q, RoomService.Filter filter) {
        PageResult<RoomService.Row> first = page(school, scope, q, filter, 1);
        List<Long> ids = new ArrayList<>();
        for (int n = 1; n <= first.totalPages(); n++) {
            PageResult<RoomService.Row> page = page(school, scope, q, filter, n);
            assertThat(page.total()).isEqualTo(first.total());
            assertThat(page.items()).hasSizeLessThanOrEqualTo(ListQuery.PAGE_SIZE);
            page.items().forEach(row -> ids.add(row.id()));
        }
        PageResult<RoomService.Row> after = page(school, scope, q, filter, first.totalPages() + 1);
        assertThat(after.items()).isEmpty();
        assertThat(after.total()).isEqualTo(first.total());
        assertThat(ids).hasSize((int) first.total());
        return ids;
    }

    private PageResult<RoomService.Row> page(long school, DataScope scope, String q, RoomService.Filter filter, int n) {
        return Demo.asSystem(() -> rooms.page(school, scope, null, new ListQuery(q, "code", "asc", n), filter));
    }
}
