package org.houqin.safety.rule;

import java.time.LocalDate;
import java.util.Collection;
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

/** The SQL of rules, their versions and who acknowledged which version. */
@Component("safetyRuleStore")
class RuleStore {

    private final JdbcClient jdbc;

    RuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long schoolId, RuleForm form, String libraryCode, long userId) {
        return jdbc.sql("""
                INSERT INTO safety.rule (school_id, title, kind, required_roles, library_code, created_by)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, form.getTitle(), form.getKind().name(), String.join(",", form.getRequiredRoles()),
                        libraryCode, userId).query(Long.class).single();
    }

    void insertVersion(long schoolId, long ruleId, int number, VersionForm form, long userId) {
        jdbc.sql("""
                INSERT INTO safety.rule_version (school_id, rule_id, number, body, effective_on, note, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(schoolId, ruleId, number, form.getBody(), form.getEffectiveOn(), form.getNote(), userId)
                .update();
    }

    /** Takes the rule's version for a change, where it is still the version read. */
    boolean touch(long schoolId, long id, int version) {
        return jdbc.sql("UPDATE safety.rule SET version = version + 1 WHERE school_id = ? AND id = ? AND version = ?")
                .params(schoolId, id, version).update() == 1;
    }

    boolean acknowledge(long schoolId, long ruleId, long versionId, long userId) {
        return jdbc.sql("""
                INSERT INTO safety.rule_acknowledgement (school_id, rule_id, rule_version_id, user_id)
                VALUES (?, ?, ?, ?) ON CONFLICT ON CONSTRAINT rule_acknowledged_once DO NOTHING""")
                .params(schoolId, ruleId, versionId, userId).update() == 1;
    }

    /** The rules in force today, each with the version in force. */
    PageResult<Rules.Row> page(long schoolId, LocalDate today, ListQuery query, RuleKind kind) {
        return Listing.of(jdbc, COLUMNS, FROM)
                .where(Where.of("r.school_id", "school", schoolId).and(CURRENT, "today", today)
                        .equal("r.kind", kind == null ? null : kind.name()).search(query, SEARCH))
                .orderBy("r.kind, r.title, r.id").page(query, Rules.Row.class);
    }

    Optional<Rules.Row> find(long schoolId, LocalDate today, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM " + FROM + " WHERE r.school_id = :school AND r.id = :id AND "
                        + CURRENT_OR_FIRST).param("school", schoolId).param("id", id).param("today", today)
                .query(Rows.of(Rules.Row.class)).optional();
    }

    List<Rules.Version> versions(long schoolId, long ruleId) {
        return jdbc.sql("""
                SELECT id, number, body, effective_on, note, created_at FROM safety.rule_version
                WHERE school_id = ? AND rule_id = ? ORDER BY number DESC""").params(schoolId, ruleId)
                .query(Rows.of(Rules.Version.class)).list();
    }

    List<Long> acknowledgedBy(long schoolId, long versionId) {
        return jdbc.sql("SELECT user_id FROM safety.rule_acknowledgement WHERE school_id = ? AND rule_version_id = ?")
                .params(schoolId, versionId).query(Long.class).list();
    }

    List<String> titles(long schoolId) {
        return jdbc.sql("SELECT title FROM safety.rule WHERE school_id = ?").param(schoolId).query(String.class).list();
    }

    /** The rules in force required of these roles whose current version the reader has not acknowledged. */
    List<Rules.Row> unread(long schoolId, long userId, LocalDate today, Collection<String> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM " + FROM + " " + """
                 WHERE r.school_id = :school AND string_to_array(r.required_roles, ',') && CAST(:roles AS text[])
                   AND NOT EXISTS (SELECT 1 FROM safety.rule_acknowledgement k
                                   WHERE k.rule_version_id = v.id AND k.user_id = :reader)
                   AND\s""" + CURRENT + " ORDER BY v.effective_on, r.id").param("school", schoolId).param("today", today)
                .param("reader", userId).param("roles", roles.toArray(String[]::new))
                .query(Rows.of(Rules.Row.class)).list();
    }

    /** The versions this reader acknowledged among these. */
    List<Long> acknowledged(long schoolId, long userId, Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT rule_version_id FROM safety.rule_acknowledgement
                WHERE school_id = ? AND user_id = ? AND rule_version_id = ANY (?)""")
                .params(schoolId, userId, versionIds.toArray(Long[]::new)).query(Long.class).list();
    }

    /** The version in force: the latest whose day has come. */
    private static final String CURRENT = """
            v.number = (SELECT max(c.number) FROM safety.rule_version c
                        WHERE c.rule_id = r.id AND c.effective_on <= :today)""";

    /** The version in force, or the first one while none is. */
    private static final String CURRENT_OR_FIRST = """
            v.number = coalesce((SELECT max(c.number) FROM safety.rule_version c
                                 WHERE c.rule_id = r.id AND c.effective_on <= :today), 1)""";

    private static final Search SEARCH = Search.in("r.title");

    private static final String COLUMNS = """
            r.id, r.title, r.kind, r.required_roles, r.version, v.id AS current_version_id,
                   v.number AS current_number, v.effective_on, v.body,
                   (SELECT max(number) FROM safety.rule_version a WHERE a.rule_id = r.id) AS latest_number""";

    private static final String FROM = "safety.rule r JOIN safety.rule_version v ON v.rule_id = r.id";
}
