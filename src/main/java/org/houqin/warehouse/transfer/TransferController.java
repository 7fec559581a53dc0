package org.houqin.warehouse.transfer;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.houqin.platform.excel.ExcelColumn;
import org.houqin.platform.excel.ExcelExport;
import org.houqin.platform.pdf.PdfRenderer;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.Downloads;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.Htmx;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.Texts;
import org.houqin.warehouse.catalogue.Catalogue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 调拨单: the list, the form, a transfer's page and its printed form. */
@Controller
@RequestMapping("/warehouse/transfers")
class TransferController {

    private final Transfers transfers;
    private final Catalogue catalogue;
    private final PdfRenderer pdf;
    private final Texts texts;
    private final SchoolClock clock;

    TransferController(Transfers transfers, Catalogue catalogue, PdfRenderer pdf, Texts texts, SchoolClock clock) {
        this.transfers = transfers;
        this.catalogue = catalogue;
        this.pdf = pdf;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    String list(CurrentUser me, @ModelAttribute("query") ListQuery query, Model model, HttpServletRequest request) {
        model.addAttribute("page", transfers.page(me.requireSchool(), query));
        return Htmx.view(request, "warehouse/transfers");
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    void export(CurrentUser me, @ModelAttribute("query") ListQuery query, HttpServletResponse response)
            throws IOException {
        List<Transfers.Row> rows = transfers.all(me.requireSchool(), query);
        String title = texts.get("transfer.title");
        Downloads.excel(response, title + ".xlsx");
        ExcelExport.write(response.getOutputStream(), title, List.of(
                new ExcelColumn<Transfers.Row>(texts.get("transfer.number"), Transfers.Row::number),
                new ExcelColumn<>(texts.get("transfer.transferredOn"), Transfers.Row::transferredOn),
                new ExcelColumn<>(texts.get("transfer.from"), Transfers.Row::fromStoreName),
                new ExcelColumn<>(texts.get("transfer.to"), Transfers.Row::toStoreName),
                new ExcelColumn<>(texts.get("receipt.lines"), Transfers.Row::lines),
                new ExcelColumn<>(texts.get("transfer.amount"), Transfers.Row::total),
                new ExcelColumn<>(texts.get("transfer.by"), Transfers.Row::createdByName),
                new ExcelColumn<>(texts.get("receipt.note"), Transfers.Row::note)), rows);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('warehouse:transfer:write')")
    String createForm(CurrentUser me, Model model) {
        TransferForm form = new TransferForm();
        form.setTransferredOn(clock.today());
        return form(model, me.requireSchool(), form);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('warehouse:transfer:write')")
    String create(CurrentUser me, @Valid @ModelAttribute("form") TransferForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        long school = me.requireSchool();
        return Forms.submit(errors, redirect, () -> transfers.create(school, me, form),
                id -> "/warehouse/transfers/" + id, () -> form(model, school, form));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    String detail(CurrentUser me, @PathVariable long id, Model model) {
        long school = me.requireSchool();
        model.addAttribute("transfer", find(school, id));
        model.addAttribute("lines", transfers.lines(school, id));
        model.addAttribute("history", transfers.history(school, id));
        return "warehouse/transfer";
    }

    @GetMapping("/{id}/print.pdf")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    void print(CurrentUser me, @PathVariable long id, HttpServletResponse response) throws IOException {
        long school = me.requireSchool();
        Transfers.Row transfer = find(school, id);
        pdf.print(response, school, "print/transfer", Map.of("transfer", transfer, "lines", transfers.lines(school, id)),
                transfer.number() + ".pdf");
    }

    private Transfers.Row find(long school, long id) {
        return transfers.find(school, id).orElseThrow(() -> new NotFoundException("transfer", id));
    }

    private String form(Model model, long school, TransferForm form) {
        form.fillRows();
        model.addAttribute("form", form);
        model.addAttribute("stores", catalogue.activeStores(school));
        model.addAttribute("items", catalogue.activeItems(school));
        return "warehouse/transfer-form";
    }
}
