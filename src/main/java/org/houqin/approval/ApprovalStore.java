package org.houqin.approval;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes rules, submissions, their steps and delegations. */
@Component
class ApprovalStore {

    record Request(long id, String documentType, long documentId, String documentNumber, String title,
                   BigDecimal amount, String category, Long departmentId, long submitterUserId, String status,
                   Integer currentPosition, Instant submittedAt, int version) {
    }

    record Step(long id, long requestId, int position, String roleCode, boolean sameDepartment, Long userId,
                String status, Long decidedBy, Long decidedFor, Instant decidedAt, String comment) {
    }

    private final JdbcClient jdbc;

    ApprovalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RuleChoice.Candidate> rules(long schoolId, String documentType) {
        return jdbc.sql("""
                SELECT id, min_amount, max_amount, category, priority FROM approval.rule
                WHERE school_id = ? AND document_type = ? AND active""").params(schoolId, documentType)
                .query(Rows.of(RuleChoice.Candidate.class)).list();
    }

    long insertRequest(long schoolId, Submission s, Long ruleId, String status, Integer position, Instant now) {
        return jdbc.sql("""
                INSERT INTO approval.request (school_id, document_type, document_id, document_number, title, amount,
                       category, department_id, submitter_user_id, rule_id, status, current_position, submitted_at,
                       decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, s.documentType(), s.documentId(), s.documentNumber(), s.title(), s.amount(),
                        s.category(), s.departmentId(), s.submitterUserId(), ruleId, status, position, ts(now),
                        "PENDING".equals(status) ? null : ts(now))
                .query(Long.class).single();
    }

    /** Copies the rule's steps onto the submission, the first one waiting. */
    void copySteps(long schoolId, long requestId, long ruleId) {
        jdbc.sql("""
                INSERT INTO approval.step (school_id, request_id, position, role_code, same_department, user_id, status)
                SELECT ?, ?, position, role_code, same_department, user_id, 'WAITING' FROM approval.rule_step
                WHERE rule_id = ? ORDER BY position""").params(schoolId, requestId, ruleId).update();
    }

    Optional<Request> request(long schoolId, long id) {
        return jdbc.sql(REQUEST + " WHERE school_id = ? AND id = ?").params(schoolId, id).query(Rows.of(Request.class))
                .optional();
    }

    List<Request> pending(long schoolId) {
        return jdbc.sql(REQUEST + " WHERE school_id = ? AND status = 'PENDING' ORDER BY submitted_at, id LIMIT 1000")
                .param(schoolId).query(Rows.of(Request.class)).list();
    }

    List<Request> ofDocument(long schoolId, String documentType, long documentId) {
        return jdbc.sql(REQUEST + " WHERE school_id = ? AND document_type = ? AND document_id = ? ORDER BY submitted_at, id")
                .params(schoolId, documentType, documentId).query(Rows.of(Request.class)).list();
    }

    List<Step> steps(long schoolId, long requestId) {
        return jdbc.sql(STEP + " WHERE school_id = ? AND request_id = ? ORDER BY position").params(schoolId, requestId)
                .query(Rows.of(Step.class)).list();
    }

    int stepCount(long requestId) {
        return jdbc.sql("SELECT count(*) FROM approval.step WHERE request_id = ?").param(requestId).query(Integer.class)
                .single();
    }

    /** Records a decision on the waiting step; false when it was decided meanwhile. */
    boolean decideStep(long requestId, int position, String status, long by, Long onBehalfOf, String comment,
                       Instant now) {
        return jdbc.sql("""
                UPDATE approval.step SET status = ?, decided_by = ?, decided_for = ?, decided_at = ?, comment = ?
                WHERE request_id = ? AND position = ? AND status = 'WAITING'""")
                .params(status, by, onBehalfOf, ts(now), comment, requestId, position).update() == 1;
    }

    void cancelRemaining(long requestId) {
        jdbc.sql("UPDATE approval.step SET status = 'CANCELLED' WHERE request_id = ? AND status = 'WAITING'")
                .param(requestId).update();
    }

    /** Moves the submission on; false when someone else decided it since {@code version}. */
    boolean advance(long schoolId, long id, int version, String status, Integer position, Instant decidedAt) {
        return jdbc.sql("""
                UPDATE approval.request SET status = ?, current_position = ?, decided_at = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND version = ? AND status = 'PENDING'""")
                .params(status, position, ts(decidedAt), schoolId, id, version).update() == 1;
    }

    /** Those who have handed their approvals to this user today. */
    List<Long> delegators(long schoolId, long userId, LocalDate today) {
        return jdbc.sql("""
                SELECT from_user_id FROM approval.delegation
                WHERE school_id = ? AND to_user_id = ? AND active AND starts_on <= ? AND ends_on >= ?""")
                .params(schoolId, userId, today, today).query(Long.class).list();
    }

    long insertDelegation(long schoolId, long from, long to, LocalDate startsOn, LocalDate endsOn) {
        return jdbc.sql("""
                INSERT INTO approval.delegation (school_id, from_user_id, to_user_id, starts_on, ends_on)
                VALUES (?, ?, ?, ?, ?) RETURNING id""").params(schoolId, from, to, startsOn, endsOn)
                .query(Long.class).single();
    }

    long insertRule(long schoolId, String documentType, String name, BigDecimal min, BigDecimal max, String category,
                    int priority) {
        return jdbc.sql("""
                INSERT INTO approval.rule (school_id, document_type, name, min_amount, max_amount, category, priority)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, documentType, name, min, max, category, priority).query(Long.class).single();
    }

    void insertRuleStep(long schoolId, long ruleId, int position, String roleCode, boolean sameDepartment, Long userId) {
        jdbc.sql("""
                INSERT INTO approval.rule_step (school_id, rule_id, position, role_code, same_department, user_id)
                VALUES (?, ?, ?, ?, ?, ?)""").params(schoolId, ruleId, position, roleCode, sameDepartment, userId)
                .update();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static final String REQUEST = """
            SELECT id, document_type, document_id, document_number, title, amount, category, department_id,
                   submitter_user_id, status, current_position, submitted_at, version
            FROM approval.request""";

    private static final String STEP = """
            SELECT id, request_id, position, role_code, same_department, user_id, status, decided_by, decided_for,
                   decided_at, comment
            FROM approval.step""";
}
