package org.houqin.warehouse.receipt;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.Valid;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
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

/** 入库单: the list, the form with its lines, and a receipt's page. */
@Controller
@RequestMapping("/warehouse/receipts")
class ReceiptController {

    private final Receipts receipts;
    private final Catalogue catalogue;

    ReceiptController(Receipts receipts, Catalogue catalogue) {
        this.receipts = receipts;
        this.catalogue = catalogue;
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
