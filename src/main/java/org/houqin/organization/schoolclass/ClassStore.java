package org.houqin.organization.schoolclass;

import java.util.List;
import java.util.Optional;

import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of grades and their classes with head counts and class teachers. */
@Component
class ClassStore {

    /** A class as a form gives it; the order in its grade counts only when it is added. */
    record Facts(long gradeId, String name, int headCount, Long classTeacherId, int sortOrder) {
    }

    private final JdbcClient jdbc;

    ClassStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ClassService.Grade> grades(long schoolId) {
        return jdbc.sql("""
                SELECT g.id, g.name, g.entry_year, g.sort_order,
                       (SELECT count(*) FROM organization.school_class c WHERE c.grade_id = g.id) AS class_count,
                       (SELECT coalesce(sum(c.head_count), 0) FROM organization.school_class c WHERE c.grade_id = g.id) AS students
                FROM organization.grade g WHERE g.school_id = ? ORDER BY g.sort_order, g.id
                """).param(schoolId).query(Rows.of(ClassService.Grade.class)).list();
    }

    List<ClassService.ClassRow> classes(long schoolId) {
        return jdbc.sql(SELECT + " WHERE c.school_id = ? ORDER BY g.sort_order, g.id, c.sort_order, c.id")
                .param(schoolId).query(Rows.of(ClassService.ClassRow.class)).list();
    }

    Optional<ClassService.ClassRow> find(long schoolId, long id) {
        return jdbc.sql(SELECT + " WHERE c.school_id = ? AND c.id = ?").params(schoolId, id)
                .query(Rows.of(ClassService.ClassRow.class)).optional();
    }

    Optional<Long> teacherOf(long classId) {
        return jdbc.sql("SELECT class_teacher_id FROM organization.school_class WHERE id = ?").param(classId)
                .query(Long.class).optional();
    }

    long insertGrade(long schoolId, String name, int entryYear, int sortOrder) {
        return jdbc.sql("""
                INSERT INTO organization.grade (school_id, name, entry_year, sort_order) VALUES (?, ?, ?, ?) RETURNING id
                """).params(schoolId, name, entryYear, sortOrder).query(Long.class).single();
    }

    long insertClass(long schoolId, Facts c) {
        return jdbc.sql("""
                INSERT INTO organization.school_class (school_id, grade_id, name, head_count, class_teacher_id, sort_order)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id
                """).params(schoolId, c.gradeId(), c.name(), c.headCount(), c.classTeacherId(), c.sortOrder())
                .query(Long.class).single();
    }

    boolean updateClass(long schoolId, long id, int version, Facts c) {
        return jdbc.sql("""
                UPDATE organization.school_class SET grade_id = ?, name = ?, head_count = ?, class_teacher_id = ?,
                       version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?
                """).params(c.gradeId(), c.name(), c.headCount(), c.classTeacherId(), schoolId, id, version)
                .update() == 1;
    }

    private static final String SELECT = """
            SELECT c.id, c.grade_id, g.name AS grade_name, c.name, c.head_count, c.class_teacher_id,
                   s.name AS class_teacher_name, c.version
            FROM organization.school_class c JOIN organization.grade g ON g.id = c.grade_id
            LEFT JOIN organization.staff s ON s.id = c.class_teacher_id""";
}
