package org.houqin.routines.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import org.houqin.audit.AuditLog;
import org.houqin.iam.IamApi;
import org.houqin.places.PlacesApi;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.houqin.routines.schedule.Cadence;
import org.houqin.routines.template.Templates;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 日程: schedules checked and saved with their places, their rounds generated at once; deactivated. */
@Service
public class Schedules {

    /** A schedule as stored. */
    @Schema(name = "RoutineSchedule")
    public record Row(long id, long schoolId, long templateId, String templateName, String name, String cadence,
                      LocalTime opensAt, LocalTime dueAt, int dueAfterDays, int graceMinutes, String mealTimes,
                      AssigneeKind assigneeKind, Long assigneeRoleId, Long assigneeUserId, Long supervisorUserId,
                      LocalDate startsOn, LocalDate endsOn, boolean active, int version, long places) {

        public Cadence parsedCadence() {
            return Cadence.parse(cadence);
        }
    }

    private final ScheduleStore store;
    private final Templates templates;
    private final IamApi iam;
    private final PlacesApi places;
    private final Rounds rounds;
    private final AuditLog audit;

    Schedules(ScheduleStore store, Templates templates, IamApi iam, PlacesApi places, Rounds rounds,
              AuditLog audit) {
        this.store = store;
        this.templates = templates;
        this.iam = iam;
        this.places = places;
        this.rounds = rounds;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Row> all(long schoolId) {
        return store.all(schoolId);
    }

    @Transactional(readOnly = true)
    public Optional<Row> find(long schoolId, long id) {
        return store.find(schoolId, id);
    }

    @Transactional(readOnly = true)
    public List<Long> roomIds(long scheduleId) {
        return store.roomIds(scheduleId);
    }

    /** Saves the schedule and generates its rounds from today (or its start) for the days ahead. */
    @Transactional
    public long create(long schoolId, ScheduleForm form, long userId, LocalDate today) {
        Cadence cadence = CadenceFields.cadence(form);
        ScheduleRules.window(form);
        check(schoolId, form);
        long id = store.insert(schoolId, new ScheduleStore.Facts(form.getTemplateId(), form.getName(),
                cadence.toText(), form.getOpensAt(), form.getDueAt(), form.getDueAfterDays(), form.getGraceMinutes(),
                ScheduleRules.mealTimes(form), form.getAssigneeKind(), roleOf(form), userOf(form),
                form.getSupervisorUserId(), form.getStartsOn(), form.getEndsOn()), userId);
        store.insertPlaces(schoolId, id, List.copyOf(new HashSet<>(form.getRoomIds())));
        audit.changedIn(schoolId, "routines", "schedule", id, "CREATE", null, store.find(schoolId, id).orElseThrow());
        rounds.generate(store.find(schoolId, id).orElseThrow(), today, today.plusDays(Rounds.DAYS_AHEAD));
        return id;
    }

    /** Stops the schedule: no new rounds, and the rounds not yet open go. */
    @Transactional
    public void deactivate(long schoolId, long id, int version) {
        Row before = store.find(schoolId, id).orElseThrow(() -> new NotFoundException("schedule", id));
        if (!store.deactivate(schoolId, id, version)) {
            throw new OptimisticLockingFailureException("schedule " + id + " changed");
        }
        rounds.dropUnopened(schoolId, id);
        audit.changedIn(schoolId, "routines", "schedule", id, "DEACTIVATE", before, null);
    }

    /** The form of a stored schedule, to start a new one like it. */
    public ScheduleForm formOf(Row row, List<Long> roomIds) {
        ScheduleForm form = new ScheduleForm();
        form.setTemplateId(row.templateId());
        form.setName(row.name());
        CadenceFields.fill(form, row.parsedCadence());
        form.setOpensAt(row.opensAt());
        form.setDueAt(row.dueAt());
        form.setDueAfterDays(row.dueAfterDays());
        form.setGraceMinutes(row.graceMinutes());
        ScheduleRules.fillMeals(form, row.mealTimes());
        form.setAssigneeKind(row.assigneeKind());
        form.setAssigneeRoleId(row.assigneeRoleId());
        form.setAssigneeUserId(row.assigneeUserId());
        form.setSupervisorUserId(row.supervisorUserId());
        form.setRoomIds(roomIds);
        form.setStartsOn(row.startsOn());
        form.setEndsOn(row.endsOn());
        return form;
    }

    private void check(long schoolId, ScheduleForm form) {
        if (templates.choices(schoolId).stream().noneMatch(t -> t.id() == form.getTemplateId())) {
            throw new RuleViolation("templateId", "routine.schedule.unknownTemplate");
        }
        if (form.getEndsOn() != null && form.getEndsOn().isBefore(form.getStartsOn())) {
            throw new RuleViolation("endsOn", "routine.schedule.endsBeforeStart");
        }
        Set<Long> users = new HashSet<>(iam.usersOfSchool(schoolId));
        switch (form.getAssigneeKind()) {
            case ROLE -> {
                if (form.getAssigneeRoleId() == null || iam.rolesWithIds(schoolId).stream()
                        .noneMatch(r -> r.id() == form.getAssigneeRoleId())) {
                    throw new RuleViolation("assigneeRoleId", "routine.schedule.chooseRole");
                }
            }
            case USER -> {
                if (form.getAssigneeUserId() == null || !users.contains(form.getAssigneeUserId())) {
                    throw new RuleViolation("assigneeUserId", "routine.schedule.choosePerson");
                }
            }
            case ROOM_RESPONSIBLE -> {
                if (form.getRoomIds().isEmpty()) {
                    throw new RuleViolation("roomIds", "routine.schedule.roomsForResponsible");
                }
            }
        }
        if (form.getSupervisorUserId() != null && !users.contains(form.getSupervisorUserId())) {
            throw new RuleViolation("supervisorUserId", "routine.schedule.choosePerson");
        }
        Set<Long> rooms = new HashSet<>();
        places.rooms(schoolId).forEach(r -> rooms.add(r.id()));
        if (!rooms.containsAll(form.getRoomIds())) {
            throw new RuleViolation("roomIds", "routine.schedule.unknownRoom");
        }
    }

    private static Long roleOf(ScheduleForm form) {
        return form.getAssigneeKind() == AssigneeKind.ROLE ? form.getAssigneeRoleId() : null;
    }

    private static Long userOf(ScheduleForm form) {
        return form.getAssigneeKind() == AssigneeKind.USER ? form.getAssigneeUserId() : null;
    }
}
