package org.houqin.warehouse.distribution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.Htmx;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.RuleViolation;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 学期教材发放: the plans, the plan form (lines per grade), a plan's page with the summary per grade, the stock it
 * needs and the classes with their state, and the plan's steps: start issuing, cancel a draft, close.
 */
@Controller
@RequestMapping("/warehouse/distributions")
class DistributionController {

    private static final String READ = "hasAuthority('warehouse:item:read')";
    private static final String WRITE = "hasAuthority('warehouse:distribution:write')";

    private final Distributions distributions;
    private final Handovers handovers;
    private final GradeSummaries summaries;
    private final Catalogue catalogue;
    private final OrganizationApi organization;
    private final Texts texts;

    DistributionController(Distributions distributions, Handovers handovers, GradeSummaries summaries,
                           Catalogue catalogue, OrganizationApi organization, Texts texts) {
        this.distributions = distributions;
        this.handovers = handovers;
        this.summaries = summaries;
        this.catalogue = catalogue;
        this.organization = organization;
        this.texts = texts;
    }

    @GetMapping
    @PreAuthorize(READ)
    String list(CurrentUser me, @ModelAttribute("query") ListQuery query, Model model, HttpServletRequest request) {
        model.addAttribute("page", distributions.page(me.requireSchool(), query));
        return Htmx.view(request, "warehouse/distributions");
    }

    @GetMapping("/new")
    @PreAuthorize(WRITE)
    String createForm(CurrentUser me, Model model) {
        long school = me.requireSchool();
        DistributionForm form = new DistributionForm();
        organization.currentSemester(school).ifPresent(semester -> {
            form.setSemesterId(semester.id());
            form.setName(texts.get("distribution.name.default", semester.schoolYear(), semester.name()));
        });
        catalogue.stores(school).stream().filter(Catalogue.Store::active).findFirst()
                .ifPresent(store -> form.setStoreId(store.id()));
        return form(model, school, form, null, null);
    }

    @PostMapping
    @PreAuthorize(WRITE)
    String create(CurrentUser me, @Valid @ModelAttribute("form") DistributionForm form, BindingResult errors,
                  @RequestParam(required = false) Long addRow, Model model, RedirectAttributes redirect) {
        long school = me.requireSchool();
        if (addRow != null) {
            return form(model, school, form, null, addRow);
        }
        return Forms.submit(errors, redirect, () -> distributions.create(school, me, form),
                id -> "/warehouse/distributions/" + id, () -> form(model, school, form, null, null));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ)
    String detail(CurrentUser me, @PathVariable long id, @RequestParam(required = false) Long grade, Model model) {
        long school = me.requireSchool();
        Distributions.Plan plan = distributions.find(school, id);
        GradeSummaries.View summary = summaries.of(school, plan);
        // the grade asked for, else the first one with classes still waiting, else the first
        GradeSummaries.GradeRow shown = summary.grades().stream().filter(g -> grade != null && g.gradeId() == grade)
                .findFirst()
                .or(() -> summary.grades().stream().filter(g -> g.pending() + g.shortClasses() > 0).findFirst())
                .or(() -> summary.grades().stream().findFirst()).orElse(null);
        model.addAttribute("plan", plan);
        model.addAttribute("summary", summary);
        model.addAttribute("shownGrade", shown);
        model.addAttribute("classes", plan.started() && shown != null ? handovers.classes(school, id, shown.gradeId())
                : List.of());
        return "warehouse/distribution";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(WRITE)
    String editForm(CurrentUser me, @PathVariable long id, Model model) {
        long school = me.requireSchool();
        Distributions.Plan plan = distributions.find(school, id);
        if (plan.status() != DistributionStatus.DRAFT) {
            throw RuleViolation.of("distribution.state." + plan.status().name().toLowerCase(Locale.ROOT));
        }
        DistributionForm form = new DistributionForm();
        form.setName(plan.name());
        form.setSemesterId(plan.semesterId());
        form.setStoreId(plan.storeId());
        form.setNote(plan.note());
        form.setVersion(plan.version());
        distributions.lines(school, id).forEach(line -> form.getLines().add(new DistributionForm.Line(line.gradeId(),
                line.itemId(), ClassLineQuantity.plain(line.perStudent()),
                ClassLineQuantity.plain(line.extraPerClass()))));
        return form(model, school, form, plan, null);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(WRITE)
    String update(CurrentUser me, @PathVariable long id, @Valid @ModelAttribute("form") DistributionForm form,
                  BindingResult errors, @RequestParam(required = false) Long addRow, Model model,
                  RedirectAttributes redirect) {
        long school = me.requireSchool();
        Distributions.Plan plan = distributions.find(school, id);
        if (addRow != null) {
            return form(model, school, form, plan, addRow);
        }
        return Forms.submit(errors, redirect, () -> distributions.update(school, me, id, form),
                "/warehouse/distributions/" + id, () -> form(model, school, form, plan, null));
    }

    @PostMapping("/{id}/start")
    @PreAuthorize(WRITE)
    String start(CurrentUser me, @PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        distributions.start(me.requireSchool(), me, id, version);
        return step(redirect, id, "distribution.flash.started");
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize(WRITE)
    String cancel(CurrentUser me, @PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        distributions.cancel(me.requireSchool(), me, id, version);
        return step(redirect, id, "distribution.flash.cancelled");
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(WRITE)
    String close(CurrentUser me, @PathVariable long id, @RequestParam int version,
                 @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            distributions.close(me.requireSchool(), me, id, version, note);
            redirect.addFlashAttribute("flash", "distribution.flash.closed");
        } catch (RuleViolation e) {
            if (e.field() == null) {
                throw e;
            }
            redirect.addFlashAttribute("closeError", texts.get(e.messageKey(), e.args()));
        }
        return "redirect:/warehouse/distributions/" + id;
    }

    private static String step(RedirectAttributes redirect, long id, String flash) {
        redirect.addFlashAttribute("flash", flash);
        return "redirect:/warehouse/distributions/" + id;
    }

    private String form(Model model, long school, DistributionForm form, Distributions.Plan editing, Long addRow) {
        List<OrganizationApi.GradeRef> grades = organization.grades(school);
        form.fillRows(grades, addRow);
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("grades", grades);
        model.addAttribute("semesters", organization.semesters(school));
        model.addAttribute("stores", catalogue.activeStores(school));
        model.addAttribute("itemGroups", catalogue.all(school, new ListQuery(null, "category", null, 1), null).stream()
                .filter(Catalogue.Row::active).collect(Collectors.groupingBy(Catalogue.Row::categoryName,
                        LinkedHashMap::new, Collectors.toList())));
        return "warehouse/distribution-form";
    }
}
