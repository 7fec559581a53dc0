package org.houqin.warehouse.transfer;

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
 * 调拨单 over JSON: the list, one transfer with its lines and history, and moving goods between stores. A transfer
 * stands on the ledger as soon as it is made and is never edited, so it carries no version.
 */
@RestController
@RequestMapping("/api/v1/transfers")
@Tag(name = "Transfers", description = "调拨单")
class TransferEndpoint {

    record TransferJson(long id, String number, LocalDate transferredOn, String fromStoreName, String toStoreName,
                        String note, String createdByName, BigDecimal total, long lineCount,
                        List<Transfers.LineRow> lines, List<TimelineEntry> history) {

        static TransferJson of(Transfers.Row r, List<Transfers.LineRow> lines, List<TimelineEntry> history) {
            return new TransferJson(r.id(), r.number(), r.transferredOn(), r.fromStoreName(), r.toStoreName(),
                    r.note(), r.createdByName(), r.total(), r.lines(), lines, history);
        }
    }

    private final Transfers transfers;
    private final PdfRenderer pdf;

    TransferEndpoint(Transfers transfers, PdfRenderer pdf) {
        this.transfers = transfers;
        this.pdf = pdf;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    @Operation(summary = "List transfers", description = "q searches the note and the number; newest first (by "
            + "the day moved); 20 per page unless size asks (up to 100). Lines come with one transfer.")
    ApiPage<TransferJson> list(@Parameter(hidden = true) CurrentUser me, @ModelAttribute ListQuery query) {
        return ApiPage.of(transfers.page(me.requireSchool(), query), row -> TransferJson.of(row, null, null));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    @Operation(summary = "One transfer with its lines and history", description = "404 for another school's "
            + "transfer.")
    TransferJson get(@Parameter(hidden = true) CurrentUser me, @PathVariable long id) {
        long school = me.requireSchool();
        Transfers.Row row = transfers.find(school, id).orElseThrow(() -> new NotFoundException("transfer", id));
        return TransferJson.of(row, transfers.lines(school, id), transfers.history(school, id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('warehouse:transfer:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Move goods between stores", description = "Body: fromStoreId, toStoreId, transferredOn, "
            + "note, lines (itemId, quantity). Each line leaves one store and enters the other at its average cost, "
            + "at once. Send the same Idempotency-Key header (or submissionKey) again and you get the same transfer "
            + "back. A refused field, or a rule naming one (the same store twice on toStoreId, not enough stock on "
            + "lines[i].quantity), gets 400 with the field.")
    TransferJson create(@Parameter(hidden = true) CurrentUser me, @Valid @RequestBody TransferForm form) {
        return get(me, transfers.create(me.requireSchool(), me, form));
    }

    @GetMapping("/{id}/print.pdf")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    @Operation(summary = "The printed transfer", description = "调拨单 as a PDF, as the page prints it. 404 for "
            + "another school's transfer.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf"))
    void print(@Parameter(hidden = true) CurrentUser me, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        long school = me.requireSchool();
        Transfers.Row transfer = transfers.find(school, id).orElseThrow(() -> new NotFoundException("transfer", id));
        pdf.print(response, school, "print/transfer", Map.of("transfer", transfer, "lines", transfers.lines(school, id)),
                transfer.number() + ".pdf");
    }
}
