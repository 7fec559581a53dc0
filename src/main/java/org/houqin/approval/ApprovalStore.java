package org.houqin.approval;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.houqin.platform.db.Listing;
import org.houqin.platform.db.Rows;
import org.houqin.platform.db.Where;
import org.houqin.platform.security.SqlCondition;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes submissions and their steps. */
@Component
class ApprovalStore {

    record Request(long id, String documentType, long documentId, String documentNumber, String title,
                   BigDecimal amount, String category, Long departmentId, long submitterUserId, String status,
                   Integer currentPosition, int steps, Instant submittedAt, Instant decidedAt, String link,
                   int version) {
    }

    /**
     * A step of a submission. {@code reroutedFrom} is the role the rule asked for when nobody but the submitter held
     * it and the step went to its fallback role; {@code skipReason} says why a SKIPPED step asked nobody.
     */
    record Step(long id, long requestId, int position, String roleCode, boolean sameDepartment, Long userId,
                String fallbackRoleCode, String status, Long decidedBy, Long decidedFor, Instant decidedAt,
                String comment, String reroutedFrom, String skipReason) {

        /** The same step pointed at every holder of the role at the school. */
        Step reroutedTo(String role) {
            return new Step(id, requestId, position, role, false, null, fallbackRoleCode, status, decidedBy,
                    decidedFor, decidedAt, comment, roleCode, skipReason);
        }

        /** In whose name the step was approved: the holder, also when a delegate clicked. */
        Long approvedInNameOf() {
            return "APPROVED".equals(status) ? (decidedFor != null ? decidedFor : decidedBy) : null;
        }
    }

    /** A step someone decided, with the submission it belongs to. */
    record Decided(long requestId, String documentType, String documentNumber, String title, BigDecimal amount,
                   String requestStatus, String link, int position, String status, Long decidedFor,
                   Instant decidedAt, String comment) {
    }

    private final JdbcClient jdbc;

    ApprovalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertRequest(long schoolId, Submission s, Long ruleId, String status, Integer position, Instant now) {
        return jdbc.sql("""
                INSERT INTO approval.request (school_id, document_type, document_id, document_number, title, amount,
                       category, department_id, submitter_user_id, rule_id, status, current_position, submitted_at,
                       decided_at, link)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, s.documentType(), s.documentId(), s.documentNumber(), s.title(), s.amount(),
                        s.category(), s.departmentId(), s.submitterUserId(), ruleId, status, position, ts(now),
                        "PENDING".equals(status) ? null : ts(now), s.link())
                .query(Long.class).single();
    }

    /** Copies the rule's steps onto the submission, every one waiting for its turn. */
    void copySteps(long schoolId, long requestId, long ruleId) {
        jdbc.sql("""
                INSERT INTO approval.step (school_id, request_id, position, role_code, same_department, user_id,
                       fallback_role_code, status)
                SELECT ?, ?, position, role_code, same_department, user_id, fallback_role_code, 'WAITING'
                FROM approval.rule_step WHERE rule_id = ? ORDER BY position""").params(schoolId, requestId, ruleId)
                .update();
    }

    Optional<Request> request(long schoolId, long id) {
        return jdbc.sql(REQUEST + " WHERE r.school_id = ? AND r.id = ?").params(schoolId, id)
                .query(Rows.of(Request.class)).optional();
    }

    List<Request> ofDocument(long schoolId, String documentType, long documentId) {
        return jdbc.sql(REQUEST + """
                 WHERE r.school_id = ? AND r.document_type = ? AND r.document_id = ? ORDER BY r.submitted_at, r.id""")
                .params(schoolId, documentType, documentId).query(Rows.of(Request.class)).list();
    }

    List<Request> submittedBy(long schoolId, long userId, int limit) {
        return jdbc.sql(REQUEST + """
                 WHERE r.school_id = ? AND r.submitter_user_id = ? ORDER BY r.submitted_at DESC, r.id DESC LIMIT ?""")
                .params(schoolId, userId, limit).query(Rows.of(Request.class)).list();
    }

    List<Step> steps(long schoolId, long requestId) {
        return jdbc.sql(STEP + " WHERE school_id = ? AND request_id = ? ORDER BY position").params(schoolId, requestId)
                .query(Rows.of(Step.class)).list();
    }

    /** The steps of several submissions, in order. */
    List<Step> steps(long schoolId, List<Long> requestIds) {
        return jdbc.sql(STEP + " WHERE school_id = ? AND request_id = ANY(?) ORDER BY request_id, position")
                .params(schoolId, requestIds.toArray(Long[]::new)).query(Rows.of(Step.class)).list();
    }

    List<Decided> decidedBy(long schoolId, long userId, int limit) {
        return jdbc.sql("""
                SELECT r.id AS request_id, r.document_type, r.document_number, r.title, r.amount,
                       r.status AS request_status, r.link, s.position, s.status, s.decided_for, s.decided_at, s.comment
                FROM approval.step s JOIN approval.request r ON r.id = s.request_id
                WHERE s.school_id = ? AND s.decided_by = ? ORDER BY s.decided_at DESC, s.id DESC LIMIT ?""")
                .params(schoolId, userId, limit).query(Rows.of(Decided.class)).list();
    }

    /** Whether the user decided a step of some submission of the document (themselves or for someone). */
    boolean tookPart(long schoolId, long userId, String documentType, long documentId) {
        return jdbc.sql("""
                SELECT count(*) FROM approval.step s JOIN approval.request r ON r.id = s.request_id
                WHERE r.school_id = ? AND r.document_type = ? AND r.document_id = ?
                  AND (s.decided_by = ? OR s.decided_for = ?)""")
                .params(schoolId, documentType, documentId, userId, userId).query(Long.class).single() > 0;
    }

    /** Records a decision on the waiting step; false when it was decided meanwhile. */
    boolean decideStep(long requestId, int position, String status, long by, Long onBehalfOf, String comment,
                       Instant now) {
        return jdbc.sql("""
                UPDATE approval.step SET status = ?, decided_by = ?, decided_for = ?, decided_at = ?, comment = ?
                WHERE request_id = ? AND position = ? AND status = 'WAITING'""")
                .params(status, by, onBehalfOf, ts(now), comment, requestId, position).update() == 1;
    }

    /** Points a waiting step at every holder of another role, remembering the role the rule asked for. */
    void reroute(long requestId, int position, String roleCode) {
        jdbc.sql("""
                UPDATE approval.step SET rerouted_from = role_code, role_code = ?, same_department = false
                WHERE request_id = ? AND position = ? AND status = 'WAITING'""").params(roleCode, requestId, position)
                .update();
    }

    /** Passes over a waiting step that nobody needs to decide. */
    void skip(long requestId, int position, String reason, Instant now) {
        jdbc.sql("""
                UPDATE approval.step SET status = 'SKIPPED', skip_reason = ?, decided_at = ?
                WHERE request_id = ? AND position = ? AND status = 'WAITING'""")
                .params(reason, ts(now), requestId, position).update();
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

    /**
     * Takes the submission for a decision if nobody changed it since {@code version}: the row stays locked until
     * the transaction ends, so a second decision or a withdrawal waits and then finds it changed.
     */
    boolean claim(long schoolId, long id, int version) {
        return jdbc.sql("""
                UPDATE approval.request SET version = version + 1
                WHERE school_id = ? AND id = ? AND version = ? AND status = 'PENDING'""")
                .params(schoolId, id, version).update() == 1;
    }

    /** Where a claimed or new submission stands now: pending at a step, or ended. */
    void moveOn(long id, String status, Integer position, Instant decidedAt) {
        jdbc.sql("UPDATE approval.request SET status = ?, current_position = ?, decided_at = ? WHERE id = ?")
                .params(status, position, ts(decidedAt), id).update();
    }

    /**
     * The pending submissions whose waiting step one of the actors may decide, none submitted by the reader or by
     * the actor: the SQL twin of {@link Approvers.Actor#holds}.
     */
    List<Request> waitingFor(long schoolId, long readerId, List<Approvers.Actor> actors, int limit) {
        return waiting(schoolId, readerId, actors).orderBy("r.submitted_at, r.id").all(limit, Request.class);
    }

    /** One page of {@link #waitingFor}, oldest first. */
    PageResult<Request> waitingPage(long schoolId, long readerId, List<Approvers.Actor> actors, ListQuery query) {
        return waiting(schoolId, readerId, actors).orderBy("r.submitted_at, r.id").page(query, Request.class);
    }

    /**
     * When each pending submission reached the step it waits at: the decision (or skip) of the step before it, or
     * its submission for the first.
     */
    Map<Long, Instant> waitingSince(long schoolId, List<Long> requestIds) {
        Map<Long, Instant> since = new HashMap<>();
        jdbc.sql("""
                SELECT r.id, COALESCE(max(s.decided_at), r.submitted_at) AS since
                FROM approval.request r
                LEFT JOIN approval.step s ON s.request_id = r.id AND s.position < r.current_position
                WHERE r.school_id = ? AND r.id = ANY(?) GROUP BY r.id, r.submitted_at""")
                .params(schoolId, requestIds.toArray(Long[]::new))
                .query(rs -> {
                    since.put(rs.getLong("id"), rs.getTimestamp("since").toInstant());
                });
        return since;
    }

    long countWaitingFor(long schoolId, long readerId, List<Approvers.Actor> actors) {
        return waiting(schoolId, readerId, actors).count();
    }

    private Listing waiting(long schoolId, long readerId, List<Approvers.Actor> actors) {
        return Listing.of(jdbc, REQUEST_COLUMNS, "approval.request r").where(Where.of("r.school_id", "school", schoolId)
                .and("r.status = 'PENDING'").and("r.submitter_user_id <> :reader", "reader", readerId)
                .and(stepOf(actors)));
    }

    /**
     * The waiting step is one an actor may decide, given as one row per actor and role and one per actor without a
     * role (for steps naming the person).
     */
    private static SqlCondition stepOf(List<Approvers.Actor> actors) {
        List<Long> users = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        List<Long> departments = new ArrayList<>();
        for (Approvers.Actor actor : actors) {
            List<String> codes = new ArrayList<>(actor.roles());
            codes.add(null);
            for (String code : codes) {
                users.add(actor.userId());
                roles.add(code);
                departments.add(actor.departmentId());
            }
        }
        return new SqlCondition(WAITING_STEP, Map.of("actorUsers", users.toArray(Long[]::new),
                "actorRoles", roles.toArray(String[]::new), "actorDepartments", departments.toArray(Long[]::new)));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static final String WAITING_STEP = """
            EXISTS (SELECT 1 FROM approval.step s
                    JOIN unnest(CAST(:actorUsers AS bigint[]), CAST(:actorRoles AS text[]),
                                CAST(:actorDepartments AS bigint[])) AS a (user_id, role_code, department_id)
                      ON s.user_id = a.user_id
                         OR (s.role_code = a.role_code AND (NOT s.same_department OR r.department_id = a.department_id))
                    WHERE s.request_id = r.id AND s.position = r.current_position AND s.status = 'WAITING'
                      AND r.submitter_user_id <> a.user_id)""";

    private static final String REQUEST_COLUMNS = """
            r.id, r.document_type, r.document_id, r.document_number, r.title, r.amount, r.category,
            r.department_id, r.submitter_user_id, r.status, r.current_position,
            (SELECT count(*) FROM approval.step c WHERE c.request_id = r.id) AS steps,
            r.submitted_at, r.decided_at, r.link, r.version""";

    private static final String REQUEST = "SELECT " + REQUEST_COLUMNS + " FROM approval.request r\n";

    private static final String STEP = """
            SELECT id, request_id, position, role_code, same_department, user_id, fallback_role_code, status,
                   decided_by, decided_for, decided_at, comment, rerouted_from, skip_reason
            FROM approval.step""";
}
