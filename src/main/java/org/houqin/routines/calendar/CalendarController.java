package org.houqin.routines.calendar;

import jakarta.validation.Valid;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.Forms;
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

/** 校历: the semesters, the days off and make-up days, with a form to add one and a button to remove one. */
@Controller
@RequestMapping("/routines/calendar")
class CalendarController {

    private final SchoolCalendars calendars;
    private final SchoolClock clock;

    CalendarController(SchoolCalendars calendars, SchoolClock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('routines:template:read')")
    String show(CurrentUser me, Model model) {
        return page(me.requireSchool(), model, new CalendarDayForm());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('routines:template:write')")
    String add(CurrentUser me, @Valid @ModelAttribute("form") CalendarDayForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        long school = me.requireSchool();
        return Forms.submit(errors, redirect, () -> calendars.add(school, form), id -> "/routines/calendar",
                () -> page(school, model, form));
    }

    @PostMapping("/{id}/remove")
    @PreAuthorize("hasAuthority('routines:template:write')")
    String remove(CurrentUser me, @PathVariable long id, RedirectAttributes redirect) {
        calendars.remove(me.requireSchool(), id);
        redirect.addFlashAttribute("flash", "routine.calendar.removed");
        return "redirect:/routines/calendar";
    }

    @PostMapping("/national-holidays")
    @PreAuthorize("hasAuthority('routines:template:write')")
    String nationalHolidays(CurrentUser me, RedirectAttributes redirect) {
        int year = clock.today().getMonthValue() >= 8 ? clock.year() : clock.year() - 1;
        int added = calendars.addNationalHolidays(me.requireSchool(), year);
        redirect.addFlashAttribute("flash", added > 0 ? "routine.calendar.holidaysAdded" : "routine.calendar.holidaysKnown");
        return "redirect:/routines/calendar";
    }

    private String page(long school, Model model, CalendarDayForm form) {
        model.addAttribute("form", form);
        model.addAttribute("days", calendars.days(school));
        model.addAttribute("semesters", calendars.semesters(school));
        model.addAttribute("kinds", SchoolCalendars.Kind.values());
        return "routines/calendar";
    }
}
