package org.houqin.iam.role;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.houqin.audit.AuditLog;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.security.PermissionSet;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school's roles: read, and edited accepting only permissions the code knows and departments of the same school;
 * a new school gets the built-in ones.
 */
@Service
public class RoleService {

    public record Row(long id, Long schoolId, String code, String name, DataScopeKind dataScope, boolean builtin,
                      long userCount, int version) {
    }

    private final RoleStore roles;
    private final AuditLog audit;
    private final Set<String> knownPermissions;
    private final OrganizationApi organization;
    private final org.houqin.iam.auth.Sessions sessions;

    RoleService(RoleStore roles, AuditLog audit, List<PermissionSet> permissionSets, OrganizationApi organization,
                org.houqin.iam.auth.Sessions sessions) {
        this.sessions = sessions;
        this.roles = roles;
        this.audit = audit;
        this.organization = organization;
        this.knownPermissions = permissionSets.stream().flatMap(set -> set.codes().stream()).collect(Collectors.toSet());
    }

    /** The school's roles, built-in ones first, with how many users hold each. */
    @Transactional(readOnly = true)
    public List<Row> ofSchool(long schoolId) {
        return roles.ofSchool(schoolId);
    }

    @Transactional(readOnly = true)
    public Optional<Row> find(long schoolId, long id) {
        return roles.ofSchool(schoolId).stream().filter(row -> row.id() == id).findFirst();
    }

    /** The role with this code in the school, or among the district's roles for {@code null}. */
    @Transactional(readOnly = true)
    public Optional<Long> idByCode(Long schoolId, String code) {
        return roles.idByCode(schoolId, code);
    }

    /** A role as its form shows it, with its permissions and chosen departments. */
    @Transactional(readOnly = true)
    RoleForm form(Row row) {
        RoleForm form = new RoleForm();
        form.setCode(row.code());
        form.setName(row.name());
        form.setDataScope(row.dataScope());
        form.setPermissions(new TreeSet<>(roles.permissions(row.id())));
        form.setDepartmentIds(new TreeSet<>(roles.departments(row.id())));
        form.setVersion(row.version());
        return form;
    }

    /** A new school's built-in roles, in the transaction that creates the school. */
    @Transactional
    void addBuiltIn(long schoolId) {
        for (RoleTemplates.Template template : RoleTemplates.SCHOOL) {
            long id = roles.insert(schoolId, template.code(), template.name(), template.scope(), true);
            roles.replacePermissions(id, template.permissions());
        }
    }

    @Transactional
    long create(long schoolId, RoleForm form) {
        if (form.getCode() == null || form.getCode().isBlank()) {
            throw new RuleViolation("code", "validation.required");
        }
        check(schoolId, form);
        long id = Forms.unique("code", "role.code.duplicate",
                () -> roles.insert(schoolId, form.getCode(), form.getName(), form.getDataScope(), false));
        roles.replacePermissions(id, form.getPermissions());
        roles.replaceDepartments(id, departmentsFor(form));
        audit.changed("iam", "role", id, "CREATE", null, snapshot(id, form));
        return id;
    }

    @Transactional
    void update(long schoolId, long id, RoleForm form) {
        Row row = find(schoolId, id).orElseThrow(() -> new NotFoundException("role", id));
        check(schoolId, form);
        Map<String, Object> before = Map.of("name", row.name(), "dataScope", row.dataScope(),
                "permissions", roles.permissions(id), "departments", roles.departments(id));
        if (!roles.update(schoolId, id, form.getName(), form.getDataScope(), form.getVersion())) {
            throw new OptimisticLockingFailureException("role " + id + " changed");
        }
        roles.replacePermissions(id, form.getPermissions());
        roles.replaceDepartments(id, departmentsFor(form));
        audit.changed("iam", "role", id, "UPDATE", before, snapshot(id, form));
        // Permissions live in the session: its holders sign in again to work with the new ones.
        roles.holders(id).forEach(sessions::endAllOf);
    }

    @Transactional
    void delete(long schoolId, long id) {
        Row row = find(schoolId, id).orElseThrow(() -> new NotFoundException("role", id));
        if (row.builtin()) {
            throw RuleViolation.of("role.builtin.delete");
        }
        if (row.userCount() > 0) {
            throw RuleViolation.of("role.inUse", row.userCount());
        }
        roles.delete(schoolId, id);
        audit.changed("iam", "role", id, "DELETE", Map.of("name", row.name()), null);
    }

    private void check(long schoolId, RoleForm form) {
        if (!knownPermissions.containsAll(form.getPermissions())) {
            throw new RuleViolation("permissions", "role.permission.unknown");
        }
        if (form.getPermissions().contains("organization:school:manage")) {
            throw new RuleViolation("permissions", "role.permission.districtOnly");
        }
        Set<Long> schoolDepartments = organization.departmentNames(schoolId).keySet();
        if (!schoolDepartments.containsAll(form.getDepartmentIds())) {
            throw new RuleViolation("departmentIds", "role.department.unknown");
        }
        if (form.getDataScope() == DataScopeKind.CHOSEN_DEPARTMENTS && form.getDepartmentIds().isEmpty()) {
            throw new RuleViolation("departmentIds", "role.department.required");
        }
    }

    private static Set<Long> departmentsFor(RoleForm form) {
        return form.getDataScope() == DataScopeKind.CHOSEN_DEPARTMENTS ? form.getDepartmentIds() : Set.of();
    }

    private static Map<String, Object> snapshot(long id, RoleForm form) {
        return Map.of("id", id, "name", form.getName(), "dataScope", form.getDataScope(),
                "permissions", form.getPermissions(), "departments", departmentsFor(form));
    }
}
