package org.houqin.routines.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;
import org.houqin.audit.AuditLog;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.web.Labelled;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.houqin.routines.schedule.SchoolCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school's calendar as routines read it: the organization module's semesters, with the days off and make-up days
 * the school keeps here ({@code routines.calendar_day}).
 */
@Service
public class SchoolCalendars {

    /** Days off, or a make-up school day. */
    public enum Kind implements Labelled {
        OFF, MAKE_UP;

        @Override
        public String messageKey() {
            return "routine.calendar.kind." + name();
        }
    }

    /** One entry of the calendar. */
    @Schema(name = "RoutineCalendarDay")
    public record Day(long id, Kind kind, LocalDate firstDay, LocalDate lastDay, String name) {
    }

    /** The longest stretch of days off one entry may hold (a summer vacation). */
    static final int MAX_DAYS = 120;

    private final CalendarStore store;
    private final OrganizationApi organization;
    private final AuditLog audit;

    SchoolCalendars(CalendarStore store, OrganizationApi organization, AuditLog audit) {
        this.store = store;
        this.organization = organization;
        this.audit = audit;
    }

    /** The school's calendar: its semesters, days off and make-up days. */
    @Transactional(readOnly = true)
    public SchoolCalendar of(long schoolId) {
        List<SchoolCalendar.Semester> semesters = organization.semesters(schoolId).stream()
                .map(s -> new SchoolCalendar.Semester(s.schoolYear() + " " + s.name(), s.startsOn(), s.endsOn()))
                .toList();
        List<Day> days = days(schoolId);
        List<SchoolCalendar.DaysOff> off = days.stream().filter(d -> d.kind() == Kind.OFF)
                .map(d -> new SchoolCalendar.DaysOff(d.name(), d.firstDay(), d.lastDay())).toList();
        Set<LocalDate> makeUp = days.stream().filter(d -> d.kind() == Kind.MAKE_UP).map(Day::firstDay)
                .collect(Collectors.toSet());
        return new SchoolCalendar(semesters, off, makeUp);
    }

    @Transactional(readOnly = true)
    public List<Day> days(long schoolId) {
        return store.days(schoolId);
    }

    @Transactional(readOnly = true)
    public List<OrganizationApi.SemesterRef> semesters(long schoolId) {
        return organization.semesters(schoolId);
    }

    @Transactional
    public long add(long schoolId, CalendarDayForm form) {
        LocalDate last = form.lastDayOrFirst();
        if (last.isBefore(form.getFirstDay())) {
            throw new RuleViolation("lastDay", "routine.calendar.lastBeforeFirst");
        }
        if (form.getKind() == Kind.MAKE_UP && !last.equals(form.getFirstDay())) {
            throw new RuleViolation("lastDay", "routine.calendar.makeUpOneDay");
        }
        if (last.isAfter(form.getFirstDay().plusDays(MAX_DAYS))) {
            throw new RuleViolation("lastDay", "routine.calendar.tooLong", MAX_DAYS);
        }
        long id = store.insert(schoolId, form.getKind(), form.getFirstDay(), last, form.getName());
        audit.changedIn(schoolId, "routines", "calendar_day", id, "CREATE", null, form.getName());
        return id;
    }

    @Transactional
    public void remove(long schoolId, long id) {
        Day day = days(schoolId).stream().filter(d -> d.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("calendar day", id));
        store.delete(schoolId, id);
        audit.changedIn(schoolId, "routines", "calendar_day", id, "DELETE", day, null);
    }

    /** Adds the national holidays of the school year starting in that autumn that the calendar does not hold yet. */
    @Transactional
    public int addNationalHolidays(long schoolId, int autumnYear) {
        List<Day> held = days(schoolId);
        int added = 0;
        for (CalendarDayForm day : NationalHolidays.schoolYear(autumnYear)) {
            boolean known = held.stream().anyMatch(d -> d.kind() == day.getKind()
                    && d.firstDay().equals(day.getFirstDay()));
            if (!known) {
                add(schoolId, day);
                added++;
            }
        }
        return added;
    }
}
