package org.houqin.approval.delegation;

import java.time.LocalDate;

import jakarta.validation.Valid;
import org.houqin.approval.Delegations;
import org.houqin.iam.IamApi;
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

/** 审批委托: while away, a colleague decides one's steps; the list of one's delegations and the form beside it. */
@Controller
@RequestMapping("/approvals/delegations")
class DelegationController {

    private final Delegations delegations;
    private final IamApi iam;

    private final SchoolClock clock;

    DelegationController(Delegations delegations, IamApi iam, SchoolClock clock) {
        this.clock = clock;
        this.delegations = delegations;
        this.iam = iam;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('approval:inbox:use')")
    String list(CurrentUser me, Model model) {
        DelegationForm form = new DelegationForm();
        LocalDate today = clock.today();
        form.setStartsOn(today);
        form.setEndsOn(today.plusDays(6));
        return page(me, model, form);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('approval:inbox:use')")
    String create(@Valid @ModelAttribute("form") DelegationForm form, BindingResult errors, CurrentUser me,
                  Model model, RedirectAttributes redirect) {
        long school = me.requireSchool();
        return Forms.submit(errors, redirect, () -> delegations.create(school, me.userId(), form.getToUserId(),
                form.getStartsOn(), form.getEndsOn()), id -> "/approvals/delegations", () -> page(me, model, form));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAuthority('approval:inbox:use')")
    String cancel(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
        delegations.cancel(me.requireSchool(), me.userId(), id);
        redirect.addFlashAttribute("flash", "approval.delegation.flash.cancelled");
        return "redirect:/approvals/delegations";
    }

    private String page(CurrentUser me, Model model, DelegationForm form) {
        long school = me.requireSchool();
        model.addAttribute("form", form);
        model.addAttribute("delegations", delegations.involving(school, me.userId()));
        model.addAttribute("users", iam.users(school).stream().filter(user -> user.id() != me.userId()).toList());
        return "approval/delegations";
    }
}
