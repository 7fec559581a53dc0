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

    private final SemesterService semesters;

    SemesterController(SemesterService semesters) {
        this.semesters = semesters;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organization:semester:read')")
    String list(@ModelAttribute("form") SemesterForm form, CurrentUser me, Model model) {
        model.addAttribute("semesters", semesters.all(me.requireSchool()));
        return "organization/semesters";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('organization:semester:write')")
    String create(@Valid @ModelAttribute("form") SemesterForm form, BindingResult errors, CurrentUser me, Model model,
                  RedirectAttributes redirect) {
        long school = me.requireSchool();
        return Forms.submit(errors, redirect, () -> semesters.create(school, form), id -> "/org/semesters", () -> {
            model.addAttribute("semesters", semesters.all(school));
            return "organization/semesters";
        });
    }

    @PostMapping("/{id}/current")
    @PreAuthorize("hasAuthority('organization:semester:write')")
    String makeCurrent(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
        semesters.makeCurrent(me.requireSchool(), id);
        redirect.addFlashAttribute("flash", "semester.flash.current");
        return "redirect:/org/semesters";
    }
}
