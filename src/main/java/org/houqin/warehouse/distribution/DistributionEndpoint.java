package org.houqin.warehouse.distribution;

import java.time.Instant;
import java.util.List;
import java.util.function.LongConsumer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.houqin.platform.api.ApiPage;
import org.houqin.platform.api.StaleVersion;
import org.houqin.platform.api.VersionOnly;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.ListQuery;
import org.houqin.warehouse.ClosingNote;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 学期发放 (教材、作业本) over JSON: the plans, one plan with its lines, grades, classes and the stock it needs, and its
 * steps: plan, edit the draft, start issuing, cancel, close. The classes' hand-overs are {@link
 * DistributionClassEndpoint}.
 */
@RestController
@RequestMapping("/api/v1/distributions")
@Tag(name = "Distributions", description = "学期发放")
class DistributionEndpoint {

    static final String READ = "hasAuthority('warehouse:item:read')";
    static final String WRITE = "hasAuthority('warehouse:distribution:write')";

    /**
     * A plan: per grade the lines (item, per student, extra per class), each grade's figures, the stock it still
     * needs (while open), and once started its classes with where each stands.
     */
    record DistributionJson(long id, String number, String name, long semesterId, String semesterName, long storeId,
                            String storeName, DistributionStatus status, String statusLabel, String note,
                            String createdByName, Instant createdAt, Instant startedAt, Instant finishedAt,
                            String closeNote, long classCount, long issuedClasses, long owedClasses, int version,
                            List<Distributions.PlanLine> lines, List<GradeSummaries.GradeRow> grades,
                            List<GradeSummaries.StockNeed> stock, List<DistributionClassEndpoint.ClassJson> classes) {
    }

    private final Distributions distributions;
    private final DistributionJsons json;

    DistributionEndpoint(Distributions distributions, DistributionJsons json) {
        this.distributions = distributions;
        this.json = json;
    }

    @GetMapping
    @PreAuthorize(READ)
    @Operation(summary = "List distribution plans", description = "q searches the name and the semester, and the "
            + "number; newest first; 20 per page unless size asks (up to 100). Lines, grades and classes come with "
            + "one plan.")
    ApiPage<DistributionJson> list(@Parameter(hidden = true) CurrentUser me, @ModelAttribute ListQuery query) {
        return ApiPage.of(distributions.page(me.requireSchool(), query), json::head);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ)
    @Operation(summary = "One plan with its lines, grades, stock needs and classes", description = "404 for "
            + "another school's plan.")
    DistributionJson get(@Parameter(hidden = true) CurrentUser me, @PathVariable long id) {
        return json.whole(me.requireSchool(), id);
    }

    @PostMapping
    @PreAuthorize(WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a semester's distribution", description = "Body: name, semesterId, storeId, note, "
            + "lines (gradeId, itemId, perStudent, extraPerClass). It starts as a DRAFT. Send the same "
            + "Idempotency-Key header (or submissionKey) again and you get the same plan back. A refused field, or a "
            + "rule naming one (an unknown store or item, a grade's item twice), gets 400 with the field.")
    DistributionJson create(@Parameter(hidden = true) CurrentUser me, @Valid @RequestBody DistributionForm form) {
        return get(me, distributions.create(me.requireSchool(), me, form));
    }

    @PutMapping("/{id}")
    @PreAuthorize(WRITE)
    @Operation(summary = "Change a draft plan", description = "The create body with the version read (or "
            + "If-Match); the lines sent replace the plan's. Only a DRAFT (409 otherwise); a stale version gets 409 "
            + "with currentVersion.")
    DistributionJson update(@Parameter(hidden = true) CurrentUser me, @PathVariable long id,
                            @Valid @RequestBody DistributionForm form) {
        long school = me.requireSchool();
        StaleVersion.guard(() -> distributions.find(school, id).version(),
                () -> distributions.update(school, me, id, form));
        return get(me, id);
    }

    @PostMapping("/{id}/start")
    @PreAuthorize(WRITE)
    @Operation(summary = "Start issuing", description = "Body: the version read (or If-Match). Every class of a "
            + "planned grade gets its list from its head count now (ISSUING). Only a DRAFT; a stale version gets 409 "
            + "with currentVersion.")
    DistributionJson start(@Parameter(hidden = true) CurrentUser me, @PathVariable long id,
                           @RequestBody VersionOnly body) {
        return stepped(me, id, school -> distributions.start(school, me, id, body.getVersion()));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize(WRITE)
    @Operation(summary = "Cancel a draft plan", description = "Body: the version read (or If-Match). Only a DRAFT; "
            + "a stale version gets 409 with currentVersion.")
    DistributionJson cancel(@Parameter(hidden = true) CurrentUser me, @PathVariable long id,
                            @RequestBody VersionOnly body) {
        return stepped(me, id, school -> distributions.cancel(school, me, id, body.getVersion()));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(WRITE)
    @Operation(summary = "End issuing", description = "Body: note and the version read (or If-Match). While classes "
            + "are still owed something the note (why) is required: 400 on note without it. Only while ISSUING; a "
            + "stale version gets 409 with currentVersion.")
    DistributionJson close(@Parameter(hidden = true) CurrentUser me, @PathVariable long id,
                           @RequestBody ClosingNote body) {
        return stepped(me, id, school -> distributions.close(school, me, id, body.getVersion(), body.getNote()));
    }

    /** A step on the plan, refused with the version it has now when stale; the plan after it. */
    private DistributionJson stepped(CurrentUser me, long id, LongConsumer step) {
        long school = me.requireSchool();
        StaleVersion.guard(() -> distributions.find(school, id).version(), () -> step.accept(school));
        return get(me, id);
    }
}
