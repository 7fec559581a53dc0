package org.houqin.warehouse.requisition;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.houqin.platform.db.Listing;
import org.houqin.platform.db.Rows;
import org.houqin.platform.db.Where;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.SqlCondition;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.houqin.warehouse.WarehousePermissions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and writes requisitions, their lines and issues. A user sees the requisitions their data scope covers by
 * the requesting department, and always their own; lists and single requisitions use the same condition.
 */
@Component
class RequisitionStore {

    private final JdbcClient jdbc;

    RequisitionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageResult<RequisitionRow> page(long schoolId, CurrentUser me, ListQuery query, RequisitionView view,
                                   RequisitionStatus status) {
        return listing(schoolId, me, query, view, status).page(query, RequisitionRow.class);
    }

    List<RequisitionRow> all(long schoolId, CurrentUser me, ListQuery query, RequisitionView view,
                             RequisitionStatus status, int limit) {
        return listing(schoolId, me, query, view, status).all(limit, RequisitionRow.class);
    }

    /** A requisition the user may see. */
    Optional<RequisitionRow> find(long schoolId, CurrentUser me, long id) {
        SqlCondition visible = visible(me);
        return jdbc.sql(SELECT + " WHERE r.school_id = :school AND r.id = :id AND " + visible.sql())
                .params(visible.params()).param("school", schoolId).param("id", id)
                .query(Rows.of(RequisitionRow.class)).optional();
    }

    /** A requisition whatever the reader's scope (an approver reaching it from the inbox, the system). */
    Optional<RequisitionRow> find(long schoolId, long id) {
        return jdbc.sql(SELECT + " WHERE r.school_id = :school AND r.id = :id").param("school", schoolId)
                .param("id", id).query(Rows.of(RequisitionRow.class)).optional();
    }

    List<RequisitionLineRow> lines(long schoolId, long requisitionId) {
        return jdbc.sql("""
                SELECT l.id, l.position, l.item_id, i.code, i.name, i.specification, i.unit, l.quantity, l.issued, l.note,
                       coalesce(b.quantity, 0) AS available
                FROM warehouse.requisition_line l
                JOIN warehouse.requisition r ON r.id = l.requisition_id
                JOIN warehouse.item i ON i.id = l.item_id
                LEFT JOIN warehouse.balance b ON b.item_id = l.item_id AND b.store_id = r.store_id
                WHERE l.school_id = ? AND l.requisition_id = ? ORDER BY l.position""").params(schoolId, requisitionId)
                .query(Rows.of(RequisitionLineRow.class)).list();
    }

    List<IssueRow> issues(long schoolId, long requisitionId) {
        return jdbc.sql("""
                SELECT id, issued_on, issued_by_name, receiver_name, signature_id, created_at
                FROM warehouse.requisition_issue WHERE school_id = ? AND requisition_id = ? ORDER BY created_at, id""")
                .params(schoolId, requisitionId).query(Rows.of(IssueRow.class)).list();
    }

    List<IssuedLine> issuedLines(long schoolId, long requisitionId) {
        return jdbc.sql("""
                SELECT il.issue_id, i.name, i.specification, i.unit, il.quantity, -m.amount AS amount,
                       t.id AS transfer_id, t.number AS transfer_number, f.name AS from_store_name
                FROM warehouse.requisition_issue_line il
                LEFT JOIN warehouse.transfer t ON t.id = il.transfer_id
                LEFT JOIN warehouse.store f ON f.id = t.from_store_id
                JOIN warehouse.requisition_issue s ON s.id = il.issue_id
                JOIN warehouse.requisition_line l ON l.id = il.line_id
                JOIN warehouse.item i ON i.id = l.item_id
                JOIN warehouse.movement m ON m.id = il.movement_id
                WHERE il.school_id = ? AND s.requisition_id = ? ORDER BY il.issue_id, l.position""")
                .params(schoolId, requisitionId).query(Rows.of(IssuedLine.class)).list();
    }

    /** A requisition for a change, its row locked until the transaction ends (two issues at once wait in turn). */
    Optional<Requisition> load(long schoolId, long id) {
        boolean found = jdbc.sql("SELECT id FROM warehouse.requisition WHERE school_id = ? AND id = ? FOR UPDATE")
                .params(schoolId, id).query(Long.class).optional().isPresent();
        if (!found) {
            return Optional.empty();
        }
        List<Requisition.Line> lines = jdbc.sql("""
                SELECT id, quantity, issued FROM warehouse.requisition_line
                WHERE school_id = ? AND requisition_id = ? ORDER BY position""").params(schoolId, id)
                .query(Rows.of(Requisition.Line.class)).list();
        return jdbc.sql("SELECT status, requester_user_id, version FROM warehouse.requisition WHERE school_id = ? AND id = ?")
                .params(schoolId, id)
                .query((rs, n) -> new Requisition(id, RequisitionStatus.valueOf(rs.getString("status")),
                        rs.getLong("requester_user_id"), rs.getInt("version"), lines))
                .optional();
    }

    record NewRequisition(String number, long storeId, Long departmentId, long requesterUserId, String requesterName,
                          String purpose, LocalDate neededOn, BigDecimal estimate, UUID submissionKey, Instant at) {
    }

    long insert(long schoolId, NewRequisition r) {
        return jdbc.sql("""
                INSERT INTO warehouse.requisition (school_id, number, store_id, department_id, requester_user_id,
                       requester_name, purpose, needed_on, status, estimate, submission_key, submitted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?) RETURNING id""")
                .params(schoolId, r.number(), r.storeId(), r.departmentId(), r.requesterUserId(), r.requesterName(),
                        r.purpose(), r.neededOn(), r.estimate(), r.submissionKey(), ts(r.at()))
                .query(Long.class).single();
    }

    /** A line as it is saved, in the order of the form. */
    record NewLine(long itemId, BigDecimal quantity, String note) {
    }

    /** Replaces the lines of a requisition (a new one, or a returned one edited). */
    void replaceLines(long schoolId, long requisitionId, List<NewLine> lines) {
        jdbc.sql("DELETE FROM warehouse.requisition_line WHERE school_id = ? AND requisition_id = ?")
                .params(schoolId, requisitionId).update();
        for (int i = 0; i < lines.size(); i++) {
            NewLine line = lines.get(i);
            jdbc.sql("""
                    INSERT INTO warehouse.requisition_line (school_id, requisition_id, position, item_id, quantity, note)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(schoolId, requisitionId, i + 1, line.itemId(), line.quantity(), line.note()).update();
        }
    }

    /** Saves the edited head of a returned requisition; false when it changed since the form was opened. */
    boolean updateHead(long schoolId, long id, int version, long storeId, String purpose, LocalDate neededOn,
                       BigDecimal estimate, Instant at) {
        return jdbc.sql("""
                UPDATE warehouse.requisition SET store_id = ?, purpose = ?, needed_on = ?, estimate = ?, submitted_at = ?,
                       status = 'SUBMITTED', version = version + 1
                WHERE school_id = ? AND id = ? AND version = ? AND status = 'RETURNED'""")
                .params(storeId, purpose, neededOn, estimate, ts(at), schoolId, id, version).update() == 1;
    }

    /** Saves a step; false when someone else changed the requisition since it was loaded. */
    boolean saveStatus(long schoolId, Requisition requisition, Instant at, String closeNote) {
        String status = requisition.status.name();
        return jdbc.sql("""
                UPDATE warehouse.requisition SET status = ?,
                       approved_at = CASE WHEN ? = 'APPROVED' THEN ? ELSE approved_at END,
                       finished_at = CASE WHEN ? IN ('ISSUED', 'CLOSED', 'REJECTED', 'WITHDRAWN') THEN ? ELSE finished_at END,
                       close_note = coalesce(?, close_note), version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?""")
                .params(status, status, ts(at), status, ts(at), closeNote, schoolId, requisition.id,
                        requisition.version).update() == 1;
    }

    long insertIssue(long schoolId, long requisitionId, LocalDate issuedOn, long by, String byName, String receiver,
                     UUID signatureId) {
        return jdbc.sql("""
                INSERT INTO warehouse.requisition_issue (school_id, requisition_id, issued_on, issued_by, issued_by_name,
                                                         receiver_name, signature_id)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, requisitionId, issuedOn, by, byName, receiver, signatureId).query(Long.class).single();
    }

    void insertIssueLine(long schoolId, long issueId, long lineId, BigDecimal quantity, long movementId,
                         Long transferId) {
        jdbc.sql("""
                INSERT INTO warehouse.requisition_issue_line (school_id, issue_id, line_id, quantity, movement_id,
                                                             transfer_id)
                VALUES (?, ?, ?, ?, ?, ?)""").params(schoolId, issueId, lineId, quantity, movementId, transferId)
                .update();
        jdbc.sql("UPDATE warehouse.requisition_line SET issued = issued + ? WHERE school_id = ? AND id = ?")
                .params(quantity, schoolId, lineId).update();
    }

    Optional<Long> bySubmissionKey(long schoolId, UUID key) {
        return jdbc.sql("SELECT id FROM warehouse.requisition WHERE school_id = ? AND submission_key = ?")
                .params(schoolId, key).query(Long.class).optional();
    }

    /** Waits for any other transaction sending the same form, so a double submit makes one requisition. */
    void lockSubmission(UUID key) {
        jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?, 0))) locked").param(key.toString())
                .query(Integer.class).single();
    }

    /** The value of a quantity at the store's moving average (or the last price paid when none is left). */
    BigDecimal unitCost(long itemId, long storeId) {
        return jdbc.sql("""
                SELECT coalesce(
                  (SELECT CASE WHEN quantity > 0 THEN amount / quantity END FROM warehouse.balance
                   WHERE item_id = ? AND store_id = ?),
                  (SELECT unit_cost FROM warehouse.movement WHERE item_id = ? AND kind = 'RECEIPT'
                   ORDER BY occurred_on DESC, id DESC LIMIT 1), 0)""")
                .params(itemId, storeId, itemId).query(BigDecimal.class).single();
    }

    /** Newest first: what the user may see, in the view, of the status, matching the search. */
    private Listing listing(long schoolId, CurrentUser me, ListQuery query, RequisitionView view,
                            RequisitionStatus status) {
        Where where = Where.of("r.school_id", "school", schoolId).and(visible(me)).equal("r.status", status);
        if (condition(view) != null) {
            where.and(condition(view));
        }
        if (query.hasSearch()) {
            where.and(SEARCH, "like", query.likePattern());
        }
        return Listing.of(jdbc, COLUMNS, FROM).countFrom("warehouse.requisition r").where(where)
                .orderBy("r.submitted_at DESC, r.id DESC");
    }

    /** The view's condition (MINE binds {@code :me}); none for ALL. */
    private static String condition(RequisitionView view) {
        return switch (view) {
            case MINE -> "r.requester_user_id = :me";
            case ISSUE -> "r.status IN ('APPROVED', 'PARTIAL')";
            case OPEN -> "r.status IN ('SUBMITTED', 'RETURNED', 'APPROVED', 'PARTIAL')";
            case ALL -> null;
        };
    }

    /** What the user's scope covers, and always their own (binds {@code :me}). */
    private static SqlCondition visible(CurrentUser me) {
        SqlCondition scope = me.can(WarehousePermissions.REQUISITION_READ)
                ? me.dataScope().filter("r.department_id", "r.requester_user_id", me.userId())
                : new SqlCondition("false", Map.of());
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("me", me.userId());
        return new SqlCondition("(" + scope.sql() + " OR r.requester_user_id = :me)", params);
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** The number in any case, the requester, the purpose, or an item's name on one of its lines. */
    private static final String SEARCH = "(lower(r.number) LIKE lower(:like) OR r.requester_name LIKE :like"
            + " OR r.purpose LIKE :like OR EXISTS (SELECT 1 FROM warehouse.requisition_line sl"
            + " JOIN warehouse.item si ON si.id = sl.item_id WHERE sl.requisition_id = r.id AND si.name LIKE :like))";

    private static final String COLUMNS = """
            r.id, r.number, r.store_id, s.name AS store_name, r.department_id, r.requester_user_id,
                   r.requester_name, r.purpose, r.needed_on, r.status, r.estimate, r.submitted_at, r.approved_at,
                   r.finished_at, r.close_note, r.version,
                   (SELECT string_agg(i.name || ' ' || trim_scale(l.quantity) || i.unit, '、' ORDER BY l.position)
                    FROM warehouse.requisition_line l JOIN warehouse.item i ON i.id = l.item_id
                    WHERE l.requisition_id = r.id) AS summary""";

    private static final String FROM = "warehouse.requisition r JOIN warehouse.store s ON s.id = r.store_id";

    private static final String SELECT = "SELECT " + COLUMNS + " FROM " + FROM;
}
