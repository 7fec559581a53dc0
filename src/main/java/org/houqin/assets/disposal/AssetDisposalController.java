package org.houqin.assets.disposal;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.houqin.approval.Approvals;
import org.houqin.assets.AssetDocuments;
import org.houqin.assets.register.Assets;
import org.houqin.platform.pdf.PdfRenderer;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.Htmx;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
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

/** 资产处置: the list, the request form, a request's page with its approval, and the printed 资产处置申请表. */
@Controller
@RequestMapping("/assets/disposals")
class AssetDisposalController {

    private static final String READ = "hasAuthority('assets:disposal:write') or hasAuthority('assets:report:read')";

    private final AssetDisposals disposals;
    private final Assets assets;
    private final Approvals approvals;
    private final PdfRenderer pdf;

    AssetDisposalController(AssetDisposals disposals, Assets assets, Approvals approvals, PdfRenderer pdf) {
        this.disposals = disposals;
        this.assets = assets;
        this.approvals = approvals;
        this.pdf = pdf;
    }

    @GetMapping
    @PreAuthorize(READ)
    String list(@ModelAttribute("query") ListQuery query, @RequestParam(required = false) DisposalStatus status,
                Model model, HttpServletRequest request, CurrentUser me) {
        model.addAttribute("page", disposals.page(me.requireSchool(), query, status));
        model.addAttribute("status", status);
        model.addAttribute("statuses", DisposalStatus.values());
        return Htmx.view(request, "assets/disposals");
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('assets:disposal:write')")
    String createForm(@RequestParam(required = false) List<Long> asset, Model model, CurrentUser me) {
        DisposalForm form = new DisposalForm();
        form.setDisposedOn(assets.today());
        if (asset != null) {
            asset.forEach(id -> assets.find(me.requireSchool(), me, id)
                    .ifPresent(a -> form.getLines().add(new DisposalForm.Line(a.number()))));
        }
        return form(model, form);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('assets:disposal:write')")
    String create(@Valid @ModelAttribute("form") DisposalForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, CurrentUser me) {
        String next = Forms.submit(errors, redirect, () -> disposals.create(me.requireSchool(), me, form),
                id -> "/assets/disposals/" + id, () -> form(model, form));
        if (next.startsWith("redirect:")) {
            redirect.addFlashAttribute("flash", "disposal.flash.submitted");
        }
        return next;
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ)
    String detail(@PathVariable long id, Model model, CurrentUser me) {
        long school = me.requireSchool();
        model.addAttribute("disposal", find(school, id));
        model.addAttribute("lines", disposals.lines(school, id));
        model.addAttribute("approval", approvals.panel(school, me, AssetDocuments.DISPOSAL.code(), id));
        model.addAttribute("history", disposals.history(school, id));
        return "assets/disposal";
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAuthority('assets:disposal:write')")
    String cancel(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect, CurrentUser me) {
        disposals.cancel(me.requireSchool(), me, id, version);
        redirect.addFlashAttribute("flash", "disposal.flash.cancelled");
        return "redirect:/assets/disposals/" + id;
    }

    @GetMapping("/{id}/print.pdf")
    @PreAuthorize(READ)
    void print(@PathVariable long id, HttpServletResponse response, CurrentUser me) throws IOException {
        long school = me.requireSchool();
        AssetDisposals.Row row = find(school, id);
        pdf.print(response, school, "print/asset-disposal", Map.of("disposal", row, "lines", disposals.lines(school, id),
                "approval", approvals.panel(school, me, AssetDocuments.DISPOSAL.code(), id)), row.number() + ".pdf");
    }

    private AssetDisposals.Row find(long school, long id) {
        return disposals.find(school, id).orElseThrow(() -> new NotFoundException("disposal", id));
    }

    private String form(Model model, DisposalForm form) {
        form.fillRows();
        model.addAttribute("form", form);
        model.addAttribute("kinds", DisposalKind.values());
        return "assets/disposal-form";
    }
}
