package org.houqin.routines.plan;

import java.time.DayOfWeek;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.houqin.iam.IamApi;
import org.houqin.places.PlacesApi;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.NotFoundException;
import org.houqin.routines.schedule.DayRule;
import org.houqin.routines.schedule.Meal;
import org.houqin.routines.template.Templates;
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

/** 日程: the school's schedules, the schedule form (new, or like an existing one) and deactivation. */
@Controller
@RequestMapping("/routines/schedules")
class ScheduleController {

    private final Schedules schedules;
    private final Templates templates;
    private final IamApi iam;
    private final PlacesApi places;
    private final SchoolClock clock;

    ScheduleController(Schedules schedules, Templates templates, IamApi iam, PlacesApi places, SchoolClock clock) {
        this.schedules = schedules;
        this.templates = templates;
        this.iam = iam;
        this.places = places;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('routines:template:read')")
    String list(CurrentUser me, Model model) {
        long school = me.requireSchool();
        model.addAttribute("schedules", schedules.all(school));
        model.addAttribute("users", iam.users(school).stream()
                .collect(Collectors.toMap(IamApi.UserRef::id, IamApi.UserRef::displayName)));
        model.addAttribute("roles", roleNames(school));
        return "routines/schedules";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('routines:template:write')")
    String createForm(CurrentUser me, @RequestParam(required = false) Long template,
                      @RequestParam(required = false) Long like, Model model) {
        long school = me.requireSchool();
        ScheduleForm form = like == null ? new ScheduleForm() : schedules.formOf(schedules.find(school, like)
                .orElseThrow(() -> new NotFoundException("schedule", like)), schedules.roomIds(like));
        if (template != null) {
            form.setTemplateId(template);
            templates.choices(school).stream().filter(t -> t.id() == template).findFirst()
                    .ifPresent(t -> form.setName(t.name()));
        }
        if (form.getStartsOn() == null) {
            form.setStartsOn(clock.today());
        }
        return form(school, model, form);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('routines:template:write')")
    String create(CurrentUser me, @Valid @ModelAttribute("form") ScheduleForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        long school = me.requireSchool();
        return Forms.submit(errors, redirect, () -> schedules.create(school, form, me.userId(), clock.today()),
                id -> "/routines/schedules", () -> form(school, model, form));
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasAuthority('routines:template:write')")
    String deactivate(CurrentUser me, @PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        schedules.deactivate(me.requireSchool(), id, version);
        redirect.addFlashAttribute("flash", "routine.schedule.deactivated");
        return "redirect:/routines/schedules";
    }

    private Map<Long, String> roleNames(long school) {
        return iam.rolesWithIds(school).stream()
                .collect(Collectors.toMap(IamApi.RoleWithId::id, IamApi.RoleWithId::name));
    }

    private String form(long school, Model model, ScheduleForm form) {
        model.addAttribute("form", form);
        model.addAttribute("templates", templates.choices(school));
        model.addAttribute("cadenceKinds", CadenceKind.values());
        model.addAttribute("dayRules", DayRule.values());
        model.addAttribute("meals", Meal.values());
        model.addAttribute("daysOfWeek", DayOfWeek.values());
        model.addAttribute("assigneeKinds", AssigneeKind.values());
        model.addAttribute("roles", iam.rolesWithIds(school));
        model.addAttribute("users", iam.users(school));
        model.addAttribute("rooms", places.rooms(school));
        return "routines/schedule-form";
    }
}
