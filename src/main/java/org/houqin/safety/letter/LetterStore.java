package org.houqin.safety.letter;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.houqin.platform.db.Listing;
import org.houqin.platform.db.Rows;
import org.houqin.platform.db.Search;
import org.houqin.platform.db.Where;
import org.houqin.platform.security.SqlCondition;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of the letters themselves: one per person, template and school year; a collected one never changes. */
@Component
class LetterStore {

    private final JdbcClient jdbc;

    LetterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A person's letter of a batch, unless they already have this template for the year: true when added. */
    boolean insert(long schoolId, long batchId, long templateId, String schoolYear, LetterIssue.Recipient r) {
        return jdbc.sql("""
                INSERT INTO safety.letter (school_id, batch_id, template_id, school_year, staff_id, user_id,
                                           person_name, department_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT ON CONSTRAINT letter_once DO NOTHING""")
                .params(schoolId, batchId, templateId, schoolYear, r.staffId(), r.userId(), r.name(),
                        r.departmentId()).update() == 1;
    }

    /** Signs or receives a pending letter; false when it was collected already (a double tap, a second office). */
    boolean collect(long schoolId, long id, LetterStatus status, long by, Instant at) {
        return jdbc.sql("""
                UPDATE safety.letter SET status = ?, signed_at = ?, signed_by = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND status = 'PENDING'""")
                .params(status.name(), Timestamp.from(at), by, schoolId, id).update() == 1;
    }

    /** Marks the pending letters reminded today, once a day each; the ids of those not reminded today before. */
    List<Long> remind(long schoolId, long batchId, LocalDate today) {
        return jdbc.sql("""
                UPDATE safety.letter SET reminded_on = ?
                WHERE school_id = ? AND batch_id = ? AND status = 'PENDING' AND user_id IS NOT NULL
                  AND reminded_on IS DISTINCT FROM ?
                RETURNING user_id""").params(today, schoolId, batchId, today).query(Long.class).list();
    }

    Optional<Letters.Row> find(long schoolId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM " + FROM + " WHERE l.school_id = ? AND l.id = ?")
                .params(schoolId, id).query(Rows.of(Letters.Row.class)).optional();
    }

    List<Letters.Row> ofUser(long schoolId, long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM " + FROM + " " + """
                 WHERE l.school_id = ? AND l.user_id = ?
                ORDER BY l.status = 'PENDING' DESC, b.school_year DESC, l.id DESC""")
                .params(schoolId, userId).query(Rows.of(Letters.Row.class)).list();
    }

    List<Letters.Row> ofBatch(long schoolId, long batchId, SqlCondition scope) {
        return Listing.of(jdbc, COLUMNS, FROM).where(Where.of("l.school_id", "school", schoolId)
                        .and("l.batch_id = :batch", "batch", batchId).and(scope))
                .orderBy("l.department_id NULLS LAST, l.person_name, l.id").all(Listing.EXPORT_LIMIT, Letters.Row.class);
    }

    PageResult<Letters.Row> page(long schoolId, ListQuery query, SqlCondition scope, LetterStatus status) {
        Where where = Where.of("l.school_id", "school", schoolId).and(scope).search(query, SEARCH)
                .equal("l.status", status == null ? null : status.name());
        return Listing.of(jdbc, COLUMNS, FROM).where(where).orderBy("b.school_year DESC, l.batch_id DESC, l.person_name, l.id")
                .page(query, Letters.Row.class);
    }

    long pendingOf(long schoolId, long userId) {
        return jdbc.sql("SELECT count(*) FROM safety.letter WHERE school_id = ? AND user_id = ? AND status = 'PENDING'")
                .params(schoolId, userId).query(Long.class).single();
    }

    private static final Search SEARCH = Search.in("l.person_name", "t.title").ignoringCase("b.number");

    private static final String COLUMNS = """
            l.id, l.batch_id, b.number AS batch_number, l.template_id, t.role, b.revision_id, r.title, l.school_year,
                   l.staff_id, l.user_id, l.person_name, l.department_id, l.status, l.signed_at, l.signed_by,
                   l.reminded_on, l.created_at, l.version""";

    private static final String FROM = """
            safety.letter l JOIN safety.letter_batch b ON b.id = l.batch_id
            JOIN safety.letter_template t ON t.id = l.template_id
            JOIN safety.letter_template_revision r ON r.id = b.revision_id""";
}
