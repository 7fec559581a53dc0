package org.houqin.repairs.plan;

import jakarta.validation.Valid;
import org.houqin.iam.IamApi;
import org.houqin.places.PlacesApi;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.NotFoundException;
import org.houqin.repairs.RepairsPermissions;
import org.houqin.repairs.category.Categories;
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

    private final Plans plans;
    private final PlanService service;
    private final Categories categories;
    private final PlacesApi places;
    private final IamApi iam;

    private final SchoolClock clock;

    PlanController(Plans plans, PlanService service, Categories categories, PlacesApi places, IamApi iam, SchoolClock clock) {
        this.clock = clock;
        this.plans = plans;
        this.service = service;
        this.categories = categories;
        this.places = places;
        this.iam = iam;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('repairs:plan:read')")
    String list(Model model) {
        long school = CurrentUser.get().requireSchool();
        model.addAttribute("plans", plans.all(school));
        model.addAttribute("workers", iam.usersWithPermission(school, RepairsPermissions.WORK).stream()
                .collect(java.util.stream.Collectors.toMap(IamApi.UserRef::id, IamApi.UserRef::displayName)));
        return "repairs/plans";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('repairs:plan:write')")
    String createForm(Model model) {
        PlanForm form = new PlanForm();
        form.setNextDueOn(clock.today().plusDays(1));
        return form(model, form, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('repairs:plan:write')")
    String create(@Valid @ModelAttribute("form") PlanForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        long school = CurrentUser.get().requireSchool();
        return Forms.submit(errors, redirect, () -> service.create(school, form), id -> "/repairs/plans",
                () -> form(model, form, null));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('repairs:plan:write')")
    String editForm(@PathVariable long id, Model model) {
        Plans.Row plan = find(id);
        return form(model, PlanForm.of(plan), plan);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('repairs:plan:write')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PlanForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Plans.Row plan = find(id);
        long school = CurrentUser.get().requireSchool();
        return Forms.submit(errors, redirect, () -> service.update(school, id, form), "/repairs/plans",
                () -> form(model, form, plan));
    }

    private Plans.Row find(long id) {
        return plans.find(CurrentUser.get().requireSchool(), id).orElseThrow(() -> new NotFoundException("plan", id));
    }

    private String form(Model model, PlanForm form, Plans.Row plan) {
        long school = CurrentUser.get().requireSchool();
        model.addAttribute("form", form);
        model.addAttribute("plan", plan);
        model.addAttribute("categories", categories.all(school));
        model.addAttribute("rooms", places.rooms(school));
        model.addAttribute("workers", iam.usersWithPermission(school, RepairsPermissions.WORK));
        model.addAttribute("cadences", Cadence.values());
        return "repairs/plan-form";
    }
}
