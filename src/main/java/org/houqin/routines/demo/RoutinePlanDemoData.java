package org.houqin.routines.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.houqin.iam.IamApi;
import org.houqin.organization.OrganizationApi;
import org.houqin.places.PlacesApi;
import org.houqin.platform.demo.DemoData;
import org.houqin.platform.time.SchoolClock;
import org.houqin.routines.calendar.SchoolCalendars;
import org.houqin.routines.plan.AssigneeKind;
import org.houqin.routines.plan.CadenceKind;
import org.houqin.routines.plan.Rounds;
import org.houqin.routines.plan.ScheduleForm;
import org.houqin.routines.plan.Schedules;
import org.houqin.routines.template.Templates;
import org.springframework.stereotype.Component;

/**
 * The demo school's routines: the national holidays of 2026-2027 on its calendar, four checklists copied from the
 * library and scheduled (消防设施月检 by the guard at four fire points, 开学前安全卫生大检查 in week 0, the canteen's
 * daily check, a weekly dormitory check), and their rounds since the semester began, so completion has a history.
 * The rounds are left undone here; records come from the records side's demo.
 */
@Component
class RoutinePlanDemoData implements DemoData {

    private static final LocalDate SEMESTER_START = LocalDate.of(2026, 9, 1);

    private final OrganizationApi organization;
    private final IamApi iam;
    private final PlacesApi places;
    private final SchoolCalendars calendars;
    private final Templates templates;
    private final Schedules schedules;
    private final Rounds rounds;
    private final SchoolClock clock;

    RoutinePlanDemoData(OrganizationApi organization, IamApi iam, PlacesApi places, SchoolCalendars calendars,
                        Templates templates, Schedules schedules, Rounds rounds, SchoolClock clock) {
        this.organization = organization;
        this.iam = iam;
        this.places = places;
        this.calendars = calendars;
        this.templates = templates;
        this.schedules = schedules;
        this.rounds = rounds;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public void load() {
        long school = organization.schoolByCode(SCHOOL_CODE).orElseThrow().id();
        long director = iam.userId("director").orElseThrow();
        calendars.addNationalHolidays(school, 2026);
        Demo demo = new Demo(school, director);
        ScheduleForm fire = demo.form("fire-monthly", "消防设施月检", CadenceKind.MONTHLY, "08:00", 5, "17:00");
        fire.setDayOfMonth(0);
        demo.byUser(fire, "guard", "A-130", "C-B03", "E-102", "F-03");
        demo.schedule(fire, SEMESTER_START);

        ScheduleForm opening = demo.form("school-opening", "开学前安全卫生大检查", CadenceKind.SEMESTER_WEEKS, "08:00",
                4, "17:00");
        opening.setWeeks("0");
        opening.setDayOfWeek(DayOfWeek.MONDAY);
        demo.byRole(opening, "DIRECTOR");
        demo.schedule(opening, LocalDate.of(2026, 8, 1));

        ScheduleForm canteen = demo.form("canteen", "食堂每日检查", CadenceKind.WEEKDAYS, "06:00", 0, "19:00");
        demo.byUser(canteen, "canteen", "E-102");
        demo.schedule(canteen, SEMESTER_START);

        ScheduleForm dormitory = demo.form("dormitory", "宿舍卫生安全周检", CadenceKind.WEEKLY, "14:00", 0, "18:00");
        dormitory.setDayOfWeek(DayOfWeek.FRIDAY);
        demo.byRole(dormitory, "GUARD");
        dormitory.setRoomIds(demo.rooms("D-101", "D-102", "D-201", "D-202"));
        demo.schedule(dormitory, SEMESTER_START);
    }

    /** The demo school and the director who copies and schedules. */
    private final class Demo {

        private final long school;
        private final long director;
        private final List<PlacesApi.RoomRef> rooms;

        Demo(long school, long director) {
            this.school = school;
            this.director = director;
            this.rooms = places.rooms(school);
        }

        ScheduleForm form(String libraryCode, String name, CadenceKind kind, String opens, int days, String due) {
            ScheduleForm form = new ScheduleForm();
            form.setTemplateId(templates.copy(school, libraryCode, director));
            form.setName(name);
            form.setCadenceKind(kind);
            form.setOpensAt(LocalTime.parse(opens));
            form.setDueAfterDays(days);
            form.setDueAt(LocalTime.parse(due));
            form.setGraceMinutes(60);
            form.setSupervisorUserId(director);
            return form;
        }

        void byUser(ScheduleForm form, String username, String... roomCodes) {
            form.setAssigneeKind(AssigneeKind.USER);
            form.setAssigneeUserId(iam.userId(username).orElseThrow());
            form.setRoomIds(rooms(roomCodes));
        }

        void byRole(ScheduleForm form, String roleCode) {
            form.setAssigneeKind(AssigneeKind.ROLE);
            form.setAssigneeRoleId(iam.rolesWithIds(school).stream().filter(r -> r.code().equals(roleCode))
                    .findFirst().orElseThrow().id());
        }

        List<Long> rooms(String... codes) {
            return List.of(codes).stream().map(code -> rooms.stream().filter(r -> r.code().equals(code)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No demo room " + code)).id()).toList();
        }

        /** Saves the schedule (its rounds ahead are written) and writes its rounds since it started. */
        void schedule(ScheduleForm form, LocalDate startsOn) {
            form.setStartsOn(startsOn);
            LocalDate today = clock.today();
            long id = schedules.create(school, form, director, today);
            rounds.generate(schedules.find(school, id).orElseThrow(), startsOn, today);
        }
    }
}
