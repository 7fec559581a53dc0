package org.houqin.safety.hazard;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.houqin.places.PlacesApi;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.Htmx;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PlausibleDate;
import org.houqin.routines.checklist.HazardLevel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 隐患台账 and 上报隐患: the register with its filters, the phone-first report form, and a hazard's page. */
@Controller
@Validated
@RequestMapping("/safety/hazards")
class HazardController {

    private final Hazards hazards;
    private final HazardReporting reporting;
    private final PlacesApi places;
    private final HazardPage page;

    HazardController(Hazards hazards, HazardReporting reporting, PlacesApi places, HazardPage page) {
        this.hazards = hazards;
        this.reporting = reporting;
        this.places = places;
        this.page = page;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('safety:hazard:read')")
    String list(@ModelAttribute("query") ListQuery query, @RequestParam(required = false) HazardStatus status,
                @RequestParam(required = false) HazardLevel level,
                @RequestParam(required = false) HazardCategory category, @RequestParam(required = false) Long room,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate
                LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate
                LocalDate to,
                @RequestParam(defaultValue = "false") boolean overdue, CurrentUser me, Model model,
                HttpServletRequest request) {
        Hazards.Filter filter = new Hazards.Filter(status, level, category, room, from, to, overdue);
        model.addAttribute("page", hazards.page(me, query, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", HazardStatus.values());
        model.addAttribute("levels", HazardLevel.values());
        model.addAttribute("categories", HazardCategory.values());
        model.addAttribute("rooms", places.rooms(me.requireSchool()));
        return Htmx.view(request, "safety/hazards");
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('safety:hazard:report')")
    String reportForm(@RequestParam(required = false) Long room, CurrentUser me, Model model) {
        HazardForms.Report form = new HazardForms.Report();
        form.setRoomId(room);
        return form(me, model, form);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('safety:hazard:report')")
    String report(@Valid @ModelAttribute("form") HazardForms.Report form, BindingResult errors, CurrentUser me,
                  Model model, RedirectAttributes redirect) {
        String next = Forms.submit(errors, redirect, () -> reporting.report(me.requireSchool(), me, form),
                id -> "/safety/hazards/" + id, () -> form(me, model, form));
        if (next.startsWith("redirect:")) {
            redirect.addFlashAttribute("flash", "hazard.flash.reported");
        }
        return next;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('safety:hazard:read')")
    String detail(@PathVariable long id, CurrentUser me, Model model) {
        return page.show(model, me, hazards.visible(me, id));
    }

    private String form(CurrentUser me, Model model, HazardForms.Report form) {
        long school = me.requireSchool();
        model.addAttribute("form", form);
        PlacesApi.RoomRef room = form.getRoomId() == null ? null : places.room(school, form.getRoomId()).orElse(null);
        model.addAttribute("room", room);
        if (room == null) {
            model.addAttribute("rooms", places.rooms(school));
        }
        model.addAttribute("levels", HazardLevel.values());
        model.addAttribute("categories", HazardCategory.values());
        model.addAttribute("maxPhotos", HazardReporting.MAX_PHOTOS);
        return "safety/hazard-report";
    }
}
