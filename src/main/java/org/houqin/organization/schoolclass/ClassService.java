package org.houqin.organization.schoolclass;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.houqin.audit.AuditLog;
import org.houqin.organization.OrganizationApi.StaffRef;
import org.houqin.organization.staff.StaffService;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Grades and classes: read, added and edited, keeping a class's grade and class teacher within the school. */
@Service
public class ClassService {

    public record Grade(long id, String name, int entryYear, int sortOrder, long classCount, long students) {
    }

    public record ClassRow(long id, long gradeId, String gradeName, String name, int headCount, Long classTeacherId,
                           String classTeacherName, int version) {

        public String fullName() {
            return gradeName + name;
        }
    }

    private final ClassStore classes;
    private final StaffService staff;
    private final AuditLog audit;

    ClassService(ClassStore classes, StaffService staff, AuditLog audit) {
        this.classes = classes;
        this.staff = staff;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Grade> grades(long schoolId) {
        return classes.grades(schoolId);
    }

    @Transactional(readOnly = true)
    public List<ClassRow> classes(long schoolId) {
        return classes.classes(schoolId);
    }

    @Transactional(readOnly = true)
    public Optional<ClassRow> find(long schoolId, long id) {
        return classes.find(schoolId, id);
    }

    /** Every class's full name (初一1班), by grade and then in the order of the class list. */
    @Transactional(readOnly = true)
    public Map<Long, String> names(long schoolId) {
        Map<Long, String> names = new LinkedHashMap<>();
        classes.classes(schoolId).forEach(c -> names.put(c.id(), c.fullName()));
        return names;
    }

    @Transactional(readOnly = true)
    public Optional<Long> teacherOf(long classId) {
        return classes.teacherOf(classId);
    }

    /**
     * Who may be chosen as a class's teacher: the school's active staff, and the class's own teacher who has left
     * since, so that saving the form does not drop them silently.
     */
    @Transactional(readOnly = true)
    List<StaffRef> teacherChoices(long school, Long classTeacherId) {
        List<StaffRef> teachers = new ArrayList<>(staff.active(school));
        if (classTeacherId != null && teachers.stream().noneMatch(t -> t.id() == classTeacherId)) {
            staff.find(classTeacherId).ifPresent(teachers::add);
        }
        return teachers;
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
        long id = Forms.unique("name", "class.name.duplicate", () -> classes.insertClass(school, facts(form)));
        audit.changed("organization", "class", id, "CREATE", null, classes.find(school, id).orElseThrow());
        return id;
    }

    @Transactional
    void updateClass(long school, long id, ClassForm form) {
        ClassRow before = classes.find(school, id).orElseThrow(() -> new NotFoundException("class", id));
        boolean keepsTeacher = Objects.equals(before.classTeacherId(), form.getClassTeacherId());
        check(school, form, keepsTeacher);
        if (!Forms.unique("name", "class.name.duplicate",
                () -> classes.updateClass(school, id, form.getVersion(), facts(form)))) {
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

    private static ClassStore.Facts facts(ClassForm form) {
        return new ClassStore.Facts(form.getGradeId(), form.getName(), form.getHeadCount(), form.getClassTeacherId(),
                form.getSortOrder() == null ? 0 : form.getSortOrder());
    }
}
