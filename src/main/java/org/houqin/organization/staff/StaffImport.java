package org.houqin.organization.staff;

import static org.houqin.platform.imports.ImportField.optional;
import static org.houqin.platform.imports.ImportField.required;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Validator;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.imports.ImportField;
import org.houqin.platform.imports.ImportKind;
import org.houqin.platform.imports.ImportMapping;
import org.houqin.platform.imports.ImportRow;
import org.houqin.platform.imports.RowProblem;
import org.houqin.platform.imports.ValueLookup;
import org.houqin.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * 导入教职工: each row becomes a staff form, checked as the form is (an employee number of its own, a department of
 * this school, a phone number that is one), and the valid ones are added.
 */
@Component
class StaffImport implements ImportKind<StaffForm> {

    /** The form's properties by the field that fills them, to name the column of a rule the form breaks. */
    private static final Map<String, String> FIELD_OF = Map.of("employeeNo", "EMPLOYEE_NO", "name", "NAME",
            "gender", "GENDER", "phone", "PHONE", "position", "POSITION", "departmentId", "DEPARTMENT");
    private static final List<ImportField> FIELDS = List.of(
            required("EMPLOYEE_NO", "staff.employeeNo", "工号", "职工号", "教职工号", "编号"),
            required("NAME", "staff.name", "姓名", "名字"),
            optional("GENDER", "staff.gender", "性别").hint("staff.import.hint.gender"),
            optional("DEPARTMENT", "staff.department", "部门", "所在部门", "科室").hint("staff.import.hint.department"),
            optional("POSITION", "staff.position", "职务", "岗位", "职位"),
            optional("PHONE", "staff.phone", "手机", "手机号", "手机号码", "联系电话", "电话"));

    private final StaffService service;
    private final OrganizationApi organization;
    private final Validator validator;

    StaffImport(StaffService service, OrganizationApi organization, Validator validator) {
        this.service = service;
        this.organization = organization;
        this.validator = validator;
    }

    @Override
    public String name() {
        return "staff";
    }

    @Override
    public List<ImportField> fields() {
        return FIELDS;
    }

    @Override
    public List<String> example() {
        return List.of("T2001", "王小明", "男", "教务处", "数学教师", "13800001234");
    }

    /** 部门 goes through the kit's values page: matched, guessed, or created when the user asks. */
    @Override
    public Map<String, ValueLookup> lookups(long schoolId, CurrentUser me) {
        return Map.of("DEPARTMENT", organization.departmentLookup(schoolId));
    }

    @Override
    public ImportJob<StaffForm> start(long schoolId, CurrentUser me, ImportMapping mapping) {
        Set<String> seen = new HashSet<>();
        return new ImportJob<>() {
            @Override
            public StaffForm check(ImportRow row) {
                return form(schoolId, row, seen);
            }

            @Override
            public ImportSummary write(List<StaffForm> forms, int rows) {
                service.addImported(schoolId, forms);
                return null;
            }
        };
    }

    private StaffForm form(long schoolId, ImportRow row, Set<String> seen) {
        StaffForm form = new StaffForm();
        form.setEmployeeNo(row.read("EMPLOYEE_NO", text -> text));
        form.setName(row.read("NAME", text -> text));
        form.setGender(row.read("GENDER", text -> text));
        form.setPosition(row.read("POSITION", text -> text));
        form.setPhone(row.read("PHONE", text -> text));
        form.setDepartmentId(row.mapped("DEPARTMENT") ? row.lookup("DEPARTMENT") : null);
        validator.validate(form).stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .filter(v -> row.clean(field(v.getPropertyPath().toString())))
                .forEach(v -> row.problem(field(v.getPropertyPath().toString()), "import.error.invalid", v.getMessage()));
        if (row.hasProblems()) {
            return null;
        }
        if (!seen.add(form.getEmployeeNo())) {
            throw new RowProblem("EMPLOYEE_NO", "import.error.duplicateInFile", form.getEmployeeNo());
        }
        if (service.employeeNoTaken(schoolId, form.getEmployeeNo())) {
            throw new RowProblem("EMPLOYEE_NO", "staff.employeeNo.duplicate");
        }
        return form;
    }

    private static String field(String property) {
        return FIELD_OF.getOrDefault(property, property);
    }
}
