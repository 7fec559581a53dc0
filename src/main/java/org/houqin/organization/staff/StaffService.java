package org.houqin.organization.staff;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.houqin.audit.AuditLog;
import org.houqin.organization.department.Departments;
import org.houqin.platform.excel.ExcelImport.ImportRow;
import org.houqin.platform.excel.ImportReport;
import org.houqin.platform.excel.ImportRun;
import org.houqin.platform.excel.RowProblem;
import org.houqin.platform.security.DataScope;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds, edits and imports staff; reveals a full phone number only with an audit row. */
@Service
class StaffService {

    static final List<String> IMPORT_HEADERS = List.of("工号", "姓名", "性别", "部门", "职务", "手机");

    private final StaffDirectory staff;
    private final Departments departments;
    private final AuditLog audit;
    private final Validator validator;
    private final MessageSource messages;

    StaffService(StaffDirectory staff, Departments departments, AuditLog audit, Validator validator,
                 MessageSource messages) {
        this.staff = staff;
        this.departments = departments;
        this.audit = audit;
        this.validator = validator;
        this.messages = messages;
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

    @Transactional
    ImportReport importRows(long schoolId, List<ImportRow> rows, boolean validOnly, Locale locale) {
        Set<String> seen = new HashSet<>();
        ImportReport report = ImportRun.run(rows, validOnly, messages, locale, row -> parse(schoolId, row, seen),
                form -> staff.insert(schoolId, form));
        if (report.imported() > 0) {
            audit.changed("organization", "staff", null, "IMPORT", null, Map.of("rows", report.imported()));
        }
        return report;
    }

    private StaffForm parse(long schoolId, ImportRow row, Set<String> seen) {
        StaffForm form = new StaffForm();
        form.setEmployeeNo(row.get("工号"));
        form.setName(row.get("姓名"));
        form.setGender(row.get("性别"));
        form.setPosition(row.get("职务"));
        form.setPhone(row.get("手机"));
        String department = row.get("部门");
        if (department != null) {
            form.setDepartmentId(departments.idByName(schoolId, department)
                    .orElseThrow(() -> new RowProblem("部门", "import.error.unknownDepartment", department)));
        }
        for (ConstraintViolation<StaffForm> violation : validator.validate(form)) {
            throw new RowProblem(header(violation.getPropertyPath().toString()), "import.error.invalid",
                    violation.getMessage());
        }
        if (!seen.add(form.getEmployeeNo())) {
            throw new RowProblem("工号", "import.error.duplicateInFile", form.getEmployeeNo());
        }
        if (staff.employeeNoTaken(schoolId, form.getEmployeeNo(), null)) {
            throw new RowProblem("工号", "staff.employeeNo.duplicate");
        }
        return form;
    }

    private static String header(String property) {
        return switch (property) {
            case "employeeNo" -> "工号";
            case "name" -> "姓名";
            case "gender" -> "性别";
            case "phone" -> "手机";
            case "position" -> "职务";
            default -> property;
        };
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
