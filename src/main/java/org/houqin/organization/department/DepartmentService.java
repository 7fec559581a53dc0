package org.houqin.organization.department;

import org.houqin.audit.AuditLog;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and edits departments; a department can never end up below itself. */
@Service
class DepartmentService {

    private final Departments departments;
    private final AuditLog audit;

    DepartmentService(Departments departments, AuditLog audit) {
        this.departments = departments;
        this.audit = audit;
    }

    @Transactional
    long create(long schoolId, DepartmentForm form) {
        checkParent(schoolId, null, form.getParentId());
        checkName(schoolId, null, form);
        long id = Forms.unique("code", "department.code.duplicate", () -> departments.insert(schoolId, form));
        audit.changed("organization", "department", id, "CREATE", null, departments.find(schoolId, id).orElseThrow());
        return id;
    }

    @Transactional
    void update(long schoolId, long id, DepartmentForm form) {
        Departments.Row before = departments.find(schoolId, id).orElseThrow(() -> new NotFoundException("department", id));
        checkParent(schoolId, id, form.getParentId());
        checkName(schoolId, id, form);
        boolean saved = Forms.unique("code", "department.code.duplicate", () -> departments.update(schoolId, id, form));
        if (!saved) {
            throw new OptimisticLockingFailureException("department " + id + " changed");
        }
        audit.changed("organization", "department", id, "UPDATE", before, departments.find(schoolId, id).orElseThrow());
    }

    private void checkName(long schoolId, Long id, DepartmentForm form) {
        boolean taken = departments.tree(schoolId).stream().anyMatch(row -> !Long.valueOf(row.id()).equals(id)
                && row.name().equals(form.getName()) && java.util.Objects.equals(row.parentId(), form.getParentId()));
        if (taken) {
            throw new RuleViolation("name", "department.name.duplicate");
        }
    }

    private void checkParent(long schoolId, Long id, Long parentId) {
        if (parentId == null) {
            return;
        }
        if (departments.find(schoolId, parentId).isEmpty()) {
            throw new RuleViolation("parentId", "department.parent.unknown");
        }
        if (id != null && departments.subtree(id).contains(parentId)) {
            throw new RuleViolation("parentId", "department.parent.cycle");
        }
    }
}
