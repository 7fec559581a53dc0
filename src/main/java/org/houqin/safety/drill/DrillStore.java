package org.houqin.safety.drill;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.houqin.platform.db.Listing;
import org.houqin.platform.db.Rows;
import org.houqin.platform.db.Search;
import org.houqin.platform.db.Where;
import org.houqin.platform.document.StatusFlow;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.houqin.routines.checklist.HazardLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of drills and the problems they found. */
@Component
class DrillStore {

    /** What a drill is planned as: also what an edit changes. */
    record Plan(DrillKind kind, String title, String planName, Instant plannedAt, Long roomId, String place,
                long organizerUserId, String organizerName, int students, int staff) {
    }

    /** How a done drill went. */
    record Outcome(Instant startedAt, int durationMinutes, Integer evacuationSeconds, int students, int staff,
                   String summary) {
    }

    /** The list's filters: a kind, a state, and the days of a period (a semester), each only when given. */
    record Filter(DrillKind kind, DrillStatus status, Instant from, Instant to) {
    }

    private static final Search SEARCH = Search.in("d.title", "d.plan_name", "d.place", "d.organizer_name")
            .ignoringCase("d.number");

    private static final String COLUMNS = """
            d.id, d.number, d.kind, d.title, d.plan_name, d.planned_at, d.room_id, d.place, d.organizer_user_id,
                   d.organizer_name, d.students, d.staff, d.status, d.started_at, d.duration_minutes,
                   d.evacuation_seconds, d.summary, d.cancel_reason, d.created_at, d.version""";

    private static final String DAY = "coalesce(d.started_at, d.planned_at)";

    private final JdbcClient jdbc;

    DrillStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long schoolId, String number, Plan p, long createdBy) {
        return jdbc.sql("""
                INSERT INTO safety.drill (school_id, number, kind, title, plan_name, planned_at, room_id, place,
                       organizer_user_id, organizer_name, students, staff, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, number, p.kind().name(), p.title(), p.planName(), Timestamp.from(p.plannedAt()),
                        p.roomId(), p.place(), p.organizerUserId(), p.organizerName(), p.students(), p.staff(),
                        createdBy)
                .query(Long.class).single();
    }

    /** An edit of a planned or done drill; a new planned time asks for a new reminder. */
    boolean update(long schoolId, long id, int version, Plan p) {
        return jdbc.sql("""
                UPDATE safety.drill SET kind = ?, title = ?, plan_name = ?, room_id = ?, place = ?,
                       organizer_user_id = ?, organizer_name = ?, students = ?, staff = ?,
                       reminded_at = CASE WHEN planned_at = ? THEN reminded_at END, planned_at = ?,
                       version = version + 1
                WHERE school_id = ? AND id = ? AND version = ? AND status <> 'CANCELLED'""")
                .params(p.kind().name(), p.title(), p.planName(), p.roomId(), p.place(), p.organizerUserId(),
                        p.organizerName(), p.students(), p.staff(), Timestamp.from(p.plannedAt()),
                        Timestamp.from(p.plannedAt()), schoolId, id, version)
                .update() == 1;
    }

    boolean complete(long schoolId, long id, int version, StatusFlow.Step<DrillStatus> step, Outcome o) {
        return jdbc.sql("""
                UPDATE safety.drill SET status = ?, started_at = ?, duration_minutes = ?, evacuation_seconds = ?,
                       students = ?, staff = ?, summary = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND status = ? AND version = ?""")
                .params(step.to().name(), Timestamp.from(o.startedAt()), o.durationMinutes(), o.evacuationSeconds(),
                        o.students(), o.staff(), o.summary(), schoolId, id, step.from().name(), version)
                .update() == 1;
    }

    boolean cancel(long schoolId, long id, int version, StatusFlow.Step<DrillStatus> step, String reason) {
        return jdbc.sql("""
                UPDATE safety.drill SET status = ?, cancel_reason = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND status = ? AND version = ?""")
                .params(step.to().name(), reason, schoolId, id, step.from().name(), version).update() == 1;
    }

    /** Locks the drill's row, so that two people noting problems or photos at once keep its limits. */
    Optional<DrillStatus> lock(long schoolId, long id) {
        return jdbc.sql("SELECT status FROM safety.drill WHERE school_id = ? AND id = ? FOR UPDATE")
                .params(schoolId, id).query(String.class).optional().map(DrillStatus::valueOf);
    }

    Optional<Drills.Row> find(long schoolId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM safety.drill d WHERE d.school_id = ? AND d.id = ?")
                .params(schoolId, id).query(Rows.of(Drills.Row.class)).optional();
    }

    PageResult<Drills.Row> page(long schoolId, ListQuery query, Filter filter) {
        return listing(schoolId, query, filter).page(query, Drills.Row.class);
    }

    void forEach(long schoolId, ListQuery query, Filter filter, Consumer<Drills.Row> each) {
        listing(schoolId, query, filter).forEach(Listing.EXPORT_LIMIT, Drills.Row.class, each);
    }

    private Listing listing(long schoolId, ListQuery query, Filter filter) {
        Where where = Where.of("d.school_id", "school", schoolId).equal("d.kind", filter.kind())
                .equal("d.status", filter.status()).search(query, SEARCH);
        // a drill belongs to the day it took place, or, until then, the day it is planned for
        if (filter.from() != null) {
            where = where.and(DAY + " >= :periodFrom", "periodFrom", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where = where.and(DAY + " < :periodTo", "periodTo", Timestamp.from(filter.to()));
        }
        return Listing.of(jdbc, COLUMNS, "safety.drill d").where(where).orderBy("d.planned_at DESC, d.id DESC");
    }

    long addProblem(long schoolId, long drillId, ProblemForm p, long by) {
        return jdbc.sql("""
                INSERT INTO safety.drill_problem (school_id, drill_id, description, level, responsible, created_by)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, drillId, p.getDescription(), p.getLevel().name(), p.getResponsible(), by)
                .query(Long.class).single();
    }

    /** Removes a problem that has not become a hazard (a hazard names the problem it came from). */
    boolean removeProblem(long schoolId, long drillId, long problemId) {
        return jdbc.sql("""
                DELETE FROM safety.drill_problem WHERE school_id = ? AND drill_id = ? AND id = ? AND hazard_id IS NULL""")
                .params(schoolId, drillId, problemId).update() == 1;
    }

    /** A problem with what a hazard made of it needs: its drill's number and place. */
    record ProblemTarget(String description, HazardLevel level, Long hazardId, String number, String title,
                         Long roomId, String place) {
    }

    Optional<ProblemTarget> problemTarget(long schoolId, long drillId, long problemId) {
        return jdbc.sql("""
                SELECT p.description, p.level, p.hazard_id, d.number, d.title, d.room_id, d.place
                FROM safety.drill_problem p JOIN safety.drill d ON d.id = p.drill_id
                WHERE p.school_id = ? AND p.drill_id = ? AND p.id = ?""").params(schoolId, drillId, problemId)
                .query(Rows.of(ProblemTarget.class)).optional();
    }

    /** Links the hazard a problem became; false when it already had one. */
    boolean linkHazard(long schoolId, long problemId, long hazardId) {
        return jdbc.sql("UPDATE safety.drill_problem SET hazard_id = ? WHERE school_id = ? AND id = ? AND hazard_id IS NULL")
                .params(hazardId, schoolId, problemId).update() == 1;
    }

    List<Drills.Problem> problems(long schoolId, long drillId) {
        return jdbc.sql("""
                SELECT id, description, level, responsible, hazard_id FROM safety.drill_problem
                WHERE school_id = ? AND drill_id = ? ORDER BY id""")
                .params(schoolId, drillId).query(Rows.of(Drills.Problem.class)).list();
    }

    int problemCount(long schoolId, long drillId) {
        return jdbc.sql("SELECT count(*) FROM safety.drill_problem WHERE school_id = ? AND drill_id = ?")
                .params(schoolId, drillId).query(Integer.class).single();
    }
}
