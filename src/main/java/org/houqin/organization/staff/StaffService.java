package org.houqin.organization.staff;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.houqin.audit.AuditLog;
import org.houqin.organization.OrganizationApi.StaffRef;
import org.houqin.organization.department.DepartmentService;
import org.houqin.platform.security.DataScope;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.RuleViolation;
import org.houqin.platform.web.Sorts;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff of a school: read in the reader's scope, added, edited and imported; a full phone number is revealed only
 * with an audit row.
 */
@Service
public class StaffService {

    static final Sorts SORTS = Sorts.of("employeeNo", "s.employee_no", "name", "s.name",
            "department", "d.name", "position", "s.position");

    public record Row(long id, String employeeNo, String name, String gender, String phone, String position,
                      Long departmentId, String departmentName, boolean active, int version) {

        /** 138****5678: lists and exports never show a whole phone number. */
        public String maskedPhone() {
            return Masking.phone(phone);
        }
    }

    private final StaffStore staff;
    private final DepartmentService departments;
    private final AuditLog audit;

    StaffService(StaffStore staff, DepartmentService departments, AuditLog audit) {
        this.staff = staff;
        this.departments = departments;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    PageResult<Row> page(long schoolId, DataScope scope, Long ownStaffId, ListQuery query) {
        return staff.page(schoolId, scope, ownStaffId, query);
    }

    /** The whole list in the reader's scope, for an export. */
    @Transactional(readOnly = true)
    List<Row> all(long schoolId, DataScope scope, Long ownStaffId, ListQuery query) {
        return staff.all(schoolId, scope, ownStaffId, query);
    }

    @Transactional(readOnly = true)
    Optional<Row> find(long schoolId, DataScope scope, Long ownStaffId, long id) {
        return staff.find(schoolId, scope, ownStaffId, id);
    }

    @Transactional(readOnly = true)
    public Optional<StaffRef> find(long id) {
        return staff.find(id);
    }

    @Transactional(readOnly = true)
    public Optional<String> phone(long id) {
        return staff.phone(id);
    }

    /** The active staff member of that name, when there is exactly one. */
    @Transactional(readOnly = true)
    public Optional<StaffRef> findByName(long schoolId, String name) {
        return staff.findByName(schoolId, name);
    }

    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> ids) {
        return staff.names(ids);
    }

    @Transactional(readOnly = true)
    public Map<Long, String> names(long schoolId) {
        return staff.names(schoolId);
    }

    @Transactional(readOnly = true)
    public List<StaffRef> active(long schoolId) {
        return staff.active(schoolId);
    }

    @Transactional(readOnly = true)
    boolean employeeNoTaken(long schoolId, String employeeNo) {
        return staff.employeeNoTaken(schoolId, employeeNo, null);
    }

    @Transactional
    long create(long schoolId, DataScope scope, StaffForm form) {
        check(schoolId, form, null);
        checkReach(scope, form);
        long id = staff.insert(schoolId, facts(form));
        audit.changed("organization", "staff", id, "CREATE", null, masked(form));
        return id;
    }

    @Transactional
    void update(long schoolId, DataScope scope, Long ownStaffId, long id, StaffForm form) {
        Row before = staff.find(schoolId, scope, ownStaffId, id)
                .orElseThrow(() -> new NotFoundException("staff", id));
        if (form.getPhone() == null) {
            // The edit form never shows the whole number; left empty, the number on file stays.
            form.setPhone(before.phone());
        }
        check(schoolId, form, id);
        if (!scope.all() && !(ownStaffId != null && ownStaffId == id)) {
            checkReach(scope, form);
        }
        if (!staff.update(schoolId, id, form.getVersion(), facts(form))) {
            throw new OptimisticLockingFailureException("staff " + id + " changed");
        }
        audit.changed("organization", "staff", id, "UPDATE", masked(StaffForm.of(before)), masked(form));
    }

    /** The whole phone number, for a permitted user, leaving an audit row that says who looked. */
    @Transactional
    String revealPhone(long schoolId, DataScope scope, Long ownStaffId, long id) {
        Row row = staff.find(schoolId, scope, ownStaffId, id)
                .orElseThrow(() -> new NotFoundException("staff", id));
        audit.changed("organization", "staff", id, "REVEAL_PHONE", null, null);
        return row.phone();
    }

    /**
     * A staff member an import names that the school does not have yet: without an account, with an employee number
     * of their own (IMP1, IMP2…) that the office can change later, in the import's transaction.
     */
    @Transactional
    public long createNamed(long schoolId, String name) {
        int n = 1;
        while (staff.employeeNoTaken(schoolId, "IMP" + n, null)) {
            n++;
        }
        StaffForm form = new StaffForm();
        form.setName(name);
        form.setEmployeeNo("IMP" + n);
        long id = staff.insert(schoolId, facts(form));
        audit.changed("organization", "staff", id, "CREATE", null, masked(form));
        return id;
    }

    /** Adds the staff of an import, already checked row by row, in the import's transaction. */
    @Transactional
    void addImported(long schoolId, List<StaffForm> forms) {
        forms.forEach(form -> staff.insert(schoolId, facts(form)));
        audit.changed("organization", "staff", null, "IMPORT", null, Map.of("rows", forms.size()));
    }

    private static void checkReach(DataScope scope, StaffForm form) {
        if (!scope.coversDepartment(form.getDepartmentId())) {
            throw new RuleViolation("departmentId", "scope.outside");
        }
    }

    private void check(long schoolId, StaffForm form, Long id) {
        if (staff.employeeNoTaken(schoolId, form.getEmployeeNo(), id)) {
            throw new RuleViolation("employeeNo", "staff.employeeNo.duplicate");
        }
        if (form.getDepartmentId() != null && departments.find(schoolId, form.getDepartmentId()).isEmpty()) {
            throw new RuleViolation("departmentId", "staff.department.unknown");
        }
    }

    private static StaffStore.Facts facts(StaffForm form) {
        return new StaffStore.Facts(form.getDepartmentId(), form.getEmployeeNo(), form.getName(), form.getGender(),
                form.getPhone(), form.getPosition(), form.isActive());
    }

    private static Map<String, Object> masked(StaffForm form) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("employeeNo", form.getEmployeeNo());
        values.put("name", form.getName());
        values.put("phone", Masking.phone(form.getPhone()));
        values.put("departmentId", form.getDepartmentId());
        values.put("position", form.getPosition());
        values.put("active", form.isActive());
        return values;
    }
}
