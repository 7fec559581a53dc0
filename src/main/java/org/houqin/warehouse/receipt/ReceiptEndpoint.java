package org.houqin.warehouse.receipt;

import java.io.IOException;
import java.math.BigDecimal;
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
import org.houqin.platform.api.ApiPage;
import org.houqin.platform.pdf.PdfRenderer;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.timeline.TimelineEntry;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.Texts;
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

/**
 * 入库单 over JSON: the list, one receipt with its lines and history, and receiving goods. A receipt is never edited:
 * a wrong line is reversed from the item's ledger, so it carries no version.
 */
@RestController
@RequestMapping("/api/v1/receipts")
@Tag(name = "Receipts", description = "入库单")
class ReceiptEndpoint {

    record ReceiptJson(long id, String number, LocalDate receivedOn, String storeName, ReceiptSource source,
                       String sourceLabel, String supplier, String invoiceNumber, BigDecimal total, long lineCount,
                       List<Receipts.LineRow> lines, List<TimelineEntry> history) {
    }

    private final Receipts receipts;
    private final Texts texts;
    private final PdfRenderer pdf;

    ReceiptEndpoint(Receipts receipts, Texts texts, PdfRenderer pdf) {
        this.receipts = receipts;
        this.texts = texts;
        this.pdf = pdf;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    @Operation(summary = "List receipts", description = "q searches the supplier, the number and the invoice number; "
            + "newest first (by the day received); 20 per page unless size asks (up to 100). Lines come with one "
            + "receipt.")
    ApiPage<ReceiptJson> list(@Parameter(hidden = true) CurrentUser me, @ModelAttribute ListQuery query) {
        return ApiPage.of(receipts.page(me.requireSchool(), query), row -> json(row, null, null));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    @Operation(summary = "One receipt with its lines and history", description = "The history tells when it was "
            + "made and each line reversed since. 404 for another school's receipt.")
    ReceiptJson get(@Parameter(hidden = true) CurrentUser me, @PathVariable long id) {
        long school = me.requireSchool();
        Receipts.Row row = receipts.find(school, id).orElseThrow(() -> new NotFoundException("receipt", id));
        return json(row, receipts.lines(school, id), receipts.history(school, id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('warehouse:receipt:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Receive goods", description = "Body: storeId, source (PURCHASE, DONATION or RETURN), "
            + "receivedOn, supplier, invoiceNumber, note, lines (itemId, quantity, unitPrice). Every line goes into "
            + "stock at its price at once. Send the same Idempotency-Key header (or submissionKey) again and you get "
            + "the same receipt back instead of a second one. A refused field, or a rule naming one (an unknown "
            + "store, a day in the future, an unknown item on lines[i].itemId), gets 400 with the field.")
    ReceiptJson create(@Parameter(hidden = true) CurrentUser me, @Valid @RequestBody ReceiptForm form) {
        return get(me, receipts.create(me.requireSchool(), me, form));
    }

    private ReceiptJson json(Receipts.Row row, List<Receipts.LineRow> lines, List<TimelineEntry> history) {
        return new ReceiptJson(row.id(), row.number(), row.receivedOn(), row.storeName(), row.source(),
                texts.get(row.source().messageKey()), row.supplier(), row.invoiceNumber(), row.total(), row.lines(),
                lines, history);
    }

    @GetMapping("/{id}/print.pdf")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    @Operation(summary = "The printed receipt", description = "入库单 as a PDF, as the page prints it. 404 for "
            + "another school's receipt.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf"))
    void print(@Parameter(hidden = true) CurrentUser me, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        long school = me.requireSchool();
        Receipts.Row receipt = receipts.find(school, id).orElseThrow(() -> new NotFoundException("receipt", id));
        pdf.print(response, school, "print/receipt", Map.of("receipt", receipt, "lines", receipts.lines(school, id)),
                receipt.number() + ".pdf");
    }
}
