package org.houqin.routines.record;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.houqin.platform.security.CurrentUser;
import org.houqin.routines.checklist.ChecklistItem;
import org.houqin.routines.checklist.ChecklistTemplate;
import org.houqin.routines.checklist.TemplateJson;
import org.houqin.routines.checklist.TemplateLibrary;
import org.houqin.support.Demo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Templates, versions, schedules and rounds of the demo school written straight to the tables, as the planning side
 * would make them: a school's copy of a library checklist, a monthly schedule, and a round open now for a person.
 */
record RoutineRounds(JdbcClient jdbc) {

    /** A school's copy of a library template (a fresh code each time), version 1; its id. */
    long template(String libraryCode) {
        ChecklistTemplate library = TemplateLibrary.load().template(libraryCode).orElseThrow();
        return Demo.asSystem(() -> {
            long school = Demo.schoolId(jdbc);
            long id = jdbc.sql("""
                    INSERT INTO routines.template (school_id, code, name, category, source, library_code)
                    VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(school, library.code() + "-" + UUID.randomUUID().toString().substring(0, 8),
                            library.name(), library.category(), library.source(), library.code())
                    .query(Long.class).single();
            insertVersion(school, id, 1, library.items());
            return id;
        });
    }

    /** The template's next version with these items, made current, as an edit on the planning side does. */
    void revise(long templateId, List<ChecklistItem> items) {
        Demo.asSystem(() -> {
            long school = Demo.schoolId(jdbc);
            int next = jdbc.sql("SELECT current_version + 1 FROM routines.template WHERE id = ?").param(templateId)
                    .query(Integer.class).single();
            insertVersion(school, templateId, next, items);
            return jdbc.sql("UPDATE routines.template SET current_version = ?, version = version + 1 WHERE id = ?")
                    .params(next, templateId).update();
        });
    }

    private void insertVersion(long school, long templateId, int number, List<ChecklistItem> items) {
        jdbc.sql("""
                INSERT INTO routines.template_version (school_id, template_id, number, applies_to, items)
                VALUES (?, ?, ?, ?::jsonb, ?::jsonb)""")
                .params(school, templateId, number,
                        TemplateJson.appliesTo(org.houqin.routines.checklist.AppliesTo.everywhere()),
                        TemplateJson.items(items)).update();
    }

    /** A monthly schedule of the template for one person. */
    long schedule(long templateId, String assignee) {
        return Demo.asSystem(() -> jdbc.sql("""
                INSERT INTO routines.schedule (school_id, template_id, name, cadence, opens_at, due_at, assignee_kind,
                       assignee_user_id, starts_on)
                VALUES (?, ?, '每月消防检查', 'MONTHLY 1', '08:00', '17:00', 'USER', ?, ?) RETURNING id""")
                .params(Demo.schoolId(jdbc), templateId, Demo.userId(jdbc, assignee), LocalDate.now().minusMonths(1))
                .query(Long.class).single());
    }

    /** A round of the schedule at the room, opened an hour ago and due in eight hours, for the person. */
    long round(long scheduleId, String roomCode, String assignee) {
        return roundDue(scheduleId, roomCode, assignee, Instant.now().plus(Duration.ofHours(8)));
    }

    long roundDue(long scheduleId, String roomCode, String assignee, Instant due) {
        return Demo.asSystem(() -> {
            long school = Demo.schoolId(jdbc);
            Long room = roomCode == null ? null : roomId(roomCode);
            Instant opens = due.minus(Duration.ofHours(9));
            return jdbc.sql("""
                    INSERT INTO routines.occurrence (school_id, schedule_id, room_id, key, day, opens_at, due_at,
                           overdue_at, assignee_user_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(school, scheduleId, room, UUID.randomUUID().toString().substring(0, 20),
                            LocalDate.now(), Timestamp.from(opens), Timestamp.from(due),
                            Timestamp.from(due.plus(Duration.ofHours(1))), Demo.userId(jdbc, assignee))
                    .query(Long.class).single();
        });
    }

    long roomId(String code) {
        return Demo.count(jdbc, "SELECT id FROM places.room WHERE school_id = ? AND code = ?", Demo.schoolId(jdbc),
                code);
    }

    /** Runs the work as the person signed in, as a request of theirs would. */
    static <T> T as(CurrentUser user, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    long records(String sql, Object... params) {
        return Demo.count(jdbc, sql, params);
    }
}
