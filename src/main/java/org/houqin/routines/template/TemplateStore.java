package org.houqin.routines.template;

import java.util.List;
import java.util.Optional;

import org.houqin.platform.db.Listing;
import org.houqin.platform.db.Rows;
import org.houqin.platform.db.Search;
import org.houqin.platform.db.Where;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.Sorts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of a school's templates and their versions. */
@Component
class TemplateStore {

    static final Sorts SORTS = Sorts.of("name", "t.name", "category", "t.category", "code", "t.code")
            .neverNull("name", "category", "code");

    private static final Search SEARCH = Search.in("t.name", "t.category").ignoringCase("t.code");

    private static final String SELECT = """
            SELECT t.id, t.code, t.name, t.category, t.source, t.library_code, t.current_version, t.active,
                   t.version, v.id AS version_id, v.applies_to::text AS applies_to, v.items::text AS items
            FROM routines.template t
            JOIN routines.template_version v ON v.template_id = t.id AND v.number = t.current_version""";

    private final JdbcClient jdbc;

    TemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageResult<Templates.Row> page(long schoolId, ListQuery query, String category) {
        return Listing.of(jdbc, """
                t.id, t.code, t.name, t.category, t.library_code, t.current_version, t.active,
                (SELECT count(*) FROM routines.schedule s WHERE s.template_id = t.id AND s.active) AS schedules""",
                "routines.template t")
                .where(Where.of("t.school_id", "school", schoolId).search(query, SEARCH).equal("t.category", category))
                .orderBy(SORTS, query, "t.id").page(query, Templates.Row.class);
    }

    List<String> categories(long schoolId) {
        return jdbc.sql("SELECT DISTINCT category FROM routines.template WHERE school_id = ? ORDER BY category")
                .param(schoolId).query(String.class).list();
    }

    List<Templates.Choice> active(long schoolId) {
        return jdbc.sql("SELECT id, name, category FROM routines.template WHERE school_id = ? AND active ORDER BY name")
                .param(schoolId).query(Rows.of(Templates.Choice.class)).list();
    }

    Optional<Templates.Stored> find(long schoolId, long id) {
        return jdbc.sql(SELECT + " WHERE t.school_id = ? AND t.id = ?").params(schoolId, id)
                .query(Rows.of(Templates.Stored.class)).optional();
    }

    boolean codeTaken(long schoolId, String code) {
        return jdbc.sql("SELECT count(*) FROM routines.template WHERE school_id = ? AND code = ?")
                .params(schoolId, code).query(Long.class).single() > 0;
    }

    long insert(long schoolId, String code, String name, String category, String source, String libraryCode,
                long userId) {
        return jdbc.sql("""
                INSERT INTO routines.template (school_id, code, name, category, source, library_code, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, code, name, category, source, libraryCode, userId).query(Long.class).single();
    }

    void insertVersion(long schoolId, long templateId, int number, String appliesTo, String items, long userId) {
        jdbc.sql("""
                INSERT INTO routines.template_version (school_id, template_id, number, applies_to, items, created_by)
                VALUES (?, ?, ?, ?::jsonb, ?::jsonb, ?)""")
                .params(schoolId, templateId, number, appliesTo, items, userId).update();
    }

    /** The next version number, taken only if nobody saved in between. */
    Optional<Integer> bump(long schoolId, long id, int version, String name, String category, String source) {
        return jdbc.sql("""
                UPDATE routines.template SET current_version = current_version + 1, name = ?, category = ?,
                       source = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND version = ? RETURNING current_version""")
                .params(name, category, source, schoolId, id, version).query(Integer.class).optional();
    }

    boolean setActive(long schoolId, long id, int version, boolean active) {
        return jdbc.sql("""
                UPDATE routines.template SET active = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?""").params(active, schoolId, id, version).update() == 1;
    }
}
