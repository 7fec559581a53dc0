package org.houqin.organization.staff;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.houqin.organization.OrganizationApi.StaffRef;
import org.houqin.platform.db.Listing;
import org.houqin.platform.db.Rows;
import org.houqin.platform.db.Search;
import org.houqin.platform.db.Where;
import org.houqin.platform.security.DataScope;
import org.houqin.platform.security.SqlCondition;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.Sorts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes the staff of a school. Lists apply the reader's data scope by department. */
@Component
public class StaffDirectory {

    static final Sorts SORTS = Sorts.of("employeeNo", "s.employee_no", "name", "s.name",
            "department", "d.name", "position", "s.position");

    public record Row(long id, String employeeNo, String name, String gender, String phone, String position,
                      Long departmentId, String departmentName, boolean active, int version) {

        /** 138****5678: lists and exports never show a whole phone number. */
        public String maskedPhone() {
            return Masking.phone(phone);
        }
    }

    private final JdbcClient jdbc;

    StaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageResult<Row> page(long schoolId, DataScope scope, Long ownStaffId, ListQuery query) {
        return listing(schoolId, scope, ownStaffId, query).page(query, Row.class);
    }

    List<Row> all(long schoolId, DataScope scope, Long ownStaffId, ListQuery query) {
        return listing(schoolId, scope, ownStaffId, query).all(Listing.EXPORT_LIMIT, Row.class);
    }

    private Listing listing(long schoolId, DataScope scope, Long ownStaffId, ListQuery query) {
        return Listing.of(jdbc, COLUMNS, FROM)
                .where(Where.of("s.school_id", "school", schoolId).and(scope.filter("s.department_id", "s.id", ownStaffId))
                        .search(query, SEARCH))
                .orderBy(SORTS, query, "s.id");
    }

    Optional<Row> find(long schoolId, DataScope scope, Long ownStaffId, long id) {
        SqlCondition visible = scope.filter("s.department_id", "s.id", ownStaffId);
        return jdbc.sql(SELECT + " WHERE s.school_id = :school AND s.id = :id AND " + visible.sql())
                .params(visible.params()).param("school", schoolId).param("id", id).query(Rows.of(Row.class)).optional();
    }

    public Optional<StaffRef> find(long id) {
        return jdbc.sql("SELECT id, name, department_id FROM organization.staff WHERE id = ?").param(id)
                .query(Rows.of(StaffRef.class)).optional();
    }

    public Optional<StaffRef> findByName(long schoolId, String name) {
        List<StaffRef> found = jdbc.sql("""
                SELECT id, name, department_id FROM organization.staff WHERE school_id = ? AND name = ? AND active
                """).params(schoolId, name).query(Rows.of(StaffRef.class)).list();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, name, department_id FROM organization.staff WHERE id = ANY(?)")
                    .param(ids.toArray(Long[]::new)).query(Rows.of(StaffRef.class)).list()
                    .forEach(staff -> names.put(staff.id(), staff.name()));
        }
        return names;
    }

    public List<StaffRef> active(long schoolId) {
        return jdbc.sql("""
                SELECT id, name, department_id FROM organization.staff WHERE school_id = ? AND active ORDER BY name, id
                """).param(schoolId).query(Rows.of(StaffRef.class)).list();
    }

    boolean employeeNoTaken(long schoolId, String employeeNo, Long exceptId) {
        return jdbc.sql("""
                SELECT count(*) FROM organization.staff WHERE school_id = ? AND employee_no = ? AND id <> coalesce(?, -1)
                """).params(schoolId, employeeNo, exceptId).query(Long.class).single() > 0;
    }

    long insert(long schoolId, StaffForm form) {
        return jdbc.sql("""
                INSERT INTO organization.staff (school_id, department_id, employee_no, name, gender, phone, position, active)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """).params(schoolId, form.getDepartmentId(), form.getEmployeeNo(), form.getName(), form.getGender(),
                form.getPhone(), form.getPosition(), form.isActive()).query(Long.class).single();
    }

    boolean update(long schoolId, long id, StaffForm form) {
        return jdbc.sql("""
                UPDATE organization.staff SET department_id = ?, employee_no = ?, name = ?, gender = ?, phone = ?,
                       position = ?, active = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?
                """).params(form.getDepartmentId(), form.getEmployeeNo(), form.getName(), form.getGender(),
                form.getPhone(), form.getPosition(), form.isActive(), schoolId, id, form.getVersion()).update() == 1;
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
