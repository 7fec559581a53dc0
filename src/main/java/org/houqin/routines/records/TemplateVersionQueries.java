package org.houqin.routines.records;

import java.util.Optional;

import org.houqin.routines.checklist.ChecklistTemplate;
import org.houqin.routines.checklist.TemplateJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The stored versions of a school's checklists, read back into the checklist model. */
@Component
public class TemplateVersionQueries {

    /** One stored version: its row id, its template's id and name, and the checklist as it was written. */
    public record Version(long id, long templateId, String templateName, ChecklistTemplate template) {

        public int number() {
            return template.version();
        }
    }

    private record Stored(long id, long templateId, String code, String name, String category, int number,
                          String source, String appliesTo, String items) {

        Version version() {
            return new Version(id, templateId, name,
                    TemplateJson.read(code, name, category, number, source, appliesTo, items));
        }
    }

    private static final String SELECT = """
            SELECT v.id, t.id AS template_id, t.code, t.name, t.category, v.number, t.source,
                   v.applies_to::text AS applies_to, v.items::text AS items
            FROM routines.template_version v JOIN routines.template t ON t.id = v.template_id
            """;

    private final JdbcClient jdbc;

    TemplateVersionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version a new record of an active template answers. */
    @Transactional(readOnly = true)
    public Optional<Version> current(long schoolId, long templateId) {
        return jdbc.sql(SELECT + " WHERE t.school_id = ? AND t.id = ? AND t.active AND v.number = t.current_version")
                .params(schoolId, templateId).query(TemplateVersionQueries::stored).optional().map(Stored::version);
    }

    /** The version a record answered, as it was then. */
    @Transactional(readOnly = true)
    public Optional<Version> byId(long schoolId, long versionId) {
        return jdbc.sql(SELECT + " WHERE v.school_id = ? AND v.id = ?").params(schoolId, versionId)
                .query(TemplateVersionQueries::stored).optional().map(Stored::version);
    }

    private static Stored stored(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Stored(rs.getLong("id"), rs.getLong("template_id"), rs.getString("code"), rs.getString("name"),
                rs.getString("category"), rs.getInt("number"), rs.getString("source"), rs.getString("applies_to"),
                rs.getString("items"));
    }
}
