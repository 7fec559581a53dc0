package org.houqin.organization.schoolclass;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Grades and their classes with head counts and class teachers. */
@Component
public class Classes {

    public record Grade(long id, String name, int entryYear, int sortOrder, long classCount, long students) {
    }

    public record ClassRow(long id, long gradeId, String gradeName, String name, int headCount, Long classTeacherId,
                           String classTeacherName, int version) {

        public String fullName() {
            return gradeName + name;
        }
    }

    private final JdbcClient jdbc;

    Classes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Grade> grades(long schoolId) {
        return jdbc.sql("""
                SELECT g.id, g.name, g.entry_year, g.sort_order,
                       (SELECT count(*) FROM organization.school_class c WHERE c.grade_id = g.id) AS class_count,
                       (SELECT coalesce(sum(c.head_count), 0) FROM organization.school_class c WHERE c.grade_id = g.id) AS students
                FROM organization.grade g WHERE g.school_id = ? ORDER BY g.sort_order, g.id
                """).param(schoolId).query(Rows.of(Grade.class)).list();
    }

    public List<ClassRow> classes(long schoolId) {
        return jdbc.sql(SELECT + " WHERE c.school_id = ? ORDER BY g.sort_order, g.id, c.sort_order, c.id")
                .param(schoolId).query(Rows.of(ClassRow.class)).list();
    }

    public Optional<ClassRow> find(long schoolId, long id) {
        return jdbc.sql(SELECT + " WHERE c.school_id = ? AND c.id = ?").params(schoolId, id).query(Rows.of(ClassRow.class)).optional();
    }

    public Map<Long, String> names(long schoolId) {
        Map<Long, String> names = new LinkedHashMap<>();
        classes(schoolId).forEach(c -> names.put(c.id(), c.fullName()));
        return names;
    }

    public Optional<Long> teacherOf(long classId) {
        return jdbc.sql("SELECT class_teacher_id FROM organization.school_class WHERE id = ?").param(classId)
                .query(Long.class).optional();
    }

    long insertGrade(long schoolId, String name, int entryYear, int sortOrder) {
        return jdbc.sql("""
                INSERT INTO organization.grade (school_id, name, entry_year, sort_order) VALUES (?, ?, ?, ?) RETURNING id
                """).params(schoolId, name, entryYear, sortOrder).query(Long.class).single();
    }

    long insertClass(long schoolId, long gradeId, ClassForm form) {
        return jdbc.sql("""
                INSERT INTO organization.school_class (school_id, grade_id, name, head_count, class_teacher_id, sort_order)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id
                """).params(schoolId, gradeId, form.getName(), form.getHeadCount(), form.getClassTeacherId(),
                form.getSortOrder() == null ? 0 : form.getSortOrder()).query(Long.class).single();
    }

    boolean updateClass(long schoolId, long id, ClassForm form) {
        return jdbc.sql("""
                UPDATE organization.school_class SET grade_id = ?, name = ?, head_count = ?, class_teacher_id = ?,
                       version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?
                """).params(form.getGradeId(), form.getName(), form.getHeadCount(), form.getClassTeacherId(), schoolId,
                id, form.getVersion()).update() == 1;
    }

    private static final String SELECT = """
            SELECT c.id, c.grade_id, g.name AS grade_name, c.name, c.head_count, c.class_teacher_id,
                   s.name AS class_teacher_name, c.version
            FROM organization.school_class c JOIN organization.grade g ON g.id = c.grade_id
            LEFT JOIN organization.staff s ON s.id = c.class_teacher_id""";
}
