package org.houqin.warehouse.requisition;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.houqin.platform.api.ApiPage;
import org.houqin.platform.api.StaleVersion;
import org.houqin.platform.api.VersionOnly;
import org.houqin.platform.document.Submissions;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Requisitions over JSON, with the same permissions, scope and rules as the pages. */
@RestController
@RequestMapping("/api/v1/requisitions")
@Tag(name = "Requisitions", description = "领用申请")
class RequisitionEndpoint {

    private static final String SEE = "hasAuthority('warehouse:requisition:request') or hasAuthority('warehouse:requisition:read')";

    @Schema(name = "RequisitionLine")
    record LineJson(long itemId, String code, String name, String unit, BigDecimal quantity, BigDecimal issued,
                    String note) {
    }

    record RequisitionJson(long id, String number, RequisitionStatus status, String storeName, Long departmentId,
                           String requesterName, String purpose, LocalDate neededOn, BigDecimal estimate,
                           Instant submittedAt, Instant approvedAt, Instant finishedAt, String summary, int version,
                           List<LineJson> lines) {
    }


    private final Requisitions requisitions;

    RequisitionEndpoint(Requisitions requisitions) {
        this.requisitions = requisitions;
    }

    @GetMapping
    @PreAuthorize(SEE)
    @Operation(summary = "List requisitions", description = "view = MINE, ISSUE (approved, to issue), OPEN or ALL "
            + "(within the caller's scope); status filters; q searches number, requester, purpose and items; newest "
            + "first, pages of 20. Lines are left out here; get one requisition for them.")
    ApiPage<RequisitionJson> list(@Parameter(hidden = true) CurrentUser me, @ModelAttribute ListQuery query,
                                     @RequestParam(defaultValue = "MINE") RequisitionView view,
                                     @RequestParam(required = false) RequisitionStatus status) {
        PageResult<RequisitionRow> page = requisitions.page(me.requireSchool(), me, query, view, status);
        return ApiPage.of(page, row -> json(row, List.of()));
    }

    @GetMapping("/{id}")
    @PreAuthorize(SEE)
    @Operation(summary = "One requisition with its lines")
    RequisitionJson get(@Parameter(hidden = true) CurrentUser me, @PathVariable long id) {
        long school = me.requireSchool();
        RequisitionRow row = requisitions.visible(school, me, id);
        return json(row, requisitions.lines(school, id).stream().map(l -> new LineJson(l.itemId(), l.code(), l.name(), l.unit(),
                l.quantity(), l.issued(), l.note())).toList());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('warehouse:requisition:request')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Request supplies", description = "Body: storeId, purpose, neededOn, lines (itemId, "
            + "quantity, note). Sending the same Idempotency-Key header (or submissionKey, a UUID) again returns the "
            + "same requisition. It is submitted for approval at once. Without storeId, the first item's usual store; "
            + "a line above the store's stock is refused unless shortageAccepted is true.")
    RequisitionJson create(@Parameter(hidden = true) CurrentUser me, @Valid @RequestBody RequisitionForm form,
                           @RequestHeader(name = Submissions.IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        Submissions.fromHeader(idempotencyKey).ifPresent(form::setSubmissionKey);
        return get(me, requisitions.create(me.requireSchool(), me, form));
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasAuthority('warehouse:requisition:request')")
    @Operation(summary = "Withdraw one's own requisition", description = "Body: the version read. Only while it "
            + "waits for approval or for changes; a stale version gets 409.")
    RequisitionJson withdraw(@Parameter(hidden = true) CurrentUser me, @PathVariable long id,
                             @RequestBody VersionOnly body) {
        long school = me.requireSchool();
        RequisitionRow row = requisitions.own(school, me, id);
        StaleVersion.guard(() -> requisitions.visible(school, me, id).version(),
                () -> requisitions.withdraw(school, me, row.id(), body.getVersion()));
        return get(me, id);
    }

    private static RequisitionJson json(RequisitionRow row, List<LineJson> lines) {
        return new RequisitionJson(row.id(), row.number(), row.status(), row.storeName(), row.departmentId(),
                row.requesterName(), row.purpose(), row.neededOn(), row.estimate(), row.submittedAt(), row.approvedAt(),
                row.finishedAt(), row.summary(), row.version(), lines);
    }
}
