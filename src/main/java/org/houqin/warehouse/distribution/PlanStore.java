package org.houqin.warehouse.distribution;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.houqin.platform.db.Listing;
import org.houqin.platform.db.Rows;
import org.houqin.platform.db.Search;
import org.houqin.platform.db.Where;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes distribution plans and their lines, and adds up what the classes of a started plan got. */
@Component
class PlanStore {

    /** A line as it is saved: the grade with its name and order of the day, the item and the figures. */
    record NewLine(long gradeId, String gradeName, int gradeOrder, long itemId, BigDecimal perStudent,
                   BigDecimal extraPerClass) {
    }

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first, searched by name or semester, or by number in any case. */
    PageResult<Distributions.Plan> page(long schoolId, ListQuery query) {
        return Listing.of(jdbc, COLUMNS, FROM).countFrom("warehouse.distribution d")
                .where(Where.of("d.school_id", "school", schoolId).search(query, SEARCH))
                .orderBy("d.created_at DESC, d.id DESC").page(query, Distributions.Plan.class);
    }

    Optional<Distributions.Plan> find(long schoolId, long id) {
        return jdbc.sql(SELECT + " WHERE d.school_id = :school AND d.id = :id").param("school", schoolId)
                .param("id", id).query(Rows.of(Distributions.Plan.class)).optional();
    }

    List<Distributions.PlanLine> lines(long schoolId, long id) {
        return jdbc.sql("""
                SELECT l.id, l.position, l.grade_id, l.grade_name, l.item_id, i.code, i.name, i.specification, i.unit,
                       l.per_student, l.extra_per_class
                FROM warehouse.distribution_line l JOIN warehouse.item i ON i.id = l.item_id
                WHERE l.school_id = ? AND l.distribution_id = ? ORDER BY l.position""").params(schoolId, id)
                .query(Rows.of(Distributions.PlanLine.class)).list();
    }

    /** A plan for a change, its row locked until the transaction ends (a close waits for hand-overs in flight). */
    Optional<Distribution> lock(long schoolId, long id) {
        return load(schoolId, id, "FOR UPDATE");
    }

    /** A plan for a hand-over or return: many may run at once, a close or edit waits for them. */
    Optional<Distribution> lockShared(long schoolId, long id) {
        return load(schoolId, id, "FOR SHARE");
    }

    private Optional<Distribution> load(long schoolId, long id, String lock) {
        Optional<Object[]> head = jdbc.sql(
                        "SELECT status, version FROM warehouse.distribution WHERE school_id = ? AND id = ? " + lock)
                .params(schoolId, id)
                .query((rs, n) -> new Object[] {rs.getString("status"), rs.getInt("version")}).optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<Distribution.Line> lines = jdbc.sql("""
                SELECT id, grade_id, item_id, per_student, extra_per_class FROM warehouse.distribution_line
                WHERE school_id = ? AND distribution_id = ? ORDER BY position""").params(schoolId, id)
                .query(Rows.of(Distribution.Line.class)).list();
        return Optional.of(new Distribution(id, DistributionStatus.valueOf((String) head.get()[0]),
                (Integer) head.get()[1], lines));
    }

    /** A plan's head as it is saved: its name, the semester with its name of the day, the store, a note. */
    record Head(String name, long semesterId, String semesterName, long storeId, String note) {
    }

    long insert(long schoolId, String number, Head head, long by, String byName, Instant at) {
        return jdbc.sql("""
                INSERT INTO warehouse.distribution (school_id, number, name, semester_id, semester_name, store_id, status,
                       note, created_by, created_by_name, created_at)
                VALUES (?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, number, head.name(), head.semesterId(), head.semesterName(), head.storeId(),
                        head.note(), by, byName, Timestamp.from(at))
                .query(Long.class).single();
    }

    /** Saves the edited head of a draft; false when it changed since the form was opened. */
    boolean updateHead(long schoolId, long id, int version, Head head) {
        return jdbc.sql("""
                UPDATE warehouse.distribution SET name = ?, semester_id = ?, semester_name = ?, store_id = ?, note = ?,
                       version = version + 1
                WHERE school_id = ? AND id = ? AND version = ? AND status = 'DRAFT'""")
                .params(head.name(), head.semesterId(), head.semesterName(), head.storeId(), head.note(), schoolId,
                        id, version).update() == 1;
    }

    void replaceLines(long schoolId, long id, List<NewLine> lines) {
        jdbc.sql("DELETE FROM warehouse.distribution_line WHERE school_id = ? AND distribution_id = ?")
                .params(schoolId, id).update();
        for (int i = 0; i < lines.size(); i++) {
            NewLine line = lines.get(i);
            jdbc.sql("""
                    INSERT INTO warehouse.distribution_line (school_id, distribution_id, position, grade_id, grade_name,
                           grade_order, item_id, per_student, extra_per_class)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(schoolId, id, i + 1, line.gradeId(), line.gradeName(), line.gradeOrder(), line.itemId(),
                            line.perStudent(), line.extraPerClass()).update();
        }
    }

    /** Saves a step of the plan; false when someone else changed it since it was loaded. */
    boolean saveStatus(long schoolId, Distribution plan, Instant at, String closeNote) {
        String status = plan.status.name();
        return jdbc.sql("""
                UPDATE warehouse.distribution SET status = ?,
                       started_at = CASE WHEN ? = 'ISSUING' THEN ? ELSE started_at END,
                       finished_at = CASE WHEN ? IN ('CLOSED', 'CANCELLED') THEN ? ELSE finished_at END,
                       close_note = coalesce(?, close_note), version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?""")
                .params(status, status, Timestamp.from(at), status, Timestamp.from(at), closeNote, schoolId, plan.id,
                        plan.version).update() == 1;
    }

    private static final Search SEARCH = Search.in("d.name", "d.semester_name").ignoringCase("d.number");

    private static final String COLUMNS = """
            d.id, d.number, d.name, d.semester_id, d.semester_name, d.store_id, s.name AS store_name, d.status,
                   d.note, d.created_by_name, d.created_at, d.started_at, d.finished_at, d.close_note, d.version,
                   (SELECT count(*) FROM warehouse.distribution_class c WHERE c.distribution_id = d.id) AS classes,
                   (SELECT count(*) FROM warehouse.distribution_class c
                    WHERE c.distribution_id = d.id AND c.status = 'ISSUED') AS issued_classes,
                   (SELECT count(*) FROM warehouse.distribution_class c
                    WHERE c.distribution_id = d.id AND c.status <> 'ISSUED') AS owed_classes""";

    private static final String FROM = "warehouse.distribution d JOIN warehouse.store s ON s.id = d.store_id";

    private static final String SELECT = "SELECT " + COLUMNS + " FROM " + FROM;
}
