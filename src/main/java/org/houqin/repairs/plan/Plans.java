package org.houqin.repairs.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 定期维护计划 and how many of their work orders were done. */
@Component
class Plans {

    record Row(long id, String name, long categoryId, String categoryName, Long roomId, String location,
               String description, Cadence cadence, LocalDate nextDueOn, Long assigneeUserId, boolean active,
               long generated, long done, int version) {

        /** 完成率 in percent, or null before the first work order. */
        public Integer completionRate() {
            return generated == 0 ? null : (int) Math.round(done * 100.0 / generated);
        }
    }

    private final JdbcClient jdbc;

    Plans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> all(long schoolId) {
        return jdbc.sql(SELECT + " WHERE p.school_id = ? ORDER BY p.active DESC, p.next_due_on, p.id").param(schoolId)
                .query(Rows.of(Row.class)).list();
    }

    Optional<Row> find(long schoolId, long id) {
        return jdbc.sql(SELECT + " WHERE p.school_id = ? AND p.id = ?").params(schoolId, id).query(Rows.of(Row.class)).optional();
    }

    /** Active plans of every school whose day has come. */
    List<Due> due(LocalDate today) {
        return jdbc.sql("SELECT school_id, id FROM repairs.plan WHERE active AND next_due_on <= ? ORDER BY id")
                .param(today).query(Rows.of(Due.class)).list();
    }

    record Due(long schoolId, long id) {
    }

    long insert(long schoolId, PlanForm form) {
        return jdbc.sql("""
                INSERT INTO repairs.plan (school_id, name, category_id, room_id, location, description, cadence,
                                          next_due_on, assignee_user_id, active)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, form.getName(), form.getCategoryId(), form.getRoomId(), form.getLocation(),
                        form.getDescription(), form.getCadence().name(), form.getNextDueOn(), form.getAssigneeUserId(),
                        form.isActive()).query(Long.class).single();
    }

    boolean update(long schoolId, long id, PlanForm form) {
        return jdbc.sql("""
                UPDATE repairs.plan SET name = ?, category_id = ?, room_id = ?, location = ?, description = ?, cadence = ?,
                       next_due_on = ?, assignee_user_id = ?, active = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?""")
                .params(form.getName(), form.getCategoryId(), form.getRoomId(), form.getLocation(),
                        form.getDescription(), form.getCadence().name(), form.getNextDueOn(), form.getAssigneeUserId(),
                        form.isActive(), schoolId, id, form.getVersion()).update() == 1;
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
