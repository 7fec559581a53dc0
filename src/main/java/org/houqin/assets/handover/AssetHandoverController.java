package org.houqin.assets.handover;

import java.io.IOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.houqin.assets.register.AssetFilter;
import org.houqin.assets.register.Assets;
import org.houqin.assets.register.Locations;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.files.Attachments;
import org.houqin.platform.pdf.PdfRenderer;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Downloads;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.Htmx;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 领用与交接: the list, the form signed on a tablet, a handover's page and its printed record. */
@Controller
@RequestMapping("/assets/handovers")
class AssetHandoverController {

    private final AssetHandovers handovers;
    private final Assets assets;
    private final Locations locations;
    private final Attachments attachments;
    private final PdfRenderer pdf;
    private final OrganizationApi organization;

    AssetHandoverController(AssetHandovers handovers, Assets assets, Locations locations, Attachments attachments,
                       PdfRenderer pdf, OrganizationApi organization) {
        this.handovers = handovers;
        this.assets = assets;
        this.locations = locations;
        this.attachments = attachments;
        this.pdf = pdf;
        this.organization = organization;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('assets:asset:write')")
    String list(@ModelAttribute("query") ListQuery query, @RequestParam(required = false) HandoverKind kind,
                Model model, HttpServletRequest request, CurrentUser me) {
        long school = me.requireSchool();
        model.addAttribute("page", handovers.page(school, query, kind));
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", HandoverKind.values());
        return Htmx.view(request, "assets/handovers");
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('assets:asset:write')")
    String createForm(@RequestParam(required = false) List<Long> asset, @RequestParam(required = false) Long room,
                      @RequestParam(required = false) HandoverKind kind, Model model, CurrentUser me) {
        long school = me.requireSchool();
        HandoverForm form = new HandoverForm();
        form.setHandedOn(assets.today());
        if (kind != null) {
            form.setKind(kind);
        }
        if (asset != null) {
            for (Long id : asset) {
                assets.find(school, me, id).ifPresent(a -> form.getLines().add(new HandoverForm.Line(a.number(), null)));
            }
        }
        if (room != null) {
            assets.all(school, me, new ListQuery(null, "number", null, 1),
                    new AssetFilter(null, null, room, null, null, null, null), 200)
                    .forEach(a -> form.getLines().add(new HandoverForm.Line(a.number(), null)));
        }
        return form(me.requireSchool(), model, form);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('assets:asset:write')")
    String create(@Valid @ModelAttribute("form") HandoverForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, CurrentUser me) {
        String next = Forms.submit(errors, redirect, () -> handovers.create(me.requireSchool(), me, form),
                id -> "/assets/handovers/" + id, () -> form(me.requireSchool(), model, form));
        if (next.startsWith("redirect:")) {
            redirect.addFlashAttribute("flash", "handover.flash.created");
        }
        return next;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('assets:asset:read')")
    String detail(@PathVariable long id, Model model, CurrentUser me) {
        long school = me.requireSchool();
        AssetHandovers.Row row = readable(me, id);
        model.addAttribute("handover", row);
        model.addAttribute("lines", handovers.lines(school, id));
        model.addAttribute("hasSignature", handovers.signature(school, id).isPresent());
        model.addAttribute("target", target(school, row));
        return "assets/handover";
    }

    @GetMapping("/{id}/signature.png")
    @PreAuthorize("hasAuthority('assets:asset:read')")
    void signature(@PathVariable long id, HttpServletResponse response, CurrentUser me) throws IOException {
        long school = me.requireSchool();
        readable(me, id);
        Attachments.Attachment signature = handovers.signature(school, id)
                .orElseThrow(() -> new NotFoundException("signature", id));
        attachments.serve(response, signature, false);
    }

    @GetMapping("/{id}/print.pdf")
    @PreAuthorize("hasAuthority('assets:asset:read')")
    void print(@PathVariable long id, HttpServletResponse response, CurrentUser me) throws IOException {
        long school = me.requireSchool();
        AssetHandovers.Row row = readable(me, id);
        Map<String, Object> printModel = new HashMap<>();
        printModel.put("handover", row);
        printModel.put("lines", handovers.lines(school, id));
        printModel.put("target", target(school, row));
        printModel.put("school", organization.school(school).map(OrganizationApi.SchoolRef::name).orElse(""));
        printModel.put("signature", handovers.signature(school, id).map(a -> "data:image/png;base64,"
                + Base64.getEncoder().encodeToString(attachments.content(a))).orElse(null));
        byte[] bytes = pdf.render("print/asset-handover", printModel, LocaleContextHolder.getLocale());
        Downloads.pdf(response, row.number() + ".pdf");
        response.getOutputStream().write(bytes);
    }

    private String target(long school, AssetHandovers.Row row) {
        Set<Long> people = new HashSet<>();
        people.add(row.custodianStaffId());
        Locations.Names names = locations.names(school, people);
        return names.describe(row.roomId(), row.departmentId(), row.classId(), row.custodianStaffId());
    }

    /** The record if the reader may open it (the office, or the custodian who signed); otherwise 404. */
    private AssetHandovers.Row readable(CurrentUser me, long id) {
        return handovers.readable(me, id).orElseThrow(() -> new NotFoundException("handover", id));
    }

    private String form(long school, Model model, HandoverForm form) {
        form.fillRows();
        model.addAttribute("form", form);
        model.addAttribute("kinds", HandoverKind.values());
        model.addAttribute("choices", locations.choices(school));
        return "assets/handover-form";
    }
}
