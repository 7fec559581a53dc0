package org.houqin.repairs.request;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.houqin.platform.api.ApiPage;
import org.houqin.platform.api.StaleVersion;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.Texts;
import org.houqin.repairs.Priority;
import org.houqin.repairs.RepairStatus;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Repair requests over JSON, with the same permissions, scope and steps as the pages. */
@RestController
@RequestMapping("/api/v1/repairs")
@Tag(name = "Repairs", description = "报修单")
class RepairEndpoint {

    record RepairJson(long id, String number, RepairStatus status, String statusLabel, Priority priority,
                      String priorityLabel, String category, Long roomId,
                      String place, String description, String reporterName, Instant reportedAt, Instant dueAt,
                      boolean overdue, String assigneeName, String contractor, BigDecimal contractorCost,
                      Instant finishedAt, Instant closedAt, Integer rating, boolean damage, int version) {

        static RepairJson of(Repairs.Row row, Texts texts) {
            return new RepairJson(row.id(), row.number(), row.status(), texts.label(row.status()), row.priority(),
                    texts.label(row.priority()), row.categoryName(),
                    row.roomId(), row.place(), row.description(), row.reporterName(), row.reportedAt(), row.dueAt(),
                    row.overdue(), row.assigneeName(), row.contractor(), row.contractorCost(), row.finishedAt(),
                    row.closedAt(), row.rating(), row.damage(), row.version());
        }
    }

    private final Repairs requests;
    private final RepairReporting reporting;
    private final RepairService service;
    private final RepairWork work;
    private final Texts texts;

    RepairEndpoint(Repairs requests, RepairReporting reporting, RepairService service, RepairWork work, Texts texts) {
        this.texts = texts;
        this.requests = requests;
        this.reporting = reporting;
        this.service = service;
        this.work = work;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('repairs:request:read')")
    @Operation(summary = "List repair requests", description = "view = OPEN, CHECK, CLOSED or ALL; q searches the "
            + "number, place, description, reporter and worker; open requests come most pressing first, others newest first.")
    ApiPage<RepairJson> list(@ModelAttribute ListQuery query, @RequestParam(required = false) Repairs.View view,
                                @RequestParam(required = false) Long category,
                                @RequestParam(required = false) Priority priority,
                                @RequestParam(defaultValue = "false") boolean mine, CurrentUser me) {
        PageResult<Repairs.Row> page = requests.page(me.requireSchool(), me, query,
                new Repairs.Filter(view, category, priority, mine));
        return ApiPage.of(page, row -> RepairJson.of(row, texts));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('repairs:request:read')")
    @Operation(summary = "One repair request")
    RepairJson get(@PathVariable long id, CurrentUser me) {
        return RepairJson.of(find(me, id), texts);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('repairs:request:report')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report a repair", description = "Give roomId or location. Send the same Idempotency-Key "
            + "header (or submissionKey) again and you get the same request back instead of a second one.")
    RepairJson create(@Valid @RequestBody ReportForm form, CurrentUser me) {
        RepairReporting.Reporter reporter = new RepairReporting.Reporter(me.userId(), me.displayName(), null,
                me.departmentId(), null);
        return RepairJson.of(find(me, reporting.report(me.requireSchool(), reporter, form, List.of())), texts);
    }

    @PostMapping("/{id}/dispatch")
    @PreAuthorize("hasAuthority('repairs:request:dispatch')")
    @Operation(summary = "Assign a worker", description = "Body: version and workerUserId. A stale version or a "
            + "request that cannot be assigned in its state gets 409.")
    RepairJson dispatch(@PathVariable long id, @Valid @RequestBody ActionForm form, CurrentUser me) {
        StaleVersion.guard(() -> find(me, id).version(), () -> service.dispatch(me.requireSchool(), me, id, form));
        return RepairJson.of(find(me, id), texts);
    }

    @PostMapping("/{id}/confirm")
    @PreAuthorize("hasAuthority('repairs:request:read')")
    @Operation(summary = "Check the work and rate it", description = "Body: version, rating (1 to 5), note.")
    RepairJson confirm(@PathVariable long id, @Valid @RequestBody ActionForm form, CurrentUser me) {
        StaleVersion.guard(() -> find(me, id).version(), () -> work.confirm(me.requireSchool(), me, id, form));
        return RepairJson.of(find(me, id), texts);
    }

    private Repairs.Row find(CurrentUser me, long id) {
        return requests.visible(me, id);
    }
}
