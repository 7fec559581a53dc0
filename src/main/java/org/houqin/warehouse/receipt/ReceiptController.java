package org.houqin.warehouse.receipt;

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

/** 入库单: the list, the form with its lines, a receipt's page and its printed form. */
@Controller
@RequestMapping("/warehouse/receipts")
class ReceiptController {

    private final Receipts receipts;
    private final Catalogue catalogue;
    private final PdfRenderer pdf;
    private final Texts texts;
    private final SchoolClock clock;

    ReceiptController(Receipts receipts, Catalogue catalogue, PdfRenderer pdf, Texts texts, SchoolClock clock) {
        this.receipts = receipts;
        this.catalogue = catalogue;
        this.pdf = pdf;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    String list(CurrentUser me, @ModelAttribute("query") ListQuery query, Model model, HttpServletRequest request) {
        model.addAttribute("page", receipts.page(me.requireSchool(), query));
        return Htmx.view(request, "warehouse/receipts");
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    void export(CurrentUser me, @ModelAttribute("query") ListQuery query, HttpServletResponse response)
            throws IOException {
        List<Receipts.Row> rows = receipts.all(me.requireSchool(), query);
        String title = texts.get("receipt.title");
        Downloads.excel(response, title + ".xlsx");
        ExcelExport.write(response.getOutputStream(), title, List.of(
                new ExcelColumn<Receipts.Row>(texts.get("receipt.number"), Receipts.Row::number),
                new ExcelColumn<>(texts.get("receipt.receivedOn"), Receipts.Row::receivedOn),
                new ExcelColumn<>(texts.get("receipt.source"), r -> texts.get(r.source().messageKey())),
                new ExcelColumn<>(texts.get("receipt.store"), Receipts.Row::storeName),
                new ExcelColumn<>(texts.get("receipt.supplier"), Receipts.Row::supplier),
                new ExcelColumn<>(texts.get("receipt.invoiceNumber"), Receipts.Row::invoiceNumber),
                new ExcelColumn<>(texts.get("receipt.lines"), Receipts.Row::lines),
                new ExcelColumn<>(texts.get("receipt.total"), Receipts.Row::total)), rows);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('warehouse:receipt:write')")
    String createForm(CurrentUser me, Model model) {
        ReceiptForm form = new ReceiptForm();
        form.setReceivedOn(clock.today());
        return form(model, me.requireSchool(), form);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('warehouse:receipt:write')")
    String create(CurrentUser me, @Valid @ModelAttribute("form") ReceiptForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        long school = me.requireSchool();
        return Forms.submit(errors, redirect, () -> receipts.create(school, me, form),
                id -> "/warehouse/receipts/" + id, () -> form(model, school, form));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    String detail(CurrentUser me, @PathVariable long id, Model model) {
        long school = me.requireSchool();
        model.addAttribute("receipt", find(school, id));
        model.addAttribute("lines", receipts.lines(school, id));
        model.addAttribute("history", receipts.history(school, id));
        return "warehouse/receipt";
    }

    @GetMapping("/{id}/print.pdf")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    void print(CurrentUser me, @PathVariable long id, HttpServletResponse response) throws IOException {
        long school = me.requireSchool();
        Receipts.Row receipt = find(school, id);
        pdf.print(response, school, "print/receipt", Map.of("receipt", receipt, "lines", receipts.lines(school, id)),
                receipt.number() + ".pdf");
    }

    private Receipts.Row find(long school, long id) {
        return receipts.find(school, id).orElseThrow(() -> new NotFoundException("receipt", id));
    }

    private String form(Model model, long school, ReceiptForm form) {
        form.fillRows();
        model.addAttribute("form", form);
        model.addAttribute("stores", catalogue.activeStores(school));
        model.addAttribute("sources", ReceiptSource.values());
        model.addAttribute("items", catalogue.activeItems(school));
        return "warehouse/receipt-form";
    }
}
