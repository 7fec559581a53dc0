package org.houqin.organization.staff;

import java.util.List;
import java.util.Map;

import org.houqin.audit.AuditLog;
import org.houqin.organization.department.Departments;
import org.houqin.platform.security.DataScope;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds, edits and imports staff; reveals a full phone number only with an audit row. */
@Service
class StaffService {

    private final StaffDirectory staff;
    private final Departments departments;
    private final AuditLog audit;

    StaffService(StaffDirectory staff, Departments departments, AuditLog audit) {
        this.staff = staff;
        this.departments = departments;
        this.audit = audit;
    }

    @Transactional
    long create(long schoolId, DataScope scope, StaffForm form) {
        check(schoolId, form, null);
        checkReach(scope, form);
        long id = staff.insert(schoolId, form);
        audit.changed("organization", "staff", id, "CREATE", null, masked(form));
        return id;
    }

    @Transactional
    void update(long schoolId, DataScope scope, Long ownStaffId, long id, StaffForm form) {
        StaffDirectory.Row before = staff.find(schoolId, scope, ownStaffId, id)
                .orElseThrow(() -> new NotFoundException("staff", id));
        if (form.getPhone() == null) {
            // The edit form never shows the whole number; left empty, the number on file stays.
            form.setPhone(before.phone());
        }
        check(schoolId, form, id);
        if (!scope.all() && !(ownStaffId != null && ownStaffId == id)) {
            checkReach(scope, form);
        }
        if (!staff.update(schoolId, id, form)) {
            throw new OptimisticLockingFailureException("staff " + id + " changed");
        }
        audit.changed("organization", "staff", id, "UPDATE", masked(StaffForm.of(before)), masked(form));
    }

    /** The whole phone number, for a permitted user, leaving an audit row that says who looked. */
    @Transactional
    String revealPhone(long schoolId, DataScope scope, Long ownStaffId, long id) {
        StaffDirectory.Row row = staff.find(schoolId, scope, ownStaffId, id)
                .orElseThrow(() -> new NotFoundException("staff", id));
        audit.changed("organization", "staff", id, "REVEAL_PHONE", null, null);
        return row.phone();
    }

    /** Adds the staff of an import, already checked row by row, in the import's transaction. */
    @Transactional
    void addImported(long schoolId, List<StaffForm> forms) {
        forms.forEach(form -> staff.insert(schoolId, form));
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
