package org.houqin.warehouse.writeoff;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.houqin.approval.Approvals;
import org.houqin.platform.pdf.PdfRenderer;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.Htmx;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.warehouse.WarehouseDocuments;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 报损单: the list, the form, a write-off's page with its approval, and its printed form. */
@Controller
@RequestMapping("/warehouse/write-offs")
class WriteOffController {

    private final WriteOffs writeOffs;
    private final Catalogue catalogue;
    private final Approvals approvals;
    private final PdfRenderer pdf;
    private final SchoolClock clock;

    WriteOffController(WriteOffs writeOffs, Catalogue catalogue, Approvals approvals, PdfRenderer pdf,
                       SchoolClock clock) {
        this.writeOffs = writeOffs;
        this.catalogue = catalogue;
        this.approvals = approvals;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    String list(CurrentUser me, @ModelAttribute("query") ListQuery query, Model model, HttpServletRequest request) {
        model.addAttribute("page", writeOffs.page(me.requireSchool(), query));
        return Htmx.view(request, "warehouse/write-offs");
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('warehouse:writeoff:write')")
    String createForm(CurrentUser me, Model model) {
        WriteOffForm form = new WriteOffForm();
        form.setWrittenOn(clock.today());
        form.setReason(WriteOffReason.DAMAGED);
        return form(model, me.requireSchool(), form);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('warehouse:writeoff:write')")
    String create(CurrentUser me, @Valid @ModelAttribute("form") WriteOffForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        long school = me.requireSchool();
        return Forms.submit(errors, redirect, () -> writeOffs.create(school, me, form),
                id -> "/warehouse/write-offs/" + id, () -> form(model, school, form));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    String detail(CurrentUser me, @PathVariable long id, Model model) {
        long school = me.requireSchool();
        model.addAttribute("writeOff", find(school, id));
        model.addAttribute("lines", writeOffs.lines(school, id));
        model.addAttribute("approval", approvals.panel(school, me, WarehouseDocuments.WRITE_OFF.code(), id));
        model.addAttribute("history", writeOffs.history(school, id));
        return "warehouse/write-off";
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAuthority('warehouse:writeoff:write')")
    String cancel(CurrentUser me, @PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        writeOffs.cancel(me.requireSchool(), me, id, version);
        redirect.addFlashAttribute("flash", "writeOff.flash.cancelled");
        return "redirect:/warehouse/write-offs/" + id;
    }

    @GetMapping("/{id}/print.pdf")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    void print(CurrentUser me, @PathVariable long id, HttpServletResponse response) throws IOException {
        long school = me.requireSchool();
        WriteOffs.Row row = find(school, id);
        pdf.print(response, school, "print/write-off", Map.of("writeOff", row, "lines", writeOffs.lines(school, id),
                "approval", approvals.panel(school, me, WarehouseDocuments.WRITE_OFF.code(), id)), row.number() + ".pdf");
    }

    private WriteOffs.Row find(long school, long id) {
        return writeOffs.find(school, id).orElseThrow(() -> new NotFoundException("write-off", id));
    }

    private String form(Model model, long school, WriteOffForm form) {
        form.fillRows();
        model.addAttribute("form", form);
        model.addAttribute("reasons", WriteOffReason.values());
        model.addAttribute("stores", catalogue.activeStores(school));
        model.addAttribute("items", catalogue.activeItems(school));
        return "warehouse/write-off-form";
    }
}
