package org.houqin.organization.schoolclass;

import java.util.Map;

import org.houqin.audit.AuditLog;
import org.houqin.organization.staff.StaffDirectory;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds grades and classes and keeps a class's grade and class teacher within the school. */
@Service
class ClassService {

    private final Classes classes;
    private final StaffDirectory staff;
    private final AuditLog audit;

    ClassService(Classes classes, StaffDirectory staff, AuditLog audit) {
        this.classes = classes;
        this.staff = staff;
        this.audit = audit;
    }

    @Transactional
    long createGrade(long school, String name, Integer entryYear) {
        if (name.isEmpty() || name.length() > 32 || entryYear == null || entryYear < 2000 || entryYear > 2100) {
            throw RuleViolation.of("grade.invalid");
        }
        long id = Forms.unique("name", "grade.name.duplicate",
                () -> classes.insertGrade(school, name, entryYear, classes.grades(school).size() + 1));
        audit.changed("organization", "grade", id, "CREATE", null, Map.of("name", name, "entryYear", entryYear));
        return id;
    }

    @Transactional
    long createClass(long school, ClassForm form) {
        check(school, form, false);
        long id = Forms.unique("name", "class.name.duplicate", () -> classes.insertClass(school, form.getGradeId(), form));
        audit.changed("organization", "class", id, "CREATE", null, classes.find(school, id).orElseThrow());
        return id;
    }

    @Transactional
    void updateClass(long school, long id, ClassForm form) {
        Classes.ClassRow before = classes.find(school, id).orElseThrow(() -> new NotFoundException("class", id));
        boolean keepsTeacher = java.util.Objects.equals(before.classTeacherId(), form.getClassTeacherId());
        check(school, form, keepsTeacher);
        if (!Forms.unique("name", "class.name.duplicate", () -> classes.updateClass(school, id, form))) {
            throw new OptimisticLockingFailureException("class " + id + " changed");
        }
        audit.changed("organization", "class", id, "UPDATE", before, classes.find(school, id).orElseThrow());
    }

    /** @param keepsTeacher the class keeps its class teacher, who may have left since and is then still accepted */
    private void check(long school, ClassForm form, boolean keepsTeacher) {
        if (classes.grades(school).stream().noneMatch(g -> g.id() == form.getGradeId())) {
            throw new RuleViolation("gradeId", "class.grade.unknown");
        }
        if (form.getClassTeacherId() != null && !keepsTeacher
                && staff.active(school).stream().noneMatch(s -> s.id() == form.getClassTeacherId())) {
            throw new RuleViolation("classTeacherId", "class.teacher.unknown");
        }
    }
}
