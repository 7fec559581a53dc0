package org.houqin.repairs.request;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.houqin.platform.db.Listing;
import org.houqin.platform.db.Rows;
import org.houqin.platform.db.Search;
import org.houqin.platform.db.Where;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.SqlCondition;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.houqin.repairs.Priority;
import org.houqin.repairs.RepairStatus;
import org.houqin.repairs.request.Repairs.Event;
import org.houqin.repairs.request.Repairs.Filter;
import org.houqin.repairs.request.Repairs.Material;
import org.houqin.repairs.request.Repairs.Row;
import org.houqin.repairs.request.Repairs.View;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of repair requests, their history and materials. A user sees the requests their data scope covers (by the
 * reporter's department or, for "own" scopes, the requests they reported) and always the ones they reported or are
 * assigned to; they read besides the requests of the rooms in their care ({@link RepairReaderQueries}). Lists and single
 * requests use the same condition.
 */
@Component
class RepairStore {

    private final JdbcClient jdbc;
    private final RepairReaderQueries readers;

    RepairStore(JdbcClient jdbc, RepairReaderQueries readers) {
        this.jdbc = jdbc;
        this.readers = readers;
    }

    PageResult<Row> page(long schoolId, CurrentUser me, ListQuery query, Filter filter) {
        return listing(schoolId, me, query, filter).page(query, Row.class);
    }

    void forEach(long schoolId, CurrentUser me, ListQuery query, Filter filter, Consumer<Row> each) {
        listing(schoolId, me, query, filter).forEach(Listing.EXPORT_LIMIT, Row.class, each);
    }

    /** The dispatch board: every request still in the office's hands that the user may see, most pressing first. */
    List<Row> board(long schoolId, CurrentUser me) {
        return Listing.of(jdbc, COLUMNS, FROM)
                .where(Where.of("r.school_id", "school", schoolId).and(readers.condition(me))
                        .and("r.status IN ('NEW', 'ESCALATED', 'ASSIGNED', 'IN_PROGRESS', 'ON_HOLD', 'OUTSOURCED',"
                                + " 'AWAITING_CHECK')"))
                .orderBy("r.priority_rank, r.reported_at, r.id").all(500, Row.class);
    }

    /** A worker's tasks: what is assigned to them and not finished, then what they finished in the last week. */
    List<Row> tasks(long schoolId, long userId) {
        return jdbc.sql(SELECT + " " + """
                 WHERE r.school_id = ? AND r.assignee_user_id = ?
                   AND (r.status IN ('ASSIGNED', 'IN_PROGRESS', 'ON_HOLD')
                        OR (r.finished_at > now() - interval '7 days'))
                 ORDER BY CASE WHEN r.status IN ('ASSIGNED', 'IN_PROGRESS', 'ON_HOLD') THEN 0 ELSE 1 END,
                          r.priority_rank, r.due_at, r.id""").params(schoolId, userId).query(Rows.of(Row.class)).list();
    }

    Optional<Row> find(long schoolId, CurrentUser me, long id) {
        SqlCondition visible = readers.condition(me);
        return jdbc.sql(SELECT + " WHERE r.school_id = :school AND r.id = :id AND " + visible.sql())
                .params(visible.params()).param("school", schoolId).param("id", id)
                .query(Rows.of(Row.class)).optional();
    }

    Optional<Row> find(long schoolId, long id) {
        return jdbc.sql(SELECT + " WHERE r.school_id = ? AND r.id = ?").params(schoolId, id)
                .query(Rows.of(Row.class)).optional();
    }

    /** The latest requests of a room, for its page (everyone who may see the room sees that it is being repaired). */
    List<Row> ofRoom(long schoolId, long roomId, int limit) {
        return jdbc.sql(SELECT + " WHERE r.school_id = ? AND r.room_id = ? ORDER BY r.reported_at DESC, r.id DESC LIMIT ?")
                .params(schoolId, roomId, limit).query(Rows.of(Row.class)).list();
    }

    List<Event> history(long schoolId, long requestId) {
        return jdbc.sql("""
                SELECT action, from_status, to_status, actor_name, note, at FROM repairs.request_event
                WHERE school_id = ? AND request_id = ? ORDER BY at, id""").params(schoolId, requestId)
                .query(Rows.of(Event.class)).list();
    }

    List<Material> materials(long schoolId, long requestId) {
        return jdbc.sql("SELECT id, name, unit, quantity FROM repairs.material WHERE school_id = ? AND request_id = ? ORDER BY id")
                .params(schoolId, requestId).query(Rows.of(Material.class)).list();
    }

    Optional<Repair> load(long schoolId, long id) {
        return jdbc.sql("""
                SELECT id, status, reporter_user_id, reported_at, assignee_user_id, version, due_at, assignee_name,
                       contractor, contractor_cost, assigned_at, started_at, finished_at, closed_at, work_note, work_hours,
                       rating, rating_comment, auto_closed, reason
                FROM repairs.request WHERE school_id = ? AND id = ?""").params(schoolId, id).query((rs, n) -> {
            Repair repair = new Repair(rs.getLong("id"), RepairStatus.valueOf(rs.getString("status")),
                    (Long) rs.getObject("reporter_user_id"), instant(rs.getTimestamp("reported_at")),
                    (Long) rs.getObject("assignee_user_id"), rs.getInt("version"));
            repair.dueAt = instant(rs.getTimestamp("due_at"));
            repair.assigneeName = rs.getString("assignee_name");
            repair.contractor = rs.getString("contractor");
            repair.contractorCost = rs.getBigDecimal("contractor_cost");
            repair.assignedAt = instant(rs.getTimestamp("assigned_at"));
            repair.startedAt = instant(rs.getTimestamp("started_at"));
            repair.finishedAt = instant(rs.getTimestamp("finished_at"));
            repair.closedAt = instant(rs.getTimestamp("closed_at"));
            repair.workNote = rs.getString("work_note");
            repair.workHours = rs.getBigDecimal("work_hours");
            repair.rating = (Integer) rs.getObject("rating", Integer.class);
            repair.ratingComment = rs.getString("rating_comment");
            repair.autoClosed = rs.getBoolean("auto_closed");
            repair.reason = rs.getString("reason");
            return repair;
        }).optional();
    }

    /** Saves a step of the state machine; false when someone else changed the request since it was loaded. */
    boolean save(long schoolId, Repair repair) {
        return jdbc.sql("""
                UPDATE repairs.request SET status = ?, assignee_user_id = ?, assignee_name = ?, contractor = ?,
                       contractor_cost = ?, assigned_at = ?, first_assigned_at = coalesce(first_assigned_at, ?),
                       started_at = ?, finished_at = ?, closed_at = ?,
                       work_note = ?, work_hours = ?, rating = ?, rating_comment = ?, auto_closed = ?, reason = ?,
                       version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?""")
                .params(repair.status.name(), repair.assigneeUserId, repair.assigneeName, repair.contractor,
                        repair.contractorCost, ts(repair.assignedAt), ts(repair.assignedAt), ts(repair.startedAt),
                        ts(repair.finishedAt),
                        ts(repair.closedAt), repair.workNote, repair.workHours, repair.rating, repair.ratingComment,
                        repair.autoClosed, repair.reason, schoolId, repair.id, repair.version)
                .update() == 1;
    }

    void record(long schoolId, long requestId, Repair.Step step, Long actorUserId, String actorName, Instant at) {
        jdbc.sql("""
                INSERT INTO repairs.request_event (school_id, request_id, action, from_status, to_status, actor_user_id,
                                                   actor_name, note, at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(schoolId, requestId, step.action(), step.from() == null ? null : step.from().name(),
                        step.to().name(), actorUserId, actorName, step.note(), ts(at)).update();
    }

    /** A new request as reported, before anyone acts on it. */
    record NewRequest(String number, long categoryId, Long roomId, String location, String place, String description,
                      boolean urgent, Priority priority, Long reporterUserId, String reporterName, String reporterPhone,
                      Long reporterDepartmentId, String guestAddress, Long planId, java.time.LocalDate planDueOn,
                      Instant reportedAt, Instant dueAt, java.util.UUID submissionKey, Long assetId,
                      String source) {
    }

    long insert(long schoolId, NewRequest request) {
        return jdbc.sql("""
                INSERT INTO repairs.request (school_id, number, category_id, room_id, location, place, description, urgent,
                       priority, status, reporter_user_id, reporter_name, reporter_phone, reporter_department_id,
                       guest_address, plan_id, plan_due_on, reported_at, due_at, submission_key, asset_id, source)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'NEW', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, request.number(), request.categoryId(), request.roomId(), request.location(),
                        request.place(), request.description(), request.urgent(), request.priority().name(),
                        request.reporterUserId(), request.reporterName(), request.reporterPhone(),
                        request.reporterDepartmentId(), request.guestAddress(), request.planId(), request.planDueOn(),
                        ts(request.reportedAt()), ts(request.dueAt()), request.submissionKey(), request.assetId(),
                        request.source())
                .query(Long.class).single();
    }

    Optional<Long> bySubmissionKey(long schoolId, java.util.UUID key) {
        return jdbc.sql("SELECT id FROM repairs.request WHERE school_id = ? AND submission_key = ?").params(schoolId, key)
                .query(Long.class).optional();
    }

    /** Waits for any other transaction sending the same form, so a double submit makes one request. */
    void lockSubmission(java.util.UUID key) {
        jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?, 0))) locked").param(key.toString())
                .query(Integer.class).single();
    }

    /** Makes reports from one guest address wait for each other, so the hourly limit counts them all. */
    void lockGuestAddress(String address) {
        jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?, 1))) locked").param("guest:" + address)
                .query(Integer.class).single();
    }

    long guestReportsSince(String address, Instant since) {
        return jdbc.sql("SELECT count(*) FROM repairs.request WHERE guest_address = ? AND reported_at > ?")
                .params(address, ts(since)).query(Long.class).single();
    }

    /** Records man-made damage once; false when the request changed or was marked already. */
    boolean markDamage(long schoolId, long id, int version, Long classId, Long staffId, String note) {
        return jdbc.sql("""
                UPDATE repairs.request SET damage = true, damage_class_id = ?, damage_staff_id = ?, damage_note = ?,
                       version = version + 1
                WHERE school_id = ? AND id = ? AND version = ? AND NOT damage
                  AND status NOT IN ('REJECTED', 'CANCELLED')""")
                .params(classId, staffId, note, schoolId, id, version).update() == 1;
    }

    /** Whether another request about the asset is still under way (not done, refused or withdrawn). */
    boolean otherOpenForAsset(long schoolId, long assetId, long exceptId) {
        return jdbc.sql("""
                SELECT count(*) FROM repairs.request WHERE school_id = ? AND asset_id = ? AND id <> ?
                  AND status NOT IN ('DONE', 'REJECTED', 'CANCELLED')""").params(schoolId, assetId, exceptId)
                .query(Long.class).single() > 0;
    }

    /** A request back in the office's hands is reminded again when it runs late. */
    void remindAgain(long schoolId, long id) {
        jdbc.sql("UPDATE repairs.request SET overdue_notified = false WHERE school_id = ? AND id = ?")
                .params(schoolId, id).update();
    }

    void addMaterial(long schoolId, long requestId, String name, String unit, BigDecimal quantity, Long itemId,
                     Long movementId) {
        jdbc.sql("""
                INSERT INTO repairs.material (school_id, request_id, name, unit, quantity, item_id, movement_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(schoolId, requestId, name, unit, quantity, itemId, movementId).update();
    }

    /** What the user may see: their data scope, and always what they reported or are assigned to (binds :me). */
    static SqlCondition visible(CurrentUser me) {
        SqlCondition scope = me.dataScope().filter("r.reporter_department_id", "r.reporter_user_id", me.userId());
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("me", me.userId());
        return new SqlCondition("(" + scope.sql() + " OR r.assignee_user_id = :me OR r.reporter_user_id = :me)", params);
    }

    private Listing listing(long schoolId, CurrentUser me, ListQuery query, Filter filter) {
        Where where = Where.of("r.school_id", "school", schoolId).and(readers.condition(me))
                .andIf(filter.view() != View.ALL, condition(filter.view()))
                .search(query, SEARCH)
                .equal("r.category_id", filter.categoryId())
                .equal("r.priority", filter.priority());
        if (filter.mine()) {
            where.and("r.reporter_user_id = :me", "me", me.userId());
        }
        return Listing.of(jdbc, COLUMNS, FROM).countFrom("repairs.request r").where(where).orderBy(orderBy(query, filter));
    }

    private static String orderBy(ListQuery query, Filter filter) {
        if (query.sort() == null && filter.view() == View.OPEN) {
            return "r.priority_rank, r.reported_at, r.id";
        }
        if (query.sort() == null) {
            return "r.reported_at DESC, r.id DESC";
        }
        return Repairs.SORTS.orderBy(query) + ", r.id DESC";
    }

    /** Which statuses a list's view shows (OPEN's list is also the predicate of request_open_priority_idx). */
    private static String condition(View view) {
        return switch (view) {
            case OPEN -> "r.status IN ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'ON_HOLD', 'OUTSOURCED', 'ESCALATED')";
            case CHECK -> "r.status = 'AWAITING_CHECK'";
            case CLOSED -> "r.status IN ('DONE', 'REJECTED', 'CANCELLED')";
            case ALL -> null;
        };
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** The number, the place and the people's names; the number (BX-2026-00017) also in lower case. */
    static final Search SEARCH = Search.in("r.place", "r.description", "r.reporter_name", "r.assignee_name")
            .ignoringCase("r.number");

    private static final String COLUMNS = """
            r.id, r.number, r.status, r.priority, r.category_id, c.name AS category_name, r.room_id, r.place,
            r.description, r.urgent, r.reporter_user_id, r.reporter_name, r.reporter_phone, r.reported_at, r.due_at,
            r.assignee_user_id, r.assignee_name, r.contractor, r.contractor_cost, r.assigned_at, r.started_at,
            r.finished_at, r.closed_at, r.work_note, r.work_hours, r.rating, r.rating_comment, r.auto_closed,
            r.reason, r.damage, r.damage_class_id, r.damage_staff_id, r.damage_note, r.plan_id, r.asset_id,
            r.version, r.source""";

    private static final String FROM = "repairs.request r JOIN repairs.category c ON c.id = r.category_id";

    static final String SELECT = "SELECT " + COLUMNS + " FROM " + FROM;
}
