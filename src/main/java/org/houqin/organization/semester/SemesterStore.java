package org.houqin.organization.semester;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.houqin.organization.OrganizationApi.SemesterRef;
import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of school years and their semesters; one semester per school is the current one. */
@Component
class SemesterStore {

    private final JdbcClient jdbc;

    SemesterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SemesterService.Row> all(long schoolId) {
        return jdbc.sql("""
                SELECT s.id, s.school_year_id, y.name AS school_year, s.name, s.starts_on, s.ends_on, s.current
                FROM organization.semester s JOIN organization.school_year y ON y.id = s.school_year_id
                WHERE s.school_id = ? ORDER BY s.starts_on DESC
                """).param(schoolId).query(Rows.of(SemesterService.Row.class)).list();
    }

    /** Every semester of the school, earliest first. */
    List<SemesterRef> refs(long schoolId) {
        return jdbc.sql("""
                SELECT s.id, s.name, y.name AS school_year, s.starts_on, s.ends_on
                FROM organization.semester s JOIN organization.school_year y ON y.id = s.school_year_id
                WHERE s.school_id = ? ORDER BY s.starts_on
                """).param(schoolId).query(Rows.of(SemesterRef.class)).list();
    }

    Optional<SemesterRef> current(long schoolId) {
        return jdbc.sql("""
                SELECT s.id, s.name, y.name AS school_year, s.starts_on, s.ends_on
                FROM organization.semester s JOIN organization.school_year y ON y.id = s.school_year_id
                WHERE s.school_id = ? AND s.current
                """).param(schoolId).query(Rows.of(SemesterRef.class)).optional();
    }

    /**
     * The school year holding the day; in the holidays after a year's last semester, the year just ended (a year
     * holds the twelve months from its start).
     */
    Optional<SemesterService.YearDates> yearOf(long schoolId, LocalDate day) {
        return jdbc.sql("""
                SELECT starts_on, ends_on FROM organization.school_year
                WHERE school_id = ? AND starts_on <= ? AND ? < starts_on + interval '1 year'
                ORDER BY starts_on DESC LIMIT 1
                """).params(schoolId, day, day).query(Rows.of(SemesterService.YearDates.class)).optional();
    }

    /** The school year of that name, added with these dates when the school has none yet. */
    long yearId(long schoolId, String name, LocalDate startsOn, LocalDate endsOn) {
        return jdbc.sql("SELECT id FROM organization.school_year WHERE school_id = ? AND name = ?")
                .params(schoolId, name).query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("""
                        INSERT INTO organization.school_year (school_id, name, starts_on, ends_on) VALUES (?, ?, ?, ?)
                        RETURNING id
                        """).params(schoolId, name, startsOn, endsOn).query(Long.class).single());
    }

    long insert(long schoolId, long yearId, String name, LocalDate startsOn, LocalDate endsOn) {
        return jdbc.sql("""
                INSERT INTO organization.semester (school_id, school_year_id, name, starts_on, ends_on)
                VALUES (?, ?, ?, ?, ?) RETURNING id
                """).params(schoolId, yearId, name, startsOn, endsOn).query(Long.class).single();
    }

    boolean makeCurrent(long schoolId, long id) {
        jdbc.sql("UPDATE organization.semester SET current = false WHERE school_id = ? AND current").param(schoolId).update();
        return jdbc.sql("UPDATE organization.semester SET current = true, version = version + 1 WHERE school_id = ? AND id = ?")
                .params(schoolId, id).update() == 1;
    }

    /** Widens the school year so that it covers the semester. */
    void stretchYear(long yearId) {
        jdbc.sql("""
                UPDATE organization.school_year y SET
                  starts_on = least(y.starts_on, (SELECT min(starts_on) FROM organization.semester WHERE school_year_id = y.id)),
                  ends_on = greatest(y.ends_on, (SELECT max(ends_on) FROM organization.semester WHERE school_year_id = y.id))
                WHERE y.id = ?
                """).param(yearId).update();
    }
}
