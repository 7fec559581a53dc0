package org.houqin.repairs.plan;

import jakarta.validation.Valid;
import org.houqin.iam.IamApi;
import org.houqin.places.PlacesApi;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.NotFoundException;
import org.houqin.repairs.RepairsPermissions;
import org.houqin.repairs.category.CategoryService;
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

/** 定期维护: the plans with their next date and completion rate, and the plan form. */
@Controller
@RequestMapping("/repairs/plans")
class PlanController {

    private final PlanService plans;
    private final CategoryService categories;
    private final PlacesApi places;
    private final IamApi iam;

    private final SchoolClock clock;

    PlanController(PlanService plans, CategoryService categories, PlacesApi places, IamApi iam, SchoolClock clock) {
        this.clock = clock;
        this.plans = plans;
        this.categories = categories;
        this.places = places;
        this.iam = iam;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('repairs:plan:read')")
    String list(CurrentUser me, Model model) {
        long school = me.requireSchool();
        model.addAttribute("plans", plans.all(school));
        model.addAttribute("workers", iam.usersWithPermission(school, RepairsPermissions.WORK).stream()
                .collect(java.util.stream.Collectors.toMap(IamApi.UserRef::id, IamApi.UserRef::displayName)));
        return "repairs/plans";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('repairs:plan:write')")
    String createForm(CurrentUser me, Model model) {
        PlanForm form = new PlanForm();
        form.setNextDueOn(clock.today().plusDays(1));
        return form(me.requireSchool(), model, form, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('repairs:plan:write')")
    String create(@Valid @ModelAttribute("form") PlanForm form, BindingResult errors, CurrentUser me, Model model,
                  RedirectAttributes redirect) {
        long school = me.requireSchool();
        return Forms.submit(errors, redirect, () -> plans.create(school, form), id -> "/repairs/plans",
                () -> form(school, model, form, null));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('repairs:plan:write')")
    String editForm(@PathVariable long id, CurrentUser me, Model model) {
        long school = me.requireSchool();
        PlanService.Row plan = find(school, id);
        return form(school, model, PlanForm.of(plan), plan);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('repairs:plan:write')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PlanForm form, BindingResult errors,
                  CurrentUser me, Model model, RedirectAttributes redirect) {
        long school = me.requireSchool();
        PlanService.Row plan = find(school, id);
        return Forms.submit(errors, redirect, () -> plans.update(school, id, form), "/repairs/plans",
                () -> form(school, model, form, plan));
    }

    private PlanService.Row find(long school, long id) {
        return plans.find(school, id).orElseThrow(() -> new NotFoundException("plan", id));
    }

    private String form(long school, Model model, PlanForm form, PlanService.Row plan) {
        model.addAttribute("form", form);
        model.addAttribute("plan", plan);
        model.addAttribute("categories", categories.all(school));
        model.addAttribute("rooms", places.rooms(school));
        model.addAttribute("workers", iam.usersWithPermission(school, RepairsPermissions.WORK));
        model.addAttribute("cadences", Cadence.values());
        return "repairs/plan-form";
    }
}
