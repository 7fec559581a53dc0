package org.houqin.warehouse.receipt;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.pdf.PdfRenderer;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Downloads;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.warehouse.catalogue.Catalogue;
import org.springframework.context.i18n.LocaleContextHolder;
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
    private final OrganizationApi organization;

    ReceiptController(Receipts receipts, Catalogue catalogue, PdfRenderer pdf,
                      OrganizationApi organization) {
        this.receipts = receipts;
        this.catalogue = catalogue;
        this.pdf = pdf;
        this.organization = organization;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    String list(@ModelAttribute("query") ListQuery query, Model model) {
        model.addAttribute("page", receipts.page(CurrentUser.get().requireSchool(), query));
        return "warehouse/receipts";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('warehouse:receipt:write')")
    String createForm(Model model) {
        ReceiptForm form = new ReceiptForm();
        form.setReceivedOn(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        return form(model, form);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('warehouse:receipt:write')")
    String create(@Valid @ModelAttribute("form") ReceiptForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        long school = CurrentUser.get().requireSchool();
        return Forms.submit(errors, redirect, () -> receipts.create(school, form), id -> "/warehouse/receipts/" + id,
                () -> form(model, form));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    String detail(@PathVariable long id, Model model) {
        long school = CurrentUser.get().requireSchool();
        model.addAttribute("receipt", receipts.find(school, id).orElseThrow(() -> new NotFoundException("receipt", id)));
        model.addAttribute("lines", receipts.lines(school, id));
        return "warehouse/receipt";
    }

    @GetMapping("/{id}/print.pdf")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    void print(@PathVariable long id, HttpServletResponse response) throws IOException {
        long school = CurrentUser.get().requireSchool();
        Receipts.Row receipt = receipts.find(school, id).orElseThrow(() -> new NotFoundException("receipt", id));
        byte[] pdf = this.pdf.render("print/receipt", Map.of("receipt", receipt,
                "lines", receipts.lines(school, id), "school", organization.school(school)
                        .map(OrganizationApi.SchoolRef::name).orElse("")),
                LocaleContextHolder.getLocale());
        Downloads.pdf(response, receipt.number() + ".pdf");
        response.getOutputStream().write(pdf);
    }

    private String form(Model model, ReceiptForm form) {
        long school = CurrentUser.get().requireSchool();
        form.fillRows();
        model.addAttribute("form", form);
        model.addAttribute("stores", catalogue.stores(school).stream().filter(Catalogue.Store::active).toList());
        model.addAttribute("items", catalogue.all(school, new ListQuery(null, "code", null, 1), null).stream()
                .filter(Catalogue.Row::active).toList());
        return "warehouse/receipt-form";
    }
}
