package org.houqin.organization.semester;

import jakarta.validation.Valid;
import org.houqin.platform.security.CurrentUser;
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

/** 学年学期: the school's years and semesters, and which one is current. */
@Controller
@RequestMapping("/org/semesters")
class SemesterController {

    private final Semesters semesters;
    private final SemesterService service;

    SemesterController(Semesters semesters, SemesterService service) {
        this.semesters = semesters;
        this.service = service;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organization:semester:read')")
    String list(@ModelAttribute("form") SemesterForm form, Model model) {
        model.addAttribute("semesters", semesters.all(CurrentUser.get().requireSchool()));
        return "organization/semesters";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('organization:semester:write')")
    String create(@Valid @ModelAttribute("form") SemesterForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        long school = CurrentUser.get().requireSchool();
        return Forms.submit(errors, redirect, () -> service.create(school, form), id -> "/org/semesters", () -> {
            model.addAttribute("semesters", semesters.all(school));
            return "organization/semesters";
        });
    }

    @PostMapping("/{id}/current")
    @PreAuthorize("hasAuthority('organization:semester:write')")
    String makeCurrent(@PathVariable long id, RedirectAttributes redirect) {
        service.makeCurrent(CurrentUser.get().requireSchool(), id);
        redirect.addFlashAttribute("flash", "semester.flash.current");
        return "redirect:/org/semesters";
    }
}
