package org.houqin.assets.disposal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.houqin.approval.Approvals;
import org.houqin.assets.AssetDocuments;
import org.houqin.assets.AssetStatus;
import org.houqin.platform.api.ApiPage;
import org.houqin.platform.api.StaleVersion;
import org.houqin.platform.api.VersionOnly;
import org.houqin.platform.pdf.PdfRenderer;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.Texts;
import org.springdoc.core.annotations.ParameterObject;
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

/**
 * 资产处置 over JSON: the requests, one with its cards, making one (sent for approval at once), cancelling one the
 * approval returned, and its printed form.
 */
@RestController
@RequestMapping("/api/v1/asset-disposals")
@Tag(name = "Asset disposals", description = "资产处置")
class AssetDisposalEndpoint {

    private static final String READ = "hasAuthority('assets:disposal:write') or hasAuthority('assets:report:read')";

    record DisposalJson(long id, String number, DisposalKind kind, String kindLabel, String reason,
                        BigDecimal residualValue, LocalDate disposedOn, DisposalStatus status, String statusLabel,
                        BigDecimal originalValue, BigDecimal netValue, String createdByName, Instant createdAt,
                        Instant finishedAt, long cards, String summary, int version, List<LineJson> lines) {
    }

    @Schema(name = "AssetDisposalLine")
    record LineJson(long assetId, String assetNumber, String name, String model, int quantity,
                    BigDecimal originalValue, BigDecimal netValue, AssetStatus statusBefore,
                    String statusBeforeLabel, LocalDate purchasedOn) {
    }

    private final AssetDisposals disposals;
    private final Approvals approvals;
    private final PdfRenderer pdf;
    private final Texts texts;

    AssetDisposalEndpoint(AssetDisposals disposals, Approvals approvals, PdfRenderer pdf, Texts texts) {
        this.disposals = disposals;
        this.approvals = approvals;
        this.pdf = pdf;
        this.texts = texts;
    }

    @GetMapping
    @PreAuthorize(READ)
    @Operation(summary = "List disposal requests", description = "status = SUBMITTED, RETURNED, REJECTED, APPROVED "
            + "or CANCELLED; q searches the number, the reason and the numbers and names of the cards on it; newest "
            + "first (no other sort); 20 per page unless size asks (at most 100). Lines come with one request.")
    ApiPage<DisposalJson> list(@ParameterObject @ModelAttribute ListQuery query,
                               @RequestParam(required = false) DisposalStatus status, CurrentUser me) {
        return ApiPage.of(disposals.page(me.requireSchool(), query, status), row -> json(row, null));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ)
    @Operation(summary = "One disposal request with its cards", description = "Each card with its original and net "
            + "value and the status it had before (given back if the request is refused or returned). 404 for an id "
            + "of another school.")
    DisposalJson get(@PathVariable long id, CurrentUser me) {
        return one(me, id);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('assets:disposal:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Request a disposal", description = "kind (SCRAP, LOSS, SALE, TRANSFER_OUT), disposedOn, "
            + "reason, residualValue (yuan, two decimals) and lines of assetNumber: each card whole. The cards go "
            + "待报废 at once and the request goes to approval by its original value; only the approval's end "
            + "writes them off. Send the same Idempotency-Key header (or submissionKey) again and you get the same "
            + "request back. A card unknown, outside the caller's scope or already in a disposal is 400 at its "
            + "line (lines[0].assetNumber).")
    DisposalJson create(@Valid @RequestBody DisposalForm form, CurrentUser me) {
        return one(me, disposals.create(me.requireSchool(), me, form));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAuthority('assets:disposal:write')")
    @Operation(summary = "Cancel a returned request", description = "Body: the version read (or If-Match). Only a "
            + "request the approval returned can be cancelled (its cards have their statuses back already); any "
            + "other is 409 document.step.refused, a stale version 409 with currentVersion.")
    DisposalJson cancel(@PathVariable long id, @RequestBody VersionOnly body, CurrentUser me) {
        long school = me.requireSchool();
        StaleVersion.guard(() -> find(school, id).version(),
                () -> disposals.cancel(school, me, id, body.getVersion()));
        return one(me, id);
    }

    @GetMapping("/{id}/print.pdf")
    @PreAuthorize(READ)
    @Operation(summary = "The printed 资产处置申请表", description = "The A4 form with its cards and the approval's "
            + "steps so far, as the request's page prints it.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf"))
    void print(@PathVariable long id, HttpServletResponse response, CurrentUser me) throws IOException {
        long school = me.requireSchool();
        AssetDisposals.Row row = find(school, id);
        pdf.print(response, school, "print/asset-disposal", Map.of("disposal", row,
                "lines", disposals.lines(school, id),
                "approval", approvals.panel(school, me, AssetDocuments.DISPOSAL.code(), id)), row.number() + ".pdf");
    }

    private DisposalJson one(CurrentUser me, long id) {
        long school = me.requireSchool();
        return json(find(school, id), disposals.lines(school, id).stream().map(this::line).toList());
    }

    private AssetDisposals.Row find(long school, long id) {
        return disposals.find(school, id).orElseThrow(() -> new NotFoundException("disposal", id));
    }

    private DisposalJson json(AssetDisposals.Row r, List<LineJson> lines) {
        return new DisposalJson(r.id(), r.number(), r.kind(), texts.get(r.kind().messageKey()), r.reason(),
                r.residualValue(), r.disposedOn(), r.status(), texts.get(r.status().messageKey()), r.originalValue(),
                r.netValue(), r.createdByName(), r.createdAt(), r.finishedAt(), r.cards(), r.summary(), r.version(),
                lines);
    }

    private LineJson line(AssetDisposals.LineRow l) {
        return new LineJson(l.assetId(), l.number(), l.name(), l.model(), l.quantity(), l.originalValue(),
                l.netValue(), l.statusBefore(), texts.get(l.statusBefore().messageKey()), l.purchasedOn());
    }
}
