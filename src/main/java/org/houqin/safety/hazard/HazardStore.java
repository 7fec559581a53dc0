package org.houqin.safety.hazard;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.houqin.platform.db.Listing;
import org.houqin.platform.db.Rows;
import org.houqin.platform.db.Search;
import org.houqin.platform.db.Where;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.Sorts;
import org.houqin.routines.checklist.HazardLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of hazards: saving one, its steps with their version, and the register's lists. */
@Component
class HazardStore {

    static final Sorts SORTS = Sorts.of("reported", "h.reported_at", "number", "h.number", "due", "h.due_at",
            "level", "h.level", "status", "h.status", "place", "h.place")
            .neverNull("reported", "number", "level", "status", "place");

    /** A hazard as it is saved on report. */
    record NewHazard(String number, Long roomId, String location, String place, HazardLevel level,
                     HazardCategory category, String description, String source, Long reportedBy, String reportedByName, Instant reportedAt, Instant bureauDueAt) {
    }

    private final JdbcClient jdbc;

    HazardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long schoolId, NewHazard h) {
        return jdbc.sql("""
                INSERT INTO safety.hazard (school_id, number, room_id, location, place, level, category, description,
                       source, status, reported_by, reported_by_name, reported_at, bureau_due_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'REPORTED', ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, h.number(), h.roomId(), h.location(), h.place(), h.level().name(),
                        h.category().name(), h.description(), h.source(), h.reportedBy(), h.reportedByName(), ts(h.reportedAt()), ts(h.bureauDueAt()))
                .query(Long.class).single();
    }

    Optional<Hazard> load(long schoolId, long id) {
        return find(schoolId, id).map(r -> {
            Hazard h = new Hazard(r.id(), r.level(), r.status(), r.version());
            h.assigneeUserId = r.assigneeUserId();
            h.assigneeName = r.assigneeName();
            h.assignedAt = r.assignedAt();
            h.dueAt = r.dueAt();
            h.requiredMeasures = r.requiredMeasures();
            h.measures = r.measures();
            h.cost = r.cost();
            h.rectifiedBy = r.rectifiedBy();
            h.rectifiedByName = r.rectifiedByName();
            h.rectifiedAt = r.rectifiedAt();
            h.checkedBy = r.checkedBy();
            h.checkedByName = r.checkedByName();
            h.closedAt = r.closedAt();
            h.reason = r.reason();
            h.escalatedAt = r.escalatedAt();
            return h;
        });
    }

    /** Saves a step where the hazard still has the status and version it was read with. */
    boolean save(long schoolId, Hazard h, HazardStatus from) {
        return jdbc.sql("""
                UPDATE safety.hazard SET status = ?, assignee_user_id = ?, assignee_name = ?, assigned_at = ?,
                       due_at = ?, required_measures = ?, measures = ?, cost = ?, rectified_by = ?,
                       rectified_by_name = ?, rectified_at = ?, checked_by = ?, checked_by_name = ?, closed_at = ?,
                       reason = ?, escalated_at = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND status = ? AND version = ?""")
                .params(h.status.name(), h.assigneeUserId, h.assigneeName, ts(h.assignedAt), ts(h.dueAt),
                        h.requiredMeasures, h.measures, h.cost, h.rectifiedBy, h.rectifiedByName, ts(h.rectifiedAt),
                        h.checkedBy, h.checkedByName, ts(h.closedAt), h.reason, ts(h.escalatedAt), schoolId, h.id,
                        from.name(), h.version).update() == 1;
    }

    boolean repairOpened(long schoolId, long id, int version, long repairId) {
        return jdbc.sql("""
                UPDATE safety.hazard SET repair_id = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND version = ? AND repair_id IS NULL""")
                .params(repairId, schoolId, id, version).update() == 1;
    }

    boolean bureauSent(long schoolId, long id, int version, long userId, String name, Instant at) {
        return jdbc.sql("""
                UPDATE safety.hazard SET bureau_sent_at = ?, bureau_sent_by = ?, bureau_sent_by_name = ?,
                       version = version + 1
                WHERE school_id = ? AND id = ? AND version = ? AND level = 'SEVERE' AND bureau_sent_at IS NULL""")
                .params(ts(at), userId, name, schoolId, id, version).update() == 1;
    }

    /** Marks an overdue hazard escalated; false when another run (or node) did it first. */
    boolean escalate(long schoolId, long id, Instant at) {
        return jdbc.sql("""
                UPDATE safety.hazard SET escalated_at = ?
                WHERE school_id = ? AND id = ? AND status = 'RECTIFYING' AND escalated_at IS NULL AND due_at < ?""")
                .params(ts(at), schoolId, id, ts(at)).update() == 1;
    }

    /** Hazards past their deadline and not yet escalated, across schools, oldest deadline first. */
    List<Due> overdue(Instant now, int limit) {
        return jdbc.sql("""
                SELECT school_id, id FROM safety.hazard
                WHERE status = 'RECTIFYING' AND escalated_at IS NULL AND due_at < ? ORDER BY due_at, id LIMIT ?""")
                .params(ts(now), limit).query(Rows.of(Due.class)).list();
    }

    record Due(long schoolId, long id) {
    }

    List<Long> byRepair(long schoolId, long repairId) {
        return jdbc.sql("SELECT id FROM safety.hazard WHERE school_id = ? AND repair_id = ?")
                .params(schoolId, repairId).query(Long.class).list();
    }

    /** Other open 重大 hazards of a room, which keep it stopped when this one closes. */
    int otherOpenSevere(long schoolId, long roomId, long exceptId) {
        return jdbc.sql("""
                SELECT count(*) FROM safety.hazard WHERE school_id = ? AND room_id = ? AND id <> ? AND level = 'SEVERE'
                  AND status IN ('REPORTED', 'RECTIFYING', 'RECTIFIED')""")
                .params(schoolId, roomId, exceptId).query(Integer.class).single();
    }

    Optional<HazardRow> find(long schoolId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM safety.hazard h WHERE h.school_id = :school AND h.id = :id")
                .param("school", schoolId).param("id", id).query(Rows.of(HazardRow.class)).optional();
    }

    PageResult<HazardRow> page(Where where, ListQuery query) {
        return listing(where, query).page(query, HazardRow.class);
    }

    void forEach(Where where, ListQuery query, Consumer<HazardRow> each) {
        listing(where, query).forEach(Listing.EXPORT_LIMIT, HazardRow.class, each);
    }

    List<HazardRow> ofRoom(long schoolId, long roomId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM safety.hazard h WHERE h.school_id = ? AND h.room_id = ? "
                        + "ORDER BY h.reported_at DESC, h.id DESC LIMIT ?")
                .params(schoolId, roomId, limit).query(Rows.of(HazardRow.class)).list();
    }

    private Listing listing(Where where, ListQuery query) {
        return Listing.of(jdbc, COLUMNS, "safety.hazard h").where(where.search(query, SEARCH))
                .orderBy(SORTS, query, "h.id");
    }

    /** The demo school: when a hazard was reported (its bureau deadline moves with it). */
    void demoReportedAt(long id, Instant at) {
        jdbc.sql("""
                UPDATE safety.hazard SET bureau_due_at = bureau_due_at - (reported_at - ?), reported_at = ?
                WHERE id = ?""").params(ts(at), ts(at), id).update();
    }

    void demoAssignedSoonAfterReport(long id) {
        jdbc.sql("""
                UPDATE safety.hazard SET assigned_at = reported_at + interval '2 hours',
                       due_at = reported_at + interval '2 hours' + (due_at - assigned_at) WHERE id = ?""")
                .param(id).update();
    }

    void demoClosedDaysAfterAssignment(long id) {
        jdbc.sql("""
                UPDATE safety.hazard SET rectified_at = assigned_at + interval '1 day',
                       closed_at = assigned_at + interval '2 days' WHERE id = ?""").param(id).update();
    }

    void demoBureauSentHoursAfterReport(long id) {
        jdbc.sql("UPDATE safety.hazard SET bureau_sent_at = reported_at + interval '5 hours' WHERE id = ?")
                .param(id).update();
    }

    void demoOverdue(long id, Instant due, Instant escalated) {
        jdbc.sql("UPDATE safety.hazard SET due_at = ?, escalated_at = ? WHERE id = ?")
                .params(ts(due), ts(escalated), id).update();
    }

    static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    static BigDecimal zero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** The place, what was found and the people's names; the number (YH-2026-00001) in any case. */
    static final Search SEARCH = Search.in("h.place", "h.description", "h.reported_by_name", "h.assignee_name")
            .ignoringCase("h.number");

    static final String COLUMNS = """
            h.id, h.number, h.status, h.level, h.category, h.room_id, h.place, h.description, h.source, h.reported_by,
            h.reported_by_name, h.reported_at, h.assignee_user_id, h.assignee_name, h.assigned_at, h.due_at,
            h.required_measures, h.measures, h.cost, h.rectified_by, h.rectified_by_name, h.rectified_at,
            h.checked_by, h.checked_by_name, h.closed_at, h.reason, h.repair_id, h.escalated_at, h.bureau_due_at,
            h.bureau_sent_at, h.bureau_sent_by_name, h.version""";
}
