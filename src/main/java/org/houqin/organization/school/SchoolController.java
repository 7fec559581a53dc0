package org.houqin.organization.school;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

/** 学校管理: the district administrator adds schools to the deployment. */
@Controller
@RequestMapping("/admin/schools")
class SchoolController {

    public static class SchoolForm {
        @NotBlank(message = "{validation.required}")
        @Size(max = 32, message = "{validation.tooLong}")
        @Pattern(regexp = "[A-Za-z0-9_-]*", message = "{validation.code}")
        private String code;

        @NotBlank(message = "{validation.required}")
        @Size(max = 100, message = "{validation.tooLong}")
        private String name;

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code == null ? null : code.strip(); }
        public String getName() { return name; }
        public void setName(String name) { this.name = name == null ? null : name.strip(); }
    }

    private final Schools schools;

    SchoolController(Schools schools) {
        this.schools = schools;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organization:school:manage')")
    String list(@ModelAttribute("form") SchoolForm form, Model model) {
        model.addAttribute("schools", schools.all());
        return "organization/schools";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('organization:school:manage')")
    String create(@Valid @ModelAttribute("form") SchoolForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        return Forms.submit(errors, redirect, () -> schools.create(form.getCode(), form.getName()), id -> "/admin/schools", () -> {
            model.addAttribute("schools", schools.all());
            return "organization/schools";
        });
    }
}
