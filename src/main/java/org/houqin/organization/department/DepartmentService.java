package org.houqin.organization.department;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import org.houqin.audit.AuditLog;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The department tree: read, added to and edited; a department can never end up below itself. */
@Service
public class DepartmentService {

    /** A department with its depth in the tree, for indented lists and pickers. */
    @Schema(name = "Department")
    public record Row(long id, Long parentId, String code, String name, int sortOrder, int depth, long staffCount,
                      int version) {
    }

    private final DepartmentStore departments;
    private final AuditLog audit;

    DepartmentService(DepartmentStore departments, AuditLog audit) {
        this.departments = departments;
        this.audit = audit;
    }

    /** The whole tree in display order: each department followed by its children. */
    @Transactional(readOnly = true)
    public List<Row> tree(long schoolId) {
        return departments.tree(schoolId);
    }

    @Transactional(readOnly = true)
    public Optional<Row> find(long schoolId, long id) {
        return departments.tree(schoolId).stream().filter(row -> row.id() == id).findFirst();
    }

    /** The department and every department below it. */
    @Transactional(readOnly = true)
    public Set<Long> subtree(long departmentId) {
        return departments.subtree(departmentId);
    }

    /** Every department's name, in the tree's order. */
    @Transactional(readOnly = true)
    public Map<Long, String> names(long schoolId) {
        Map<Long, String> names = new LinkedHashMap<>();
        departments.tree(schoolId).forEach(row -> names.put(row.id(), row.name()));
        return names;
    }

    @Transactional(readOnly = true)
    public Optional<Long> idByName(long schoolId, String name) {
        return departments.idByName(schoolId, name);
    }

    @Transactional
    long create(long schoolId, DepartmentForm form) {
        checkParent(schoolId, null, form.getParentId());
        checkName(schoolId, null, form);
        long id = Forms.unique("code", "department.code.duplicate", () -> departments.insert(schoolId, facts(form)));
        audit.changed("organization", "department", id, "CREATE", null, find(schoolId, id).orElseThrow());
        return id;
    }

    /**
     * A department an import names that the school does not have yet, at the top of the tree with a code of its own
     * (IMP1, IMP2…), in the import's transaction.
     */
    @Transactional
    public long createNamed(long schoolId, String name) {
        Set<String> codes = new HashSet<>();
        departments.tree(schoolId).forEach(row -> codes.add(row.code()));
        int n = 1;
        while (codes.contains("IMP" + n)) {
            n++;
        }
        DepartmentForm form = new DepartmentForm();
        form.setName(name);
        form.setCode("IMP" + n);
        return create(schoolId, form);
    }

    @Transactional
    void update(long schoolId, long id, DepartmentForm form) {
        Row before = find(schoolId, id).orElseThrow(() -> new NotFoundException("department", id));
        checkParent(schoolId, id, form.getParentId());
        checkName(schoolId, id, form);
        boolean saved = Forms.unique("code", "department.code.duplicate",
                () -> departments.update(schoolId, id, form.getVersion(), facts(form)));
        if (!saved) {
            throw new OptimisticLockingFailureException("department " + id + " changed");
        }
        audit.changed("organization", "department", id, "UPDATE", before, find(schoolId, id).orElseThrow());
    }

    private void checkName(long schoolId, Long id, DepartmentForm form) {
        boolean taken = departments.tree(schoolId).stream().anyMatch(row -> !Long.valueOf(row.id()).equals(id)
                && row.name().equals(form.getName()) && Objects.equals(row.parentId(), form.getParentId()));
        if (taken) {
            throw new RuleViolation("name", "department.name.duplicate");
        }
    }

    private void checkParent(long schoolId, Long id, Long parentId) {
        if (parentId == null) {
            return;
        }
        if (find(schoolId, parentId).isEmpty()) {
            throw new RuleViolation("parentId", "department.parent.unknown");
        }
        if (id != null && departments.subtree(id).contains(parentId)) {
            throw new RuleViolation("parentId", "department.parent.cycle");
        }
    }

    private static DepartmentStore.Facts facts(DepartmentForm form) {
        return new DepartmentStore.Facts(form.getParentId(), form.getCode(), form.getName(), form.sortOrderOrZero());
    }
}
