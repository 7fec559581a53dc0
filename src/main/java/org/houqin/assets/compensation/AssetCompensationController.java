package org.houqin.assets.compensation;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.houqin.assets.register.Assets;
import org.houqin.assets.register.Locations;
import org.houqin.assets.settings.AssetSettings;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.pdf.PdfRenderer;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.Downloads;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.Htmx;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
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

/** 公物损坏赔偿: the cases, assessing one, its printed notice, the payment, and the per-class summary. */
@Controller
@RequestMapping("/assets/compensations")
class AssetCompensationController {

    private static final String READ = "hasAuthority('assets:compensation:write') or hasAuthority('assets:report:read')";
    private static final String WRITE = "hasAuthority('assets:compensation:write')";

    private final AssetCompensations compensations;
    private final AssetSettings settings;
    private final Locations locations;
    private final OrganizationApi organization;
    private final Assets assets;
    private final PdfRenderer pdf;

    private final SchoolClock clock;

    AssetCompensationController(AssetCompensations compensations, AssetSettings settings, Locations locations,
                                OrganizationApi organization, Assets assets, PdfRenderer pdf, SchoolClock clock) {
        this.clock = clock;
        this.compensations = compensations;
        this.settings = settings;
        this.locations = locations;
        this.organization = organization;
        this.assets = assets;
        this.pdf = pdf;
    }

    @GetMapping
    @PreAuthorize(READ)
    String list(@ModelAttribute("query") ListQuery query,
                @RequestParam(required = false) CompensationStatus status,
                @RequestParam(name = "class", required = false) Long classId, Model model,
                HttpServletRequest request, CurrentUser me) {
        long school = me.requireSchool();
        model.addAttribute("page", compensations.page(school, query, status, classId));
        model.addAttribute("status", status);
        model.addAttribute("classId", classId);
        model.addAttribute("statuses", CompensationStatus.values());
        model.addAttribute("names", locations.names(school, List.of()));
        model.addAttribute("classes", organization.classes(school));
        return Htmx.view(request, "assets/compensations");
    }

    @GetMapping("/new")
    @PreAuthorize(WRITE)
    String createForm(@RequestParam(required = false) Long asset, Model model, CurrentUser me) {
        CompensationForm form = new CompensationForm();
        form.setShare(settings.of(me.requireSchool()).compensationShare());
        form.setBasis(CompensationRule.Basis.FIXED);
        if (asset != null) {
            assets.find(me.requireSchool(), me, asset).ifPresent(a -> {
                form.setAssetNumber(a.number());
                form.setBasis(CompensationRule.Basis.NET_VALUE);
                form.setBaseAmount(a.figures(clock.thisMonth(),
                        settings.startRule(me.requireSchool())).net());
            });
        }
        return form(me.requireSchool(), model, form, null);
    }

    @PostMapping
    @PreAuthorize(WRITE)
    String create(@Valid @ModelAttribute("form") CompensationForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, CurrentUser me) {
        String next = Forms.submit(errors, redirect, () -> compensations.create(me.requireSchool(), me, form),
                id -> "/assets/compensations/" + id, () -> form(me.requireSchool(), model, form, null));
        if (next.startsWith("redirect:")) {
            redirect.addFlashAttribute("flash", "compensation.flash.assessed");
        }
        return next;
    }

    @PostMapping("/from-stocktake/{item}")
    @PreAuthorize(WRITE)
    String fromStocktake(@PathVariable long item, RedirectAttributes redirect, CurrentUser me) {
        long id = compensations.fromStocktake(me.requireSchool(), me, item);
        redirect.addFlashAttribute("flash", "compensation.flash.opened");
        return "redirect:/assets/compensations/" + id;
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ)
    String detail(@PathVariable long id, Model model, CurrentUser me) {
        long school = me.requireSchool();
        AssetCompensations.Row row = find(school, id);
        model.addAttribute("case", row);
        model.addAttribute("names", locations.names(school, row.staffId() == null ? List.of() : List.of(row.staffId())));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", assessment(school, row));
        }
        if (!model.containsAttribute("payment")) {
            PaymentForm payment = new PaymentForm();
            payment.setPaidAmount(row.amount());
            payment.setPaidOn(assets.today());
            payment.setVersion(row.version());
            model.addAttribute("payment", payment);
        }
        return detailView(model, school);
    }

    @PostMapping("/{id}/assess")
    @PreAuthorize(WRITE)
    String assess(@PathVariable long id, @Valid @ModelAttribute("form") CompensationForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect, CurrentUser me) {
        long school = me.requireSchool();
        String next = Forms.submit(errors, redirect, () -> compensations.assess(school, me, id, form),
                "/assets/compensations/" + id, () -> reshow(model, school, id, form, null));
        if (next.startsWith("redirect:")) {
            redirect.addFlashAttribute("flash", "compensation.flash.assessed");
        }
        return next;
    }

    @PostMapping("/{id}/pay")
    @PreAuthorize(WRITE)
    String pay(@PathVariable long id, @Valid @ModelAttribute("payment") PaymentForm payment, BindingResult errors,
               Model model, RedirectAttributes redirect, CurrentUser me) {
        long school = me.requireSchool();
        String next = Forms.submit(errors, redirect, () -> compensations.pay(school, me, id, payment),
                "/assets/compensations/" + id, () -> reshow(model, school, id, null, payment));
        if (next.startsWith("redirect:")) {
            redirect.addFlashAttribute("flash", "compensation.flash.paid");
        }
        return next;
    }

    @PostMapping("/{id}/waive")
    @PreAuthorize(WRITE)
    String waive(@PathVariable long id, @RequestParam(required = false) String reason, @RequestParam int version,
                 RedirectAttributes redirect, CurrentUser me) {
        compensations.waive(me.requireSchool(), me, id, reason, version);
        redirect.addFlashAttribute("flash", "compensation.flash.waived");
        return "redirect:/assets/compensations/" + id;
    }

    @GetMapping("/{id}/notice.pdf")
    @PreAuthorize(READ)
    void notice(@PathVariable long id, HttpServletResponse response, CurrentUser me) throws IOException {
        long school = me.requireSchool();
        AssetCompensations.Row row = find(school, id);
        if (row.amount() == null) {
            throw org.houqin.platform.web.RuleViolation.of("compensation.notAssessed");
        }
        Map<String, Object> printModel = new HashMap<>();
        printModel.put("case", row);
        printModel.put("who", who(school, row));
        printModel.put("school", organization.school(school).map(OrganizationApi.SchoolRef::name).orElse(""));
        printModel.put("today", assets.today());
        byte[] bytes = pdf.render("print/asset-compensation", printModel, LocaleContextHolder.getLocale());
        Downloads.pdf(response, row.number() + ".pdf");
        response.getOutputStream().write(bytes);
    }

    @GetMapping("/classes")
    @PreAuthorize(READ)
    String byClass(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   Model model, CurrentUser me) {
        long school = me.requireSchool();
        LocalDate end = to == null ? assets.today() : to;
        LocalDate start = from != null ? from : organization.currentSemester(school)
                .map(OrganizationApi.SemesterRef::startsOn).orElse(end.withDayOfYear(1));
        List<AssetCompensations.ClassSummary> rows = compensations.byClass(school, start, end);
        model.addAttribute("rows", rows);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("names", locations.names(school, List.of()));
        model.addAttribute("charged", rows.stream().map(AssetCompensations.ClassSummary::charged)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        model.addAttribute("paid", rows.stream().map(AssetCompensations.ClassSummary::paid)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        return "assets/compensation-classes";
    }

    private String who(long school, AssetCompensations.Row row) {
        List<String> parts = new ArrayList<>();
        Locations.Names names = locations.names(school, row.staffId() == null ? List.of() : List.of(row.staffId()));
        if (row.classId() != null) {
            parts.add(names.schoolClass(row.classId()) + (row.studentName() == null ? "" : " " + row.studentName()));
        }
        if (row.staffId() != null) {
            parts.add(names.person(row.staffId()));
        }
        return String.join("、", parts);
    }

    private CompensationForm assessment(long school, AssetCompensations.Row row) {
        CompensationForm form = new CompensationForm();
        form.setClassId(row.classId());
        form.setStudentName(row.studentName());
        form.setStaffId(row.staffId());
        form.setAssetNumber(row.assetNumber());
        form.setDescription(row.description());
        form.setBasis(row.basis() == null ? CompensationRule.Basis.FIXED : row.basis());
        form.setBaseAmount(row.baseAmount());
        form.setShare(row.share() == null ? settings.of(school).compensationShare() : row.share());
        form.setDueOn(row.dueOn() == null ? assets.today().plusDays(14) : row.dueOn());
        form.setVersion(row.version());
        return form;
    }

    private String reshow(Model model, long school, long id, CompensationForm form, PaymentForm payment) {
        AssetCompensations.Row row = find(school, id);
        model.addAttribute("case", row);
        model.addAttribute("names", locations.names(school, row.staffId() == null ? List.of() : List.of(row.staffId())));
        model.addAttribute("form", form != null ? form : assessment(school, row));
        if (payment == null) {
            payment = new PaymentForm();
            payment.setPaidAmount(row.amount());
            payment.setPaidOn(assets.today());
            payment.setVersion(row.version());
        }
        model.addAttribute("payment", payment);
        return detailView(model, school);
    }

    private String detailView(Model model, long school) {
        model.addAttribute("choices", locations.choices(school));
        model.addAttribute("bases", CompensationRule.Basis.values());
        return "assets/compensation";
    }

    private String form(long school, Model model, CompensationForm form, AssetCompensations.Row row) {
        model.addAttribute("form", form);
        model.addAttribute("choices", locations.choices(school));
        model.addAttribute("bases", CompensationRule.Basis.values());
        return "assets/compensation-form";
    }

    private AssetCompensations.Row find(long school, long id) {
        return compensations.find(school, id).orElseThrow(() -> new NotFoundException("compensation", id));
    }
}
