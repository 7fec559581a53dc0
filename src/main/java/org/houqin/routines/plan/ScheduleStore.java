package org.houqin.routines.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of schedules and their places. */
@Component
class ScheduleStore {

    /** A schedule as the service writes it. */
    record Facts(long templateId, String name, String cadence, LocalTime opensAt, LocalTime dueAt, int dueAfterDays,
                 int graceMinutes, String mealTimes, AssigneeKind assigneeKind, Long assigneeRoleId,
                 Long assigneeUserId, Long supervisorUserId, LocalDate startsOn, LocalDate endsOn) {
    }

    private static final String SELECT = """
            SELECT s.id, s.school_id, s.template_id, t.name AS template_name, s.name, s.cadence, s.opens_at, s.due_at,
                   s.due_after_days, s.grace_minutes, s.meal_times::text AS meal_times, s.assignee_kind,
                   s.assignee_role_id, s.assignee_user_id, s.supervisor_user_id, s.starts_on, s.ends_on, s.active,
                   s.version, (SELECT count(*) FROM routines.schedule_place p WHERE p.schedule_id = s.id) AS places
            FROM routines.schedule s JOIN routines.template t ON t.id = s.template_id""";

    private final JdbcClient jdbc;

    ScheduleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Schedules.Row> all(long schoolId) {
        return jdbc.sql(SELECT + " WHERE s.school_id = ? ORDER BY s.active DESC, s.name, s.id").param(schoolId)
                .query(Rows.of(Schedules.Row.class)).list();
    }

    Optional<Schedules.Row> find(long schoolId, long id) {
        return jdbc.sql(SELECT + " WHERE s.school_id = ? AND s.id = ?").params(schoolId, id)
                .query(Rows.of(Schedules.Row.class)).optional();
    }

    /** Active schedules of every school still running on that day. */
    List<Schedules.Row> running(LocalDate day) {
        return jdbc.sql(SELECT + " WHERE s.active AND (s.ends_on IS NULL OR s.ends_on >= ?) ORDER BY s.id")
                .param(day).query(Rows.of(Schedules.Row.class)).list();
    }

    List<Long> roomIds(long scheduleId) {
        return jdbc.sql("SELECT room_id FROM routines.schedule_place WHERE schedule_id = ? ORDER BY room_id")
                .param(scheduleId).query(Long.class).list();
    }

    long insert(long schoolId, Facts f, long userId) {
        return jdbc.sql("""
                INSERT INTO routines.schedule (school_id, template_id, name, cadence, opens_at, due_at, due_after_days,
                       grace_minutes, meal_times, assignee_kind, assignee_role_id, assignee_user_id,
                       supervisor_user_id, starts_on, ends_on, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, f.templateId(), f.name(), f.cadence(), f.opensAt(), f.dueAt(), f.dueAfterDays(),
                        f.graceMinutes(), f.mealTimes(), f.assigneeKind().name(), f.assigneeRoleId(),
                        f.assigneeUserId(), f.supervisorUserId(), f.startsOn(), f.endsOn(), userId)
                .query(Long.class).single();
    }

    void insertPlaces(long schoolId, long scheduleId, List<Long> roomIds) {
        for (Long room : roomIds) {
            jdbc.sql("INSERT INTO routines.schedule_place (schedule_id, room_id, school_id) VALUES (?, ?, ?)")
                    .params(scheduleId, room, schoolId).update();
        }
    }

    boolean deactivate(long schoolId, long id, int version) {
        return jdbc.sql("""
                UPDATE routines.schedule SET active = false, version = version + 1
                WHERE school_id = ? AND id = ? AND version = ? AND active""").params(schoolId, id, version).update() == 1;
    }
}
