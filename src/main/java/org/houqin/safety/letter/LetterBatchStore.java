package org.houqin.safety.letter;

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

/** The SQL of issued batches and their collection counts. */
@Component
class LetterBatchStore {

    private final JdbcClient jdbc;

    LetterBatchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewBatch(String number, long templateId, long revisionId, String schoolYear, String roles,
                    Long[] departmentIds, Long renewedFrom, long issuedBy, String issuedByName) {
    }

    long insert(long schoolId, NewBatch b) {
        return jdbc.sql("""
                INSERT INTO safety.letter_batch (school_id, number, template_id, revision_id, school_year, roles,
                                                 department_ids, renewed_from, issued_by, issued_by_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, b.number(), b.templateId(), b.revisionId(), b.schoolYear(), b.roles(),
                        b.departmentIds(), b.renewedFrom(), b.issuedBy(), b.issuedByName())
                .query(Long.class).single();
    }

    Optional<LetterBatches.Row> find(long schoolId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM " + FROM + " WHERE b.school_id = ? AND b.id = ?")
                .params(schoolId, id).query(Rows.of(LetterBatches.Row.class)).optional();
    }

    PageResult<LetterBatches.Row> page(long schoolId, ListQuery query, String schoolYear) {
        return Listing.of(jdbc, COLUMNS, FROM)
                .where(Where.of("b.school_id", "school", schoolId).equal("b.school_year", schoolYear)
                        .search(query, SEARCH))
                .orderBy("b.school_year DESC, b.issued_at DESC, b.id DESC").page(query, LetterBatches.Row.class);
    }

    List<String> schoolYears(long schoolId) {
        return jdbc.sql("SELECT DISTINCT school_year FROM safety.letter_batch WHERE school_id = ? ORDER BY 1 DESC")
                .param(schoolId).query(String.class).list();
    }

    /** Collected and due per department of a batch, departments in order of their id. */
    List<LetterBatches.DepartmentCount> byDepartment(long schoolId, long batchId) {
        return jdbc.sql("""
                SELECT department_id, count(*) FILTER (WHERE status <> 'PENDING') AS collected, count(*) AS due
                FROM safety.letter WHERE school_id = ? AND batch_id = ?
                GROUP BY department_id ORDER BY department_id NULLS LAST""").params(schoolId, batchId)
                .query(Rows.of(LetterBatches.DepartmentCount.class)).list();
    }

    /** Collected and due over all letters of a school year. */
    LetterBatches.DepartmentCount ofYear(long schoolId, String schoolYear) {
        return jdbc.sql("""
                SELECT NULL::bigint AS department_id, count(*) FILTER (WHERE status <> 'PENDING') AS collected,
                       count(*) AS due
                FROM safety.letter WHERE school_id = ? AND school_year = ?""").params(schoolId, schoolYear)
                .query(Rows.of(LetterBatches.DepartmentCount.class)).single();
    }

    private static final Search SEARCH = Search.in("r.title").ignoringCase("b.number");

    private static final String COLUMNS = """
            b.id, b.number, b.template_id, t.role, b.revision_id, r.title, b.school_year, b.roles,
                   array_to_string(b.department_ids, ',') AS department_ids,
                   b.renewed_from, b.issued_by_name, b.issued_at, b.version,
                   (SELECT count(*) FROM safety.letter l WHERE l.batch_id = b.id AND l.status <> 'PENDING') AS collected,
                   (SELECT count(*) FROM safety.letter l WHERE l.batch_id = b.id) AS due""";

    private static final String FROM = """
            safety.letter_batch b JOIN safety.letter_template t ON t.id = b.template_id
            JOIN safety.letter_template_revision r ON r.id = b.revision_id""";
}
