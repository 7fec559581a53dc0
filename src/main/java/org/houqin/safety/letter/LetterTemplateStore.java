package org.houqin.safety.letter;

import java.util.List;
import java.util.Optional;

import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of letter templates and their revisions; a revision is never changed. */
@Component
class LetterTemplateStore {

    private final JdbcClient jdbc;

    LetterTemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long schoolId, LetterRole role, String title, String libraryCode, long userId) {
        return jdbc.sql("""
                INSERT INTO safety.letter_template (school_id, role, title, library_code, created_by)
                VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, role.name(), title, libraryCode, userId).query(Long.class).single();
    }

    long insertRevision(long schoolId, long templateId, int number, String title, String body, long userId) {
        return jdbc.sql("""
                INSERT INTO safety.letter_template_revision (school_id, template_id, number, title, body, created_by)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, templateId, number, title, body, userId).query(Long.class).single();
    }

    /** Makes the next revision current, where the template still has the version it was read with. */
    boolean revise(long schoolId, long id, int version, String title) {
        return jdbc.sql("""
                UPDATE safety.letter_template SET title = ?, current_revision = current_revision + 1,
                       version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?""")
                .params(title, schoolId, id, version).update() == 1;
    }

    List<LetterTemplates.Row> all(long schoolId) {
        return jdbc.sql(SELECT + " WHERE t.school_id = ? ORDER BY t.id").param(schoolId)
                .query(Rows.of(LetterTemplates.Row.class)).list();
    }

    Optional<LetterTemplates.Row> find(long schoolId, long id) {
        return jdbc.sql(SELECT + " WHERE t.school_id = ? AND t.id = ?").params(schoolId, id)
                .query(Rows.of(LetterTemplates.Row.class)).optional();
    }

    List<LetterTemplates.Revision> revisions(long schoolId, long templateId) {
        return jdbc.sql("""
                SELECT id, number, title, body, created_at FROM safety.letter_template_revision
                WHERE school_id = ? AND template_id = ? ORDER BY number DESC""").params(schoolId, templateId)
                .query(Rows.of(LetterTemplates.Revision.class)).list();
    }

    Optional<LetterTemplates.Revision> revision(long schoolId, long revisionId) {
        return jdbc.sql("""
                SELECT id, number, title, body, created_at FROM safety.letter_template_revision
                WHERE school_id = ? AND id = ?""").params(schoolId, revisionId)
                .query(Rows.of(LetterTemplates.Revision.class)).optional();
    }

    private static final String SELECT = """
            SELECT t.id, t.role, t.title, t.library_code, t.current_revision, t.version, r.id AS revision_id, r.body
            FROM safety.letter_template t
            JOIN safety.letter_template_revision r ON r.template_id = t.id AND r.number = t.current_revision""";
}
