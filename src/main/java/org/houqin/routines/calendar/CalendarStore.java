package org.houqin.routines.calendar;

import java.time.LocalDate;
import java.util.List;

import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of the school calendar's days off and make-up days. */
@Component
class CalendarStore {

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SchoolCalendars.Day> days(long schoolId) {
        return jdbc.sql("SELECT id, kind, first_day, last_day, name FROM routines.calendar_day WHERE school_id = ? "
                + "ORDER BY first_day, id").param(schoolId).query(Rows.of(SchoolCalendars.Day.class)).list();
    }

    long insert(long schoolId, SchoolCalendars.Kind kind, LocalDate first, LocalDate last, String name) {
        return jdbc.sql("""
                INSERT INTO routines.calendar_day (school_id, kind, first_day, last_day, name)
                VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, kind.name(), first, last, name).query(Long.class).single();
    }

    void delete(long schoolId, long id) {
        jdbc.sql("DELETE FROM routines.calendar_day WHERE school_id = ? AND id = ?").params(schoolId, id).update();
    }
}
