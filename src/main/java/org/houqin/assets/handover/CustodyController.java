package org.houqin.assets.handover;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.houqin.assets.register.AssetRow;
import org.houqin.assets.register.Locations;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.files.Attachments;
import org.houqin.platform.pdf.PdfRenderer;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.Downloads;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 我保管的资产: the list a custodian holds, signed again on a phone, and printed with the signature. */
@Controller
@RequestMapping("/assets/mine")
class CustodyController {

    private final Custody custody;
    private final Locations locations;
    private final Attachments attachments;
    private final PdfRenderer pdf;
    private final OrganizationApi organization;

    private final SchoolClock clock;

    CustodyController(Custody custody, Locations locations, Attachments attachments, PdfRenderer pdf,
                      OrganizationApi organization, SchoolClock clock) {
        this.clock = clock;
        this.custody = custody;
        this.locations = locations;
        this.attachments = attachments;
        this.pdf = pdf;
        this.organization = organization;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('assets:asset:read')")
    String mine(Model model, CurrentUser me) {
        long school = me.requireSchool();
        List<AssetRow> held = me.staffId() == null ? List.of() : custody.held(school, me.staffId());
        model.addAttribute("held", held);
        model.addAttribute("items", held.stream().mapToInt(AssetRow::quantity).sum());
        model.addAttribute("total", held.stream().map(AssetRow::value).reduce(BigDecimal.ZERO, BigDecimal::add));
        model.addAttribute("names", locations.names(school, List.of()));
        model.addAttribute("confirmations", me.staffId() == null ? List.of() : custody.confirmations(school, me.staffId()));
        model.addAttribute("staff", me.staffId() != null);
        return "assets/mine";
    }

    @PostMapping("/confirm")
    @PreAuthorize("hasAuthority('assets:asset:read')")
    String confirm(@RequestParam(required = false) String signature, Model model, RedirectAttributes redirect,
                   CurrentUser me) {
        try {
            custody.confirm(me.requireSchool(), me, signature);
        } catch (RuleViolation violation) {
            if (violation.field() == null) {
                throw violation;
            }
            redirect.addFlashAttribute("signatureMissing", true);
            return "redirect:/assets/mine#sign";
        }
        redirect.addFlashAttribute("flash", "custody.flash.signed");
        return "redirect:/assets/mine";
    }

    @GetMapping("/confirmations/{id}/signature.png")
    @PreAuthorize("hasAuthority('assets:asset:read')")
    void signature(@PathVariable long id, HttpServletResponse response, CurrentUser me) throws IOException {
        long school = me.requireSchool();
        mine(school, me, id);
        attachments.serve(response, custody.signature(school, id)
                .orElseThrow(() -> new NotFoundException("signature", id)), false);
    }

    @GetMapping("/print.pdf")
    @PreAuthorize("hasAuthority('assets:asset:read')")
    void print(HttpServletResponse response, CurrentUser me) throws IOException {
        long school = me.requireSchool();
        if (me.staffId() == null) {
            throw new NotFoundException("custodian", me.userId());
        }
        List<AssetRow> held = custody.held(school, me.staffId());
        List<Custody.Confirmation> confirmations = custody.confirmations(school, me.staffId());
        Map<String, Object> printModel = new HashMap<>();
        printModel.put("held", held);
        printModel.put("items", held.stream().mapToInt(AssetRow::quantity).sum());
        printModel.put("total", held.stream().map(AssetRow::value).reduce(BigDecimal.ZERO, BigDecimal::add));
        printModel.put("names", locations.names(school, List.of()));
        printModel.put("custodian", me.displayName());
        printModel.put("school", organization.school(school).map(OrganizationApi.SchoolRef::name).orElse(""));
        Custody.Confirmation last = confirmations.isEmpty() ? null : confirmations.get(0);
        printModel.put("confirmation", last);
        printModel.put("signature", last == null ? null : custody.signature(school, last.id()).map(a ->
                "data:image/png;base64," + Base64.getEncoder().encodeToString(attachments.content(a))).orElse(null));
        printModel.put("zone", clock.zone());
        byte[] bytes = pdf.render("print/asset-custody", printModel, LocaleContextHolder.getLocale());
        Downloads.pdf(response, "我保管的资产.pdf");
        response.getOutputStream().write(bytes);
    }

    private void mine(long school, CurrentUser me, long confirmationId) {
        if (me.staffId() == null || custody.confirmations(school, me.staffId()).stream()
                .noneMatch(c -> c.id() == confirmationId)) {
            throw new NotFoundException("custody confirmation", confirmationId);
        }
    }
}
