package org.houqin.warehouse.distribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.houqin.platform.db.Rows;
import org.houqin.platform.db.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes the classes of a started plan: their lists, hand-overs with signatures, and returns. */
@Component
class ClassListStore {

    private final JdbcClient jdbc;

    ClassListStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The classes of a plan in grade and class order, all or those of one grade. */
    List<Handovers.ClassRow> classes(long schoolId, long distributionId, Long gradeId) {
        Where where = Where.of("c.school_id", "school", schoolId).and("c.distribution_id = :plan", "plan", distributionId)
                .equal("c.grade_id", gradeId);
        return jdbc.sql(SELECT + where.sql() + " ORDER BY c.grade_order, c.position").params(where.params())
                .query(Rows.of(Handovers.ClassRow.class)).list();
    }

    Optional<Handovers.ClassRow> find(long schoolId, long distributionId, long id) {
        return jdbc.sql(SELECT + " WHERE c.school_id = :school AND c.distribution_id = :plan AND c.id = :id")
                .param("school", schoolId).param("plan", distributionId).param("id", id)
                .query(Rows.of(Handovers.ClassRow.class)).optional();
    }

    /** A class's list with what the store holds of each item now. */
    List<Handovers.ClassLineRow> lines(long schoolId, long classRowId, long storeId) {
        return jdbc.sql("""
                SELECT x.id, x.item_id, i.code, i.name, i.specification, i.unit, l.per_student, l.extra_per_class,
                       x.required, x.issued, x.returned, coalesce(b.quantity, 0) AS available
                FROM warehouse.distribution_class_line x
                JOIN warehouse.distribution_line l ON l.id = x.line_id
                JOIN warehouse.item i ON i.id = x.item_id
                LEFT JOIN warehouse.balance b ON b.item_id = x.item_id AND b.store_id = ?
                WHERE x.school_id = ? AND x.distribution_class_id = ? ORDER BY l.position""")
                .params(storeId, schoolId, classRowId).query(Rows.of(Handovers.ClassLineRow.class)).list();
    }

    List<Handovers.HandoverRow> handovers(long schoolId, long classRowId) {
        return jdbc.sql("""
                SELECT id, issued_on, issued_by_name, receiver_name, signature_id, shortage_reason, created_at
                FROM warehouse.distribution_handover WHERE school_id = ? AND distribution_class_id = ?
                ORDER BY created_at, id""").params(schoolId, classRowId).query(Rows.of(Handovers.HandoverRow.class))
                .list();
    }

    List<Handovers.MovedLine> handedLines(long schoolId, long classRowId) {
        return jdbc.sql(MOVED.formatted("-m.amount", "distribution_handover_line", "handover_id",
                        "distribution_handover")).params(schoolId, classRowId)
                .query(Rows.of(Handovers.MovedLine.class)).list();
    }

    List<Handovers.ReturnRow> returns(long schoolId, long classRowId) {
        return jdbc.sql("""
                SELECT id, returned_on, returned_by_name, received_by_name, reason, created_at
                FROM warehouse.distribution_return WHERE school_id = ? AND distribution_class_id = ?
                ORDER BY created_at, id""").params(schoolId, classRowId).query(Rows.of(Handovers.ReturnRow.class))
                .list();
    }

    List<Handovers.MovedLine> returnedLines(long schoolId, long classRowId) {
        return jdbc.sql(MOVED.formatted("m.amount", "distribution_return_line", "return_id", "distribution_return"))
                .params(schoolId, classRowId).query(Rows.of(Handovers.MovedLine.class)).list();
    }

    /** A class for a hand-over or return, its row locked until the transaction ends (two tablets wait in turn). */
    Optional<ClassIssue> lock(long schoolId, long distributionId, long id) {
        Optional<Object[]> head = jdbc.sql("""
                SELECT status, version FROM warehouse.distribution_class
                WHERE school_id = ? AND distribution_id = ? AND id = ? FOR UPDATE""").params(schoolId, distributionId, id)
                .query((rs, n) -> new Object[] {rs.getString("status"), rs.getInt("version")}).optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<ClassIssue.Line> lines = jdbc.sql("""
                SELECT x.id, x.required, x.issued, x.returned FROM warehouse.distribution_class_line x
                JOIN warehouse.distribution_line l ON l.id = x.line_id
                WHERE x.school_id = ? AND x.distribution_class_id = ? ORDER BY l.position""").params(schoolId, id)
                .query(Rows.of(ClassIssue.Line.class)).list();
        return Optional.of(new ClassIssue(id, ClassStatus.valueOf((String) head.get()[0]), (Integer) head.get()[1],
                lines));
    }

    /** Writes the class lists of a plan that starts, each class with its head count and teacher of today. */
    void insertLists(long schoolId, long distributionId, List<Distribution.ClassList> lists, Map<Long, Long> itemOfLine) {
        int position = 0;
        for (Distribution.ClassList list : lists) {
            var c = list.schoolClass();
            long row = jdbc.sql("""
                    INSERT INTO warehouse.distribution_class (school_id, distribution_id, class_id, grade_id, grade_name,
                           grade_order, class_name, position, head_count, teacher_staff_id, teacher_name)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(schoolId, distributionId, c.id(), c.gradeId(), c.gradeName(), c.gradeOrder(), c.fullName(),
                            ++position, c.headCount(), c.classTeacherId(), c.classTeacherName())
                    .query(Long.class).single();
            list.required().forEach((line, required) -> jdbc.sql("""
                    INSERT INTO warehouse.distribution_class_line (school_id, distribution_class_id, line_id, item_id,
                                                                   required)
                    VALUES (?, ?, ?, ?, ?)""").params(schoolId, row, line, itemOfLine.get(line), required).update());
        }
    }

    long insertHandover(long schoolId, long classRowId, LocalDate issuedOn, String receiverName, long by,
                        String byName, UUID signatureId, String shortageReason) {
        return jdbc.sql("""
                INSERT INTO warehouse.distribution_handover (school_id, distribution_class_id, issued_on, issued_by,
                       issued_by_name, receiver_name, signature_id, shortage_reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, classRowId, issuedOn, by, byName, receiverName, signatureId, shortageReason)
                .query(Long.class).single();
    }

    void insertHandoverLine(long schoolId, long handoverId, long classLineId, BigDecimal quantity, long movementId) {
        jdbc.sql("""
                INSERT INTO warehouse.distribution_handover_line (school_id, handover_id, class_line_id, quantity,
                                                                  movement_id)
                VALUES (?, ?, ?, ?, ?)""").params(schoolId, handoverId, classLineId, quantity, movementId).update();
        jdbc.sql("UPDATE warehouse.distribution_class_line SET issued = issued + ? WHERE school_id = ? AND id = ?")
                .params(quantity, schoolId, classLineId).update();
    }

    long insertReturn(long schoolId, long classRowId, LocalDate returnedOn, String returnedBy, String reason, long by,
                      String byName) {
        return jdbc.sql("""
                INSERT INTO warehouse.distribution_return (school_id, distribution_class_id, returned_on,
                       returned_by_name, received_by, received_by_name, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, classRowId, returnedOn, returnedBy, by, byName, reason)
                .query(Long.class).single();
    }

    void insertReturnLine(long schoolId, long returnId, long classLineId, BigDecimal quantity, long movementId) {
        jdbc.sql("""
                INSERT INTO warehouse.distribution_return_line (school_id, return_id, class_line_id, quantity, movement_id)
                VALUES (?, ?, ?, ?, ?)""").params(schoolId, returnId, classLineId, quantity, movementId).update();
        jdbc.sql("UPDATE warehouse.distribution_class_line SET returned = returned + ? WHERE school_id = ? AND id = ?")
                .params(quantity, schoolId, classLineId).update();
    }

    /** Saves the class's state after a hand-over or return; false when someone else changed it since it was loaded. */
    boolean save(long schoolId, ClassIssue issue) {
        return jdbc.sql("""
                UPDATE warehouse.distribution_class SET status = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?""")
                .params(issue.status.name(), schoolId, issue.id, issue.version).update() == 1;
    }

    /** What one copy of a class line cost on average when it left the store. */
    BigDecimal issuedUnitCost(long schoolId, long classLineId) {
        return jdbc.sql("""
                SELECT coalesce(round(-sum(m.amount) / nullif(sum(h.quantity), 0), 4), 0)
                FROM warehouse.distribution_handover_line h JOIN warehouse.movement m ON m.id = h.movement_id
                WHERE h.school_id = ? AND h.class_line_id = ?""").params(schoolId, classLineId)
                .query(BigDecimal.class).single();
    }

    /** The day the class first got anything, if it has. */
    Optional<LocalDate> firstIssuedOn(long schoolId, long classRowId) {
        return jdbc.sql("""
                SELECT min(issued_on) FROM warehouse.distribution_handover
                WHERE school_id = ? AND distribution_class_id = ?""")
                .params(schoolId, classRowId).query(LocalDate.class).optional();
    }

    private static final String MOVED = """
            SELECT t.%3$s AS document_id, i.name, i.specification, i.unit, t.quantity, %1$s AS amount
            FROM warehouse.%2$s t
            JOIN warehouse.%4$s d ON d.id = t.%3$s
            JOIN warehouse.distribution_class_line x ON x.id = t.class_line_id
            JOIN warehouse.distribution_line l ON l.id = x.line_id
            JOIN warehouse.item i ON i.id = x.item_id
            JOIN warehouse.movement m ON m.id = t.movement_id
            WHERE t.school_id = ? AND d.distribution_class_id = ? ORDER BY t.%3$s, l.position""";

    private static final String SELECT = """
            SELECT c.id, c.distribution_id, c.class_id, c.grade_id, c.grade_name, c.class_name, c.head_count,
                   c.teacher_name, c.status, c.version,
                   (SELECT max(h.issued_on) FROM warehouse.distribution_handover h
                    WHERE h.distribution_class_id = c.id) AS issued_on,
                   (SELECT h.shortage_reason FROM warehouse.distribution_handover h
                    WHERE h.distribution_class_id = c.id AND c.status = 'SHORT'
                    ORDER BY h.created_at DESC, h.id DESC LIMIT 1) AS shortage_reason
            FROM warehouse.distribution_class c""";
}
