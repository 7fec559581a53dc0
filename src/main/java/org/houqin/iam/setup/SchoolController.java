package org.houqin.iam.setup;

import jakarta.validation.Valid;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.web.Forms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 学校管理: the district administrator adds schools, each with its first administrator. */
@Controller
@RequestMapping("/admin/schools")
class SchoolController {

    private final OrganizationApi organization;
    private final SchoolOnboarding onboarding;

    SchoolController(OrganizationApi organization, SchoolOnboarding onboarding) {
        this.organization = organization;
        this.onboarding = onboarding;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organization:school:manage')")
    String list(@ModelAttribute("form") SetupForm form, Model model) {
        model.addAttribute("schools", organization.schools());
        return "iam/schools";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('organization:school:manage')")
    String create(@Valid @ModelAttribute("form") SetupForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        return Forms.submit(errors, redirect, () -> onboarding.createSchoolWithAdmin(form), id -> "/admin/schools", () -> {
            form.setPassword(null);
            form.setConfirm(null);
            model.addAttribute("schools", organization.schools());
            return "iam/schools";
        });
    }
}
