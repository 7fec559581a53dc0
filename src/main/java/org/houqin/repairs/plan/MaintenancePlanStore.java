package org.houqin.repairs.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of 定期维护计划, with how many of their work orders were done. */
@Component
class MaintenancePlanStore {

    /** A plan as its form gives it. */
    record Facts(String name, long categoryId, Long roomId, String location, String description, Cadence cadence,
                 LocalDate nextDueOn, Long assigneeUserId, boolean active) {
    }

    private final JdbcClient jdbc;

    MaintenancePlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PlanService.Row> all(long schoolId) {
        return jdbc.sql(SELECT + " WHERE p.school_id = ? ORDER BY p.active DESC, p.next_due_on, p.id").param(schoolId)
                .query(Rows.of(PlanService.Row.class)).list();
    }

    Optional<PlanService.Row> find(long schoolId, long id) {
        return jdbc.sql(SELECT + " WHERE p.school_id = ? AND p.id = ?").params(schoolId, id)
                .query(Rows.of(PlanService.Row.class)).optional();
    }

    /** Active plans of every school whose day has come. */
    List<PlanService.Due> due(LocalDate today) {
        return jdbc.sql("SELECT school_id, id FROM repairs.plan WHERE active AND next_due_on <= ? ORDER BY id")
                .param(today).query(Rows.of(PlanService.Due.class)).list();
    }

    long insert(long schoolId, Facts p) {
        return jdbc.sql("""
                INSERT INTO repairs.plan (school_id, name, category_id, room_id, location, description, cadence,
                                          next_due_on, assignee_user_id, active)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, p.name(), p.categoryId(), p.roomId(), p.location(), p.description(),
                        p.cadence().name(), p.nextDueOn(), p.assigneeUserId(), p.active()).query(Long.class).single();
    }

    boolean update(long schoolId, long id, int version, Facts p) {
        return jdbc.sql("""
                UPDATE repairs.plan SET name = ?, category_id = ?, room_id = ?, location = ?, description = ?, cadence = ?,
                       next_due_on = ?, assignee_user_id = ?, active = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?""")
                .params(p.name(), p.categoryId(), p.roomId(), p.location(), p.description(), p.cadence().name(),
                        p.nextDueOn(), p.assigneeUserId(), p.active(), schoolId, id, version).update() == 1;
    }

    /** Moves the plan to its next round, only if no other node did it first. */
    boolean advance(long schoolId, long id, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                UPDATE repairs.plan SET next_due_on = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND next_due_on = ?""").params(to, schoolId, id, from).update() == 1;
    }

    private static final String SELECT = """
            SELECT p.id, p.name, p.category_id, c.name AS category_name, p.room_id, p.location, p.description, p.cadence,
                   p.next_due_on, p.assignee_user_id, p.active,
                   (SELECT count(*) FROM repairs.request r WHERE r.plan_id = p.id) AS generated,
                   (SELECT count(*) FROM repairs.request r WHERE r.plan_id = p.id AND r.status = 'DONE') AS done,
                   p.version
            FROM repairs.plan p JOIN repairs.category c ON c.id = p.category_id""";
}
