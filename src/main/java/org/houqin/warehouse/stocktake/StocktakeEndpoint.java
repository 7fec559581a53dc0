package org.houqin.warehouse.stocktake;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
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
import org.houqin.platform.web.ListQuery;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 盘点 over JSON: the list, one stocktake with its count sheet, starting a count, recording what was found from a
 * phone or a scanner, and submitting or cancelling it, with the same permissions and rules as the pages.
 */
@RestController
@RequestMapping("/api/v1/stocktakes")
@Tag(name = "Stocktakes", description = "仓库盘点")
class StocktakeEndpoint {

    /**
     * A stocktake. {@code approvalRequestId} (in one stocktake, not in lists) is the submission of its differences,
     * decided at {@code POST /api/v1/approvals/{approvalRequestId}/decide}; approved, they are posted.
     */
    record StocktakeJson(long id, String number, long storeId, String storeName, LocalDate countedOn,
                         StocktakeStatus status, String statusLabel, String note, String createdByName,
                         Instant createdAt, Instant submittedAt, Instant finishedAt, BigDecimal gainAmount,
                         BigDecimal lossAmount, long lineCount, long counted, long different,
                         Long approvalRequestId, int version, List<LineJson> lines) {
    }

    /** A line of the count sheet: send its {@code lineId} with the quantity counted. */
    @Schema(name = "StocktakeLine")
    record LineJson(long lineId, long itemId, String code, String name, String specification, String unit,
                    String categoryName, BigDecimal bookQuantity, BigDecimal unitCost, BigDecimal countedQuantity,
                    BigDecimal difference, BigDecimal differenceAmount, String note, String countedByName) {

        static LineJson of(Stocktakes.LineRow l) {
            return new LineJson(l.id(), l.itemId(), l.code(), l.name(), l.specification(), l.unit(), l.categoryName(),
                    l.bookQuantity(), l.unitCost(), l.countedQuantity(), l.difference(), l.differenceAmount(),
                    l.note(), l.countedByName());
        }
    }

    private final Stocktakes stocktakes;
    private final Approvals approvals;
    private final Texts texts;
    private final PdfRenderer pdf;

    StocktakeEndpoint(Stocktakes stocktakes, Approvals approvals, Texts texts, PdfRenderer pdf) {
        this.stocktakes = stocktakes;
        this.approvals = approvals;
        this.texts = texts;
        this.pdf = pdf;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    @Operation(summary = "List stocktakes", description = "q searches the note and the number; newest first (by the "
            + "counting day); 20 per page unless size asks (up to 100). The count sheet comes with one stocktake.")
    ApiPage<StocktakeJson> list(@Parameter(hidden = true) CurrentUser me, @ModelAttribute ListQuery query) {
        return ApiPage.of(stocktakes.page(me.requireSchool(), query), row -> json(row, null, null));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    @Operation(summary = "One stocktake with its count sheet", description = "show = uncounted or different narrows "
            + "the lines as the page's tabs do; lines come in item code order. 404 for another school's stocktake.")
    StocktakeJson get(@Parameter(hidden = true) CurrentUser me, @PathVariable long id,
                      @RequestParam(required = false) String show) {
        long school = me.requireSchool();
        Stocktakes.Row row = stocktakes.find(school, id);
        List<Approvals.SubmissionView> submissions = approvals.panel(school, me, WarehouseDocuments.STOCKTAKE.code(),
                id).submissions();
        Long approval = submissions.isEmpty() ? null : submissions.get(submissions.size() - 1).requestId();
        return json(row, approval, stocktakes.lines(school, id, show).stream().map(LineJson::of).toList());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('warehouse:stocktake:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start counting a store", description = "Body: storeId, countedOn, note. The count sheet "
            + "takes the book quantity of every item the store holds on that day. A store already being counted gets "
            + "400 on storeId. Send the same Idempotency-Key header (or submissionKey) again and you get the same "
            + "stocktake back.")
    StocktakeJson start(@Parameter(hidden = true) CurrentUser me, @Valid @RequestBody StartForm form) {
        return get(me, stocktakes.start(me.requireSchool(), me, form), null);
    }

    @PostMapping("/{id}/count")
    @PreAuthorize("hasAuthority('warehouse:stocktake:write')")
    @Operation(summary = "Record counts", description = "Body: version (or If-Match) and lines (lineId, counted, "
            + "note); lines left out keep what they had, a blank count stays uncounted. Only while counting or "
            + "returned for a recount (409 otherwise); a stale version gets 409 with currentVersion.")
    StocktakeJson count(@Parameter(hidden = true) CurrentUser me, @PathVariable long id,
                        @Valid @RequestBody CountForm form) {
        long school = me.requireSchool();
        StaleVersion.guard(() -> stocktakes.find(school, id).version(),
                () -> stocktakes.count(school, me, id, form));
        return get(me, id, null);
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasAuthority('warehouse:stocktake:write')")
    @Operation(summary = "Submit the count", description = "Body: the version read (or If-Match). Every line must be "
            + "counted (409 otherwise). Differences go for approval (SUBMITTED); a count that matches the book is "
            + "posted at once. A stale version gets 409 with currentVersion.")
    StocktakeJson submit(@Parameter(hidden = true) CurrentUser me, @PathVariable long id,
                         @RequestBody VersionOnly body) {
        long school = me.requireSchool();
        StaleVersion.guard(() -> stocktakes.find(school, id).version(),
                () -> stocktakes.submit(school, me, id, body.getVersion()));
        return get(me, id, null);
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAuthority('warehouse:stocktake:write')")
    @Operation(summary = "Cancel a count", description = "Body: the version read (or If-Match). Nothing is posted; "
            + "the store may be counted again. A stale version gets 409 with currentVersion.")
    StocktakeJson cancel(@Parameter(hidden = true) CurrentUser me, @PathVariable long id,
                         @RequestBody VersionOnly body) {
        long school = me.requireSchool();
        StaleVersion.guard(() -> stocktakes.find(school, id).version(),
                () -> stocktakes.cancel(school, me, id, body.getVersion()));
        return get(me, id, null);
    }

    @GetMapping("/{id}/print.pdf")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    @Operation(summary = "The printed count sheet or stocktake report", description = "The blank count sheet, or "
            + "with report=true the report of the differences with their approval, as the page prints them.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf"))
    void print(@Parameter(hidden = true) CurrentUser me, @PathVariable long id,
               @RequestParam(defaultValue = "false") boolean report, HttpServletResponse response) throws IOException {
        long school = me.requireSchool();
        Stocktakes.Row row = stocktakes.find(school, id);
        Map<String, Object> model = new HashMap<>();
        model.put("stocktake", row);
        model.put("lines", stocktakes.lines(school, id, report ? "different" : null));
        model.put("report", report);
        model.put("approval", approvals.panel(school, me, WarehouseDocuments.STOCKTAKE.code(), id));
        pdf.print(response, school, "print/stocktake", model, row.number() + (report ? "-report" : "-sheet") + ".pdf");
    }

    private StocktakeJson json(Stocktakes.Row r, Long approvalRequestId, List<LineJson> lines) {
        return new StocktakeJson(r.id(), r.number(), r.storeId(), r.storeName(), r.countedOn(), r.status(),
                texts.get(r.status().messageKey()), r.note(), r.createdByName(), r.createdAt(), r.submittedAt(),
                r.finishedAt(), r.gainAmount(), r.lossAmount(), r.lines(), r.counted(), r.different(),
                approvalRequestId, r.version(), lines);
    }
}
