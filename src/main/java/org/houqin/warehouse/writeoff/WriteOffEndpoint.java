package org.houqin.warehouse.writeoff;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.houqin.approval.Approvals;
import org.houqin.platform.api.ApiPage;
import org.houqin.platform.api.StaleVersion;
import org.houqin.platform.api.VersionOnly;
import org.houqin.platform.pdf.PdfRenderer;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.timeline.TimelineEntry;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.Texts;
import org.houqin.warehouse.WarehouseDocuments;
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

/** 报损单 over JSON: the list, one write-off with its lines, approval and history, making one, and cancelling it. */
@RestController
@RequestMapping("/api/v1/write-offs")
@Tag(name = "Write-offs", description = "报损单")
class WriteOffEndpoint {

    /**
     * A write-off. {@code approvalRequestId} (in one write-off, not in lists) is its approval submission, decided at
     * {@code POST /api/v1/approvals/{approvalRequestId}/decide}; approved, the goods leave the store (POSTED).
     */
    record WriteOffJson(long id, String number, String storeName, WriteOffReason reason, String reasonLabel,
                        LocalDate writtenOn, String note, WriteOffStatus status, String statusLabel, BigDecimal amount,
                        String createdByName, Instant createdAt, Instant finishedAt, String summary,
                        Long approvalRequestId, int version, List<WriteOffs.LineRow> lines,
                        List<TimelineEntry> history) {
    }

    private final WriteOffs writeOffs;
    private final Approvals approvals;
    private final Texts texts;
    private final PdfRenderer pdf;

    WriteOffEndpoint(WriteOffs writeOffs, Approvals approvals, Texts texts, PdfRenderer pdf) {
        this.writeOffs = writeOffs;
        this.approvals = approvals;
        this.texts = texts;
        this.pdf = pdf;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    @Operation(summary = "List write-offs", description = "q searches the note and the number; newest first (by the "
            + "day written off); 20 per page unless size asks (up to 100). Lines come with one write-off.")
    ApiPage<WriteOffJson> list(@Parameter(hidden = true) CurrentUser me, @ModelAttribute ListQuery query) {
        return ApiPage.of(writeOffs.page(me.requireSchool(), query), row -> json(row, null, null, null));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    @Operation(summary = "One write-off with its lines, approval and history", description = "404 for another "
            + "school's write-off.")
    WriteOffJson get(@Parameter(hidden = true) CurrentUser me, @PathVariable long id) {
        long school = me.requireSchool();
        WriteOffs.Row row = find(school, id);
        List<Approvals.SubmissionView> submissions = approvals.panel(school, me, WarehouseDocuments.WRITE_OFF.code(),
                id).submissions();
        Long approval = submissions.isEmpty() ? null : submissions.get(submissions.size() - 1).requestId();
        return json(row, approval, writeOffs.lines(school, id), writeOffs.history(school, id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('warehouse:writeoff:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write goods off", description = "Body: storeId, reason (DAMAGED, EXPIRED, LOST or OTHER), "
            + "writtenOn, note (what happened, required), lines (itemId, quantity). It is submitted for approval at "
            + "once; the goods leave the store when it is approved. Send the same Idempotency-Key header (or "
            + "submissionKey) again and you get the same write-off back. More than the store holds gets 400 naming "
            + "lines[i].quantity.")
    WriteOffJson create(@Parameter(hidden = true) CurrentUser me, @Valid @RequestBody WriteOffForm form) {
        return get(me, writeOffs.create(me.requireSchool(), me, form));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAuthority('warehouse:writeoff:write')")
    @Operation(summary = "Cancel a returned write-off", description = "Body: the version read (or If-Match). Only a "
            + "write-off returned by its approver (409 otherwise); a stale version gets 409 with currentVersion.")
    WriteOffJson cancel(@Parameter(hidden = true) CurrentUser me, @PathVariable long id,
                        @RequestBody VersionOnly body) {
        long school = me.requireSchool();
        StaleVersion.guard(() -> find(school, id).version(),
                () -> writeOffs.cancel(school, me, id, body.getVersion()));
        return get(me, id);
    }

    private WriteOffs.Row find(long school, long id) {
        return writeOffs.find(school, id).orElseThrow(() -> new NotFoundException("write-off", id));
    }

    private WriteOffJson json(WriteOffs.Row r, Long approvalRequestId, List<WriteOffs.LineRow> lines,
                              List<TimelineEntry> history) {
        return new WriteOffJson(r.id(), r.number(), r.storeName(), r.reason(), texts.get(r.reason().messageKey()),
                r.writtenOn(), r.note(), r.status(), texts.get(r.status().messageKey()), r.amount(),
                r.createdByName(), r.createdAt(), r.finishedAt(), r.summary(), approvalRequestId, r.version(), lines,
                history);
    }

    @GetMapping("/{id}/print.pdf")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    @Operation(summary = "The printed write-off", description = "报损单 with its approval as a PDF, as the page "
            + "prints it. 404 for another school's write-off.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf"))
    void print(@Parameter(hidden = true) CurrentUser me, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        long school = me.requireSchool();
        WriteOffs.Row row = find(school, id);
        pdf.print(response, school, "print/write-off", Map.of("writeOff", row, "lines", writeOffs.lines(school, id),
                "approval", approvals.panel(school, me, WarehouseDocuments.WRITE_OFF.code(), id)), row.number() + ".pdf");
    }
}
