package org.houqin.organization.staff;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.houqin.organization.OrganizationApi;
import org.houqin.organization.OrganizationApi.StaffRef;
import org.houqin.platform.cache.SchoolCaches;
import org.houqin.platform.db.Listing;
import org.houqin.platform.db.Rows;
import org.houqin.platform.db.Search;
import org.houqin.platform.db.Where;
import org.houqin.platform.security.DataScope;
import org.houqin.platform.security.SqlCondition;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of a school's staff. Lists apply the reader's data scope by department. */
@Component
class StaffStore {

    /** A staff member as a form or an import row gives them. */
    record Facts(Long departmentId, String employeeNo, String name, String gender, String phone, String position,
                 boolean active) {
    }

    private final JdbcClient jdbc;
    private final SchoolCaches caches;

    StaffStore(JdbcClient jdbc, SchoolCaches caches) {
        this.jdbc = jdbc;
        this.caches = caches;
    }

    PageResult<StaffService.Row> page(long schoolId, DataScope scope, Long ownStaffId, ListQuery query) {
        return listing(schoolId, scope, ownStaffId, query).page(query, StaffService.Row.class);
    }

    List<StaffService.Row> all(long schoolId, DataScope scope, Long ownStaffId, ListQuery query) {
        return listing(schoolId, scope, ownStaffId, query).all(Listing.EXPORT_LIMIT, StaffService.Row.class);
    }

    private Listing listing(long schoolId, DataScope scope, Long ownStaffId, ListQuery query) {
        return Listing.of(jdbc, COLUMNS, FROM)
                .where(Where.of("s.school_id", "school", schoolId).and(scope.filter("s.department_id", "s.id", ownStaffId))
                        .search(query, SEARCH))
                .orderBy(StaffService.SORTS, query, "s.id");
    }

    Optional<StaffService.Row> find(long schoolId, DataScope scope, Long ownStaffId, long id) {
        SqlCondition visible = scope.filter("s.department_id", "s.id", ownStaffId);
        return jdbc.sql(SELECT + " WHERE s.school_id = :school AND s.id = :id AND " + visible.sql())
                .params(visible.params()).param("school", schoolId).param("id", id)
                .query(Rows.of(StaffService.Row.class)).optional();
    }

    Optional<StaffRef> find(long id) {
        return jdbc.sql("SELECT id, name, department_id FROM organization.staff WHERE id = ?").param(id)
                .query(Rows.of(StaffRef.class)).optional();
    }

    Optional<String> phone(long id) {
        return jdbc.sql("SELECT phone FROM organization.staff WHERE id = ? AND phone IS NOT NULL").param(id)
                .query(String.class).optional();
    }

    Optional<StaffRef> findByName(long schoolId, String name) {
        List<StaffRef> found = jdbc.sql("""
                SELECT id, name, department_id FROM organization.staff WHERE school_id = ? AND name = ? AND active
                """).params(schoolId, name).query(Rows.of(StaffRef.class)).list();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    Map<Long, String> names(long schoolId) {
        Map<Long, String> names = new java.util.HashMap<>();
        jdbc.sql("SELECT id, name FROM organization.staff WHERE school_id = ?").param(schoolId)
                .query(rs -> {
                    names.put(rs.getLong("id"), rs.getString("name"));
                });
        return names;
    }

    Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, name, department_id FROM organization.staff WHERE id = ANY(?)")
                    .param(ids.toArray(Long[]::new)).query(Rows.of(StaffRef.class)).list()
                    .forEach(staff -> names.put(staff.id(), staff.name()));
        }
        return names;
    }

    List<StaffRef> active(long schoolId) {
        return jdbc.sql("""
                SELECT id, name, department_id FROM organization.staff WHERE school_id = ? AND active ORDER BY name, id
                """).param(schoolId).query(Rows.of(StaffRef.class)).list();
    }

    boolean employeeNoTaken(long schoolId, String employeeNo, Long exceptId) {
        return jdbc.sql("""
                SELECT count(*) FROM organization.staff WHERE school_id = ? AND employee_no = ? AND id <> coalesce(?, -1)
                """).params(schoolId, employeeNo, exceptId).query(Long.class).single() > 0;
    }

    long insert(long schoolId, Facts s) {
        caches.evict(OrganizationApi.STAFF, schoolId);
        return jdbc.sql("""
                INSERT INTO organization.staff (school_id, department_id, employee_no, name, gender, phone, position, active)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """).params(schoolId, s.departmentId(), s.employeeNo(), s.name(), s.gender(), s.phone(), s.position(),
                s.active()).query(Long.class).single();
    }

    boolean update(long schoolId, long id, int version, Facts s) {
        caches.evict(OrganizationApi.STAFF, schoolId);
        return jdbc.sql("""
                UPDATE organization.staff SET department_id = ?, employee_no = ?, name = ?, gender = ?, phone = ?,
                       position = ?, active = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?
                """).params(s.departmentId(), s.employeeNo(), s.name(), s.gender(), s.phone(), s.position(),
                s.active(), schoolId, id, version).update() == 1;
    }

    /** Names, positions and departments, and the employee number (T0001) without regard to case. */
    private static final Search SEARCH = Search.in("s.name", "s.position", "d.name").ignoringCase("s.employee_no");

    private static final String COLUMNS = """
            s.id, s.employee_no, s.name, s.gender, s.phone, s.position, s.department_id,
            d.name AS department_name, s.active, s.version""";

    private static final String FROM =
            "organization.staff s LEFT JOIN organization.department d ON d.id = s.department_id";

    private static final String SELECT = "SELECT " + COLUMNS + " FROM " + FROM;
}
