package org.houqin.safety.drill;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.houqin.platform.api.ApiPage;
import org.houqin.platform.api.StaleVersion;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PlausibleDate;
import org.houqin.platform.web.Texts;
import org.houqin.routines.checklist.HazardLevel;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 应急演练 over JSON: the drills, one drill with its problems, planning, correcting, completing and cancelling. */
@RestController
@RequestMapping("/api/v1/safety/drills")
@Tag(name = "Drills", description = "应急演练")
class DrillEndpoint {

    @Schema(name = "Drill")
    record DrillJson(long id, String number, DrillKind kind, String kindLabel, String title, String planName,
                     Instant plannedAt, Long roomId, String place, long organizerUserId, String organizerName,
                     int students, int staff, int participants, DrillStatus status, String statusLabel,
                     Instant startedAt, Integer durationMinutes, Integer evacuationSeconds, String summary,
                     String cancelReason, List<ProblemJson> problems, int version) {
    }

    @Schema(name = "DrillProblem")
    record ProblemJson(long id, String description, HazardLevel level, String levelLabel, String responsible,
                       Long hazardId) {
    }

    private final Drills drills;
    private final DrillViews views;
    private final Texts texts;

    DrillEndpoint(Drills drills, DrillViews views, Texts texts) {
        this.drills = drills;
        this.views = views;
        this.texts = texts;
    }

    @GetMapping
    @PreAuthorize(DrillController.READ)
    @Operation(summary = "List drills", description = "kind = FIRE, EARTHQUAKE, STAMPEDE, DROWNING, FOOD_POISONING, "
            + "VIOLENCE or OTHER; status = PLANNED, DONE or CANCELLED; semester = a semester's id, or from and to "
            + "(dates, both included) for the days the drills took place (or are planned for); q searches the "
            + "number, title, plan, place and organizer; latest first (no other sort); 20 per page unless size "
            + "asks (at most 100). Problems are listed with one drill.")
    ApiPage<DrillJson> list(@ParameterObject @ModelAttribute ListQuery query,
                            @RequestParam(required = false) DrillKind kind,
                            @RequestParam(required = false) DrillStatus status,
                            @RequestParam(required = false) Long semester,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                            @PlausibleDate LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                            @PlausibleDate LocalDate to, CurrentUser me) {
        long school = me.requireSchool();
        DrillViews.Places places = views.places(school);
        return ApiPage.of(drills.page(school, query, views.filter(school, kind, status, semester, from, to)),
                row -> json(row, places, List.of()));
    }

    @GetMapping("/{id}")
    @PreAuthorize(DrillController.READ)
    @Operation(summary = "One drill", description = "The plan, the outcome of a done drill (startedAt, "
            + "durationMinutes, evacuationSeconds, summary) and the problems found. 404 for a drill of another school.")
    DrillJson get(@PathVariable long id, CurrentUser me) {
        return one(me, id);
    }

    @PostMapping
    @PreAuthorize(DrillController.WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a drill", description = "kind, title, planName (the emergency plan it exercises), "
            + "plannedOn and plannedTime (HH:mm, the school's time), roomId or place (such as 全校), "
            + "organizerUserId (reminded the day before), students and staff (≥ 0). Send the same Idempotency-Key "
            + "header (or submissionKey) again and you get the same drill back.")
    DrillJson create(@Valid @RequestBody DrillForm form, CurrentUser me) {
        return one(me, drills.create(me.requireSchool(), me, form));
    }

    @PutMapping("/{id}")
    @PreAuthorize(DrillController.WRITE)
    @Operation(summary = "Correct a drill", description = "The plan's fields with the version read (or If-Match), "
            + "for a planned or done drill; a cancelled one is 400 drill.cancelled, a stale version 409 with "
            + "currentVersion.")
    DrillJson update(@PathVariable long id, @Valid @RequestBody DrillForm form, CurrentUser me) {
        long school = me.requireSchool();
        StaleVersion.guard(() -> drills.require(school, id).version(), () -> drills.update(school, me, id, form));
        return one(me, id);
    }

    @PostMapping("/{id}/complete")
    @PreAuthorize(DrillController.WRITE)
    @Operation(summary = "Record a drill as done (完成演练)", description = "startedOn and startedTime (not in the "
            + "future), durationMinutes, evacuationSeconds (required for FIRE and EARTHQUAKE, at most the duration), "
            + "students, staff, summary and the version read (or If-Match). Photos are added on the drill's page. A "
            + "drill not planned is 409 document.step.refused, a stale version 409 with currentVersion.")
    DrillJson complete(@PathVariable long id, @Valid @RequestBody CompleteForm form, CurrentUser me) {
        long school = me.requireSchool();
        StaleVersion.guard(() -> drills.require(school, id).version(),
                () -> drills.complete(school, me, id, form));
        return one(me, id);
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize(DrillController.WRITE)
    @Operation(summary = "Cancel a planned drill", description = "Body: reason and the version read (or If-Match). "
            + "A drill not planned is 409 document.step.refused, a stale version 409 with currentVersion.")
    DrillJson cancel(@PathVariable long id, @Valid @RequestBody CancelForm form, CurrentUser me) {
        long school = me.requireSchool();
        StaleVersion.guard(() -> drills.require(school, id).version(), () -> drills.cancel(school, me, id, form));
        return one(me, id);
    }

    private DrillJson one(CurrentUser me, long id) {
        long school = me.requireSchool();
        return json(drills.require(school, id), views.places(school), drills.problems(school, id));
    }

    private DrillJson json(Drills.Row r, DrillViews.Places places, List<Drills.Problem> problems) {
        return new DrillJson(r.id(), r.number(), r.kind(), texts.label(r.kind()), r.title(), r.planName(),
                r.plannedAt(), r.roomId(), places.of(r), r.organizerUserId(), r.organizerName(), r.students(),
                r.staff(), r.participants(), r.status(), texts.label(r.status()), r.startedAt(),
                r.durationMinutes(), r.evacuationSeconds(), r.summary(), r.cancelReason(),
                problems.stream().map(p -> new ProblemJson(p.id(), p.description(), p.level(),
                        texts.get("drill.level." + p.level().name()), p.responsible(), p.hazardId())).toList(), r.version());
    }
}
