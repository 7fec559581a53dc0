package org.houqin.safety.hazard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.houqin.platform.api.ApiPage;
import org.houqin.platform.api.StaleVersion;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PlausibleDate;
import org.houqin.platform.web.Texts;
import org.houqin.routines.checklist.HazardLevel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Hazards (隐患) over JSON, with the same permissions, scope and steps as the pages. */
@RestController
@Validated
@RequestMapping("/api/v1/safety/hazards")
@Tag(name = "Hazards", description = "隐患")
class HazardEndpoint {

    record HazardJson(long id, String number, HazardStatus status, String statusLabel, HazardLevel level,
                      String levelLabel, HazardCategory category, String categoryLabel, Long roomId, String place,
                      String description, String source, String reporterName, Instant reportedAt, Long assigneeUserId,
                      String assigneeName, Instant dueAt, boolean overdue, String requiredMeasures, String measures,
                      BigDecimal cost, String rectifiedByName, String checkedByName, Instant closedAt, String reason,
                      Long repairId, Instant bureauDueAt, Instant bureauSentAt, int version) {

        static HazardJson of(HazardRow h, Texts texts) {
            return new HazardJson(h.id(), h.number(), h.status(), texts.label(h.status()), h.level(),
                    texts.get(h.levelKey()), h.category(), texts.label(h.category()), h.roomId(), h.place(),
                    h.description(), h.source(), h.reportedByName(), h.reportedAt(), h.assigneeUserId(),
                    h.assigneeName(), h.dueAt(), h.overdue(), h.requiredMeasures(), h.measures(), h.cost(),
                    h.rectifiedByName(), h.checkedByName(), h.closedAt(), h.reason(), h.repairId(), h.bureauDueAt(),
                    h.bureauSentAt(), h.version());
        }
    }

    private final Hazards hazards;
    private final HazardReporting reporting;
    private final HazardService service;
    private final HazardRepairs repairs;
    private final Texts texts;

    HazardEndpoint(Hazards hazards, HazardReporting reporting, HazardService service, HazardRepairs repairs,
                   Texts texts) {
        this.hazards = hazards;
        this.reporting = reporting;
        this.service = service;
        this.repairs = repairs;
        this.texts = texts;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('safety:hazard:read')")
    @Operation(summary = "List hazards (隐患台账)", description = "Filters: status, level, category, room, from and to "
            + "(the report date), overdue. q searches the number, place, description and people; sort "
            + "reported|number|due|level|status|place, newest first unless asked. The office, re-inspectors and "
            + "archive readers see all; others see what they reported or rectify.")
    ApiPage<HazardJson> list(@ModelAttribute ListQuery query, @RequestParam(required = false) HazardStatus status,
                             @RequestParam(required = false) HazardLevel level,
                             @RequestParam(required = false) HazardCategory category,
                             @RequestParam(required = false) Long room,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                             @PlausibleDate LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                             @PlausibleDate LocalDate to,
                             @RequestParam(defaultValue = "false") boolean overdue, CurrentUser me) {
        return ApiPage.of(hazards.page(me, query, new Hazards.Filter(status, level, category, room, from, to,
                overdue)), h -> HazardJson.of(h, texts));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('safety:hazard:read')")
    @Operation(summary = "One hazard")
    HazardJson get(@PathVariable long id, CurrentUser me) {
        return HazardJson.of(hazards.visible(me, id), texts);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('safety:hazard:report')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report a hazard", description = "Give roomId or location, level (GENERAL, MAJOR, SEVERE), "
            + "category and description. A SEVERE hazard stops its room at once. Send the same Idempotency-Key header "
            + "again and you get the same hazard back instead of a second one.")
    HazardJson create(@Valid @RequestBody HazardForms.Report form, CurrentUser me) {
        return HazardJson.of(hazards.visible(me, reporting.report(me.requireSchool(), me, form)), texts);
    }

    @PostMapping("/{id}/assign")
    @PreAuthorize("hasAuthority('safety:hazard:manage')")
    @Operation(summary = "Assign the rectification", description = "Body: version, assigneeUserId, "
            + "requiredMeasures. The deadline follows from the level (settings).")
    HazardJson assign(@PathVariable long id, @Valid @RequestBody HazardForms.Step form, CurrentUser me) {
        return step(id, me, () -> service.assign(me.requireSchool(), me, id, form));
    }

    @PostMapping("/{id}/rectify")
    @PreAuthorize("hasAuthority('safety:hazard:read')")
    @Operation(summary = "Record the rectification", description = "Body: version, measures, cost (0 or more). "
            + "By the person assigned, or the office.")
    HazardJson rectify(@PathVariable long id, @Valid @RequestBody HazardForms.Step form, CurrentUser me) {
        return step(id, me, () -> service.rectify(me.requireSchool(), me, id, form));
    }

    @PostMapping("/{id}/recheck")
    @PreAuthorize("hasAuthority('safety:hazard:recheck')")
    @Operation(summary = "Re-inspect (复查)", description = "Body: version, pass (true closes it, 销号), reason (when "
            + "sent back). Refused with 409 for the person who rectified it.")
    HazardJson recheck(@PathVariable long id, @Valid @RequestBody HazardForms.Step form, CurrentUser me) {
        return step(id, me, () -> service.recheck(me.requireSchool(), me, id, form));
    }

    @PostMapping("/{id}/repair")
    @PreAuthorize("hasAuthority('safety:hazard:read')")
    @Operation(summary = "Open a repair for the hazard", description = "Body: version. Opens a repair request "
            + "linked both ways; its completion marks the hazard rectified.")
    HazardJson repair(@PathVariable long id, @Valid @RequestBody HazardForms.Step form, CurrentUser me) {
        return step(id, me, () -> repairs.open(me.requireSchool(), me, id, form.getVersion()));
    }

    @PostMapping("/{id}/bureau-report")
    @PreAuthorize("hasAuthority('safety:hazard:manage')")
    @Operation(summary = "Record the bureau report as sent (已报送教育局)", description = "Body: version. For SEVERE "
            + "hazards; the sent time and the person are recorded.")
    HazardJson bureau(@PathVariable long id, @Valid @RequestBody HazardForms.Step form, CurrentUser me) {
        return step(id, me, () -> service.bureauSent(me.requireSchool(), me, id, form.getVersion()));
    }

    private HazardJson step(long id, CurrentUser me, Runnable command) {
        StaleVersion.guard(() -> hazards.visible(me, id).version(), command);
        return HazardJson.of(hazards.visible(me, id), texts);
    }
}
