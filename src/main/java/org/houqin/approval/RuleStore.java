package org.houqin.approval;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes approval rules and their ordered steps. */
@Component
class RuleStore {

    record Rule(long id, String documentType, String name, BigDecimal minAmount, BigDecimal maxAmount,
                String category, int priority, boolean active, int version) {
    }

    record RuleStep(long ruleId, int position, String roleCode, boolean sameDepartment, Long userId,
                    String fallbackRoleCode) {
    }

    private final JdbcClient jdbc;

    RuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The active rules of a document type, as the rule choice weighs them. */
    List<RuleChoice.Candidate> candidates(long schoolId, String documentType) {
        return jdbc.sql("""
                SELECT id, min_amount, max_amount, category, priority FROM approval.rule
                WHERE school_id = ? AND document_type = ? AND active""").params(schoolId, documentType)
                .query(Rows.of(RuleChoice.Candidate.class)).list();
    }

    List<Rule> all(long schoolId) {
        return jdbc.sql(SELECT + """
                 WHERE school_id = ? ORDER BY document_type, NOT active, priority, min_amount NULLS FIRST, id""")
                .param(schoolId).query(Rows.of(Rule.class)).list();
    }

    Optional<Rule> find(long schoolId, long id) {
        return jdbc.sql(SELECT + " WHERE school_id = ? AND id = ?").params(schoolId, id).query(Rows.of(Rule.class))
                .optional();
    }

    List<RuleStep> steps(long schoolId) {
        return jdbc.sql("""
                SELECT rule_id, position, role_code, same_department, user_id, fallback_role_code
                FROM approval.rule_step
                WHERE school_id = ? ORDER BY rule_id, position""").param(schoolId).query(Rows.of(RuleStep.class)).list();
    }

    long insert(long schoolId, Approvals.RuleSpec rule) {
        return jdbc.sql("""
                INSERT INTO approval.rule (school_id, document_type, name, min_amount, max_amount, category, priority)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, rule.documentType(), rule.name(), rule.minAmount(), rule.maxAmount(), rule.category(),
                        rule.priority()).query(Long.class).single();
    }

    /** Saves the rule's fields if nobody changed it since {@code version}; false otherwise. */
    boolean update(long schoolId, long id, int version, Approvals.RuleSpec rule) {
        return jdbc.sql("""
                UPDATE approval.rule SET document_type = ?, name = ?, min_amount = ?, max_amount = ?, category = ?,
                       priority = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?""")
                .params(rule.documentType(), rule.name(), rule.minAmount(), rule.maxAmount(), rule.category(),
                        rule.priority(), schoolId, id, version).update() == 1;
    }

    boolean setActive(long schoolId, long id, int version, boolean active) {
        return jdbc.sql("""
                UPDATE approval.rule SET active = ?, version = version + 1 WHERE school_id = ? AND id = ? AND version = ?""")
                .params(active, schoolId, id, version).update() == 1;
    }

    /** Replaces the rule's steps; submissions in flight keep the copies they were given. */
    void replaceSteps(long schoolId, long ruleId, List<Approvals.StepSpec> steps) {
        jdbc.sql("DELETE FROM approval.rule_step WHERE school_id = ? AND rule_id = ?").params(schoolId, ruleId).update();
        for (int i = 0; i < steps.size(); i++) {
            Approvals.StepSpec step = steps.get(i);
            jdbc.sql("""
                    INSERT INTO approval.rule_step (school_id, rule_id, position, role_code, same_department, user_id,
                           fallback_role_code)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(schoolId, ruleId, i + 1, step.roleCode(), step.sameDepartment(), step.userId(),
                            step.fallbackRoleCode()).update();
        }
    }

    private static final String SELECT = """
            SELECT id, document_type, name, min_amount, max_amount, category, priority, active, version
            FROM approval.rule
            """;

    /** The document types whose default rules the school was given. */
    java.util.Set<String> defaultsApplied(long schoolId) {
        return new java.util.HashSet<>(jdbc.sql("SELECT document_type FROM approval.default_applied WHERE school_id = ?")
                .param(schoolId).query(String.class).list());
    }

    /** Notes that the school gets a type's default rules now; false if it had them already. */
    boolean markDefaultsApplied(long schoolId, String documentType) {
        return jdbc.sql("""
                INSERT INTO approval.default_applied (school_id, document_type) VALUES (?, ?)
                ON CONFLICT DO NOTHING""").params(schoolId, documentType).update() == 1;
    }
}
