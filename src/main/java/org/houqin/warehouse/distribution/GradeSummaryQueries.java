package org.houqin.warehouse.distribution;

import java.util.List;

import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the classes of a started plan got, added up per grade and item, and per grade. */
@Component
@Transactional(readOnly = true)
class GradeSummaryQueries {

    private final JdbcClient jdbc;

    GradeSummaryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per line of the plan (a grade and an item): classes, students, required, issued, owed, returned, values. */
    List<GradeSummaries.SummaryRow> summary(long schoolId, long distributionId) {
        return jdbc.sql(SUMMARY).params(schoolId, distributionId).query(Rows.of(GradeSummaries.SummaryRow.class)).list();
    }

    /** Per grade: classes and students, and how many classes got all, part or nothing yet. */
    List<GradeSummaries.GradeRow> grades(long schoolId, long distributionId) {
        return jdbc.sql(GRADES).params(schoolId, distributionId).query(Rows.of(GradeSummaries.GradeRow.class)).list();
    }

    private static final String SUMMARY = """
            SELECT l.grade_id, l.grade_name, l.item_id, i.code, i.name, i.specification, i.unit, l.per_student,
                   l.extra_per_class, count(x.id) AS classes, coalesce(sum(c.head_count), 0) AS students,
                   coalesce(sum(x.required), 0) AS required, coalesce(sum(x.issued), 0) AS issued,
                   coalesce(sum(x.required - x.issued) FILTER (WHERE c.status = 'SHORT'), 0) AS owed,
                   coalesce(sum(x.returned), 0) AS returned,
                   coalesce((SELECT -sum(m.amount) FROM warehouse.distribution_handover_line h
                             JOIN warehouse.distribution_class_line y ON y.id = h.class_line_id
                             JOIN warehouse.movement m ON m.id = h.movement_id WHERE y.line_id = l.id), 0) AS issued_value,
                   coalesce((SELECT sum(m.amount) FROM warehouse.distribution_return_line r
                             JOIN warehouse.distribution_class_line y ON y.id = r.class_line_id
                             JOIN warehouse.movement m ON m.id = r.movement_id WHERE y.line_id = l.id), 0) AS returned_value
            FROM warehouse.distribution_line l
            JOIN warehouse.item i ON i.id = l.item_id
            LEFT JOIN warehouse.distribution_class_line x ON x.line_id = l.id
            LEFT JOIN warehouse.distribution_class c ON c.id = x.distribution_class_id
            WHERE l.school_id = ? AND l.distribution_id = ?
            GROUP BY l.id, i.id ORDER BY l.position""";

    private static final String GRADES = """
            SELECT grade_id, grade_name, count(*) AS classes, sum(head_count) AS students,
                   count(*) FILTER (WHERE status = 'ISSUED') AS issued,
                   count(*) FILTER (WHERE status = 'SHORT') AS short_classes,
                   count(*) FILTER (WHERE status = 'PENDING') AS pending, 0::numeric AS value
            FROM warehouse.distribution_class WHERE school_id = ? AND distribution_id = ?
            GROUP BY grade_id, grade_name, grade_order ORDER BY grade_order, grade_id""";
}
