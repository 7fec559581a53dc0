package org.houqin.routines.plan;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.houqin.platform.api.ApiPage;
import org.houqin.platform.api.StaleVersion;
import org.houqin.platform.api.VersionOnly;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 检查日程 over JSON: the schedules, one with its places, a new one (its rounds written at once), stopping one. */
@RestController
@RequestMapping("/api/v1/routines/schedules")
@Tag(name = "Routine schedules", description = "检查日程")
class RoutineScheduleEndpoint {

    /** A schedule, its rooms, and its cadence in the reader's words. */
    @Schema(name = "RoutineScheduleDetail")
    record ScheduleJson(Schedules.Row schedule, List<Long> roomIds, String cadenceLabel) {
    }

    private final Schedules schedules;
    private final CadenceDescriptions cadences;
    private final SchoolClock clock;

    RoutineScheduleEndpoint(Schedules schedules, CadenceDescriptions cadences, SchoolClock clock) {
        this.schedules = schedules;
        this.cadences = cadences;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('routines:template:read')")
    @Operation(summary = "List the schedules", description = "Active ones first, by name; q searches the name. "
            + "The cadence is its stored text, e.g. MONTHLY:FIRST_SCHOOL_DAY or SEMESTER_WEEKS:0:MONDAY.")
    ApiPage<Schedules.Row> list(@Parameter(hidden = true) CurrentUser me, @ModelAttribute ListQuery query) {
        return ApiPage.page(schedules.all(me.requireSchool()).stream()
                .filter(s -> !query.hasSearch() || s.name().contains(query.q())).toList(), query);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('routines:template:read')")
    @Operation(summary = "One schedule", description = "With its rooms and version.")
    ScheduleJson get(@Parameter(hidden = true) CurrentUser me, @PathVariable long id) {
        return json(me, id);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('routines:template:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Schedule a checklist", description = "The form's fields: the cadence by its kind and that "
            + "kind's parameters, the window, who and where. A bad cadence or window gets 400 at its field. The "
            + "rounds of the next two weeks are written at once.")
    ScheduleJson create(@Parameter(hidden = true) CurrentUser me, @Valid @RequestBody ScheduleForm form) {
        return json(me, schedules.create(me.requireSchool(), form, me.userId(), clock.today()));
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasAuthority('routines:template:write')")
    @Operation(summary = "Stop a schedule", description = "No new rounds; its rounds not yet open are removed. Send "
            + "the version read (or If-Match); a stale version gets 409.")
    ScheduleJson deactivate(@Parameter(hidden = true) CurrentUser me, @PathVariable long id,
                            @RequestBody VersionOnly body) {
        json(me, id);
        StaleVersion.guard(() -> json(me, id).schedule().version(),
                () -> schedules.deactivate(me.requireSchool(), id, body.getVersion()));
        return json(me, id);
    }

    private ScheduleJson json(CurrentUser me, long id) {
        Schedules.Row row = schedules.find(me.requireSchool(), id)
                .orElseThrow(() -> new NotFoundException("schedule", id));
        return new ScheduleJson(row, schedules.roomIds(id), cadences.describe(row.cadence()));
    }
}
