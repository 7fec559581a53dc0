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
import org.houqin.approval.Approvals;
import org.houqin.platform.api.ApiPage;
import org.houqin.platform.api.StaleVersion;
import org.houqin.platform.api.VersionOnly;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.Texts;
import org.houqin.warehouse.ClosingNote;
import org.houqin.warehouse.WarehouseDocuments;
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

/** Requisitions over JSON, with the same permissions, scope and rules as the pages. */
@RestController
@RequestMapping("/api/v1/requisitions")
@Tag(name = "Requisitions", description = "领用申请")
class RequisitionEndpoint {

    private static final String SEE = "hasAuthority('warehouse:requisition:request') or hasAuthority('warehouse:requisition:read')";

    /** A line: send its {@code lineId} with the quantity to issue; {@code available} is the store's stock now. */
    @Schema(name = "RequisitionLine")
    record LineJson(long lineId, long itemId, String code, String name, String unit, BigDecimal quantity,
                    BigDecimal issued, BigDecimal available, String note) {

        static LineJson of(RequisitionLineRow l) {
            return new LineJson(l.id(), l.itemId(), l.code(), l.name(), l.unit(), l.quantity(), l.issued(),
                    l.available(), l.note());
        }
    }

    /**
     * A requisition. {@code approvalRequestId} (in one requisition, not in lists) is its latest approval submission:
     * the approver decides it at {@code POST /api/v1/approvals/{approvalRequestId}/decide}.
     */
    record RequisitionJson(long id, String number, RequisitionStatus status, String statusLabel, String storeName,
                           Long departmentId, String requesterName, String purpose, LocalDate neededOn,
                           BigDecimal estimate, Instant submittedAt, Instant approvedAt, Instant finishedAt,
                           String closeNote, String summary, Long approvalRequestId, int version,
                           List<LineJson> lines) {
    }

    private final Requisitions requisitions;
    private final RequisitionIssues issues;
    private final Approvals approvals;
    private final Texts texts;

    RequisitionEndpoint(Requisitions requisitions, RequisitionIssues issues, Approvals approvals, Texts texts) {
        this.requisitions = requisitions;
        this.issues = issues;
        this.approvals = approvals;
        this.texts = texts;
    }

    @GetMapping
    @PreAuthorize(SEE)
    @Operation(summary = "List requisitions", description = "view = MINE, ISSUE (approved, to issue), OPEN or ALL "
            + "(within the caller's scope); status filters; q searches number, requester, purpose and items; newest "
            + "first (one fixed order), 20 per page unless size asks (up to 100). Lines are left out here; get one "
            + "requisition for them.")
    ApiPage<RequisitionJson> list(@Parameter(hidden = true) CurrentUser me, @ModelAttribute ListQuery query,
                                     @RequestParam(defaultValue = "MINE") RequisitionView view,
                                     @RequestParam(required = false) RequisitionStatus status) {
        PageResult<RequisitionRow> page = requisitions.page(me.requireSchool(), me, query, view, status);
        return ApiPage.of(page, row -> json(row, null, List.of()));
    }

    @GetMapping("/{id}")
    @PreAuthorize(SEE)
    @Operation(summary = "One requisition with its lines", description = "With approvalRequestId, the submission "
            + "an approver decides at /api/v1/approvals/{approvalRequestId}/decide (it also waits in their "
            + "/api/v1/approvals/inbox with documentType RQ and this documentId). 404 for a requisition outside the "
            + "reader's scope.")
    RequisitionJson get(@Parameter(hidden = true) CurrentUser me, @PathVariable long id) {
        long school = me.requireSchool();
        RequisitionRow row = requisitions.visible(school, me, id);
        List<Approvals.SubmissionView> submissions = approvals.panel(school, me,
                WarehouseDocuments.REQUISITION.code(), id).submissions();
        Long approval = submissions.isEmpty() ? null : submissions.get(submissions.size() - 1).requestId();
        return json(row, approval, requisitions.lines(school, id).stream().map(LineJson::of).toList());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('warehouse:requisition:request')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Request supplies", description = "Body: storeId, purpose, neededOn, lines (itemId, "
            + "quantity, note). Sending the same Idempotency-Key header (or submissionKey, a UUID) again returns the "
            + "same requisition. It is submitted for approval at once. Without storeId, the first item's usual store; "
            + "a line above the store's stock is refused unless shortageAccepted is true.")
    RequisitionJson create(@Parameter(hidden = true) CurrentUser me, @Valid @RequestBody RequisitionForm form) {
        return get(me, requisitions.create(me.requireSchool(), me, form));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('warehouse:requisition:request')")
    @Operation(summary = "Change a returned requisition and submit it again", description = "The create body with "
            + "the version read (or If-Match): the lines sent replace the requisition's, and it goes for approval "
            + "again (a new approvalRequestId). Only one's own requisition returned for changes (409 otherwise); a "
            + "stale version gets 409 with currentVersion.")
    RequisitionJson resubmit(@Parameter(hidden = true) CurrentUser me, @PathVariable long id,
                             @Valid @RequestBody RequisitionForm form) {
        long school = me.requireSchool();
        requisitions.own(school, me, id);
        StaleVersion.guard(() -> requisitions.visible(school, me, id).version(),
                () -> requisitions.resubmit(school, me, id, form));
        return get(me, id);
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

    @PostMapping("/{id}/issue")
    @PreAuthorize("hasAuthority('warehouse:requisition:issue')")
    @Operation(summary = "Issue an approved requisition at the store", description = "The storekeeper's issue form: "
            + "issuedOn, receiverName, signature (the receiver's, as a data:image/png;base64 URL), version (or "
            + "If-Match) and lines (lineId, quantity, and fromStoreId to bring it over from another store by a "
            + "transfer). A quantity above what is left or above the stock gets 400 naming lines[i].quantity; a "
            + "requisition not approved gets 409, a stale version 409 with currentVersion. Part of it leaves it "
            + "PARTIAL; all of it ISSUED.")
    RequisitionJson issue(@Parameter(hidden = true) CurrentUser me, @PathVariable long id,
                          @Valid @RequestBody IssueForm form) {
        long school = me.requireSchool();
        StaleVersion.guard(() -> requisitions.find(school, id).version(), () -> issues.issue(school, me, id, form));
        return get(me, id);
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasAuthority('warehouse:requisition:issue')")
    @Operation(summary = "Close what is left of an approved requisition", description = "Body: note (the reason, "
            + "required) and version (or If-Match). Only an approved or partly issued requisition; a stale version "
            + "gets 409 with currentVersion.")
    RequisitionJson close(@Parameter(hidden = true) CurrentUser me, @PathVariable long id,
                          @RequestBody ClosingNote body) {
        long school = me.requireSchool();
        StaleVersion.guard(() -> requisitions.find(school, id).version(),
                () -> issues.close(school, me, id, body.getVersion(), body.getNote()));
        return get(me, id);
    }

    private RequisitionJson json(RequisitionRow row, Long approvalRequestId, List<LineJson> lines) {
        return new RequisitionJson(row.id(), row.number(), row.status(), texts.get(row.status().messageKey()),
                row.storeName(), row.departmentId(), row.requesterName(), row.purpose(), row.neededOn(),
                row.estimate(), row.submittedAt(), row.approvedAt(), row.finishedAt(), row.closeNote(), row.summary(),
                approvalRequestId, row.version(), lines);
    }
}
