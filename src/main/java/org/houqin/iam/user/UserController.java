package org.houqin.iam.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.houqin.iam.role.Roles;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.Htmx;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
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

/** 用户管理: accounts of the school, their roles, locks and passwords. */
@Controller
@RequestMapping("/admin/users")
class UserController {

    private final Users users;
    private final UserService service;
    private final Roles roles;
    private final OrganizationApi organization;
    private final org.houqin.platform.web.Texts texts;

    UserController(Users users, UserService service, Roles roles, OrganizationApi organization,
                   org.houqin.platform.web.Texts texts) {
        this.texts = texts;
        this.users = users;
        this.service = service;
        this.roles = roles;
        this.organization = organization;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('iam:user:read')")
    String list(@ModelAttribute("query") ListQuery query, Model model, HttpServletRequest request) {
        model.addAttribute("page", users.page(CurrentUser.get().requireSchool(), query));
        model.addAttribute("sortKey", Users.SORTS.key(query));
        return Htmx.view(request, "iam/users");
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("hasAuthority('iam:user:read')")
    void export(@ModelAttribute("query") ListQuery query, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        var rows = users.all(CurrentUser.get().requireSchool(), query);
        org.houqin.platform.web.Downloads.excel(response, texts.get("user.title") + ".xlsx");
        org.houqin.platform.excel.ExcelExport.write(response.getOutputStream(), texts.get("user.title"), java.util.List.of(
                new org.houqin.platform.excel.ExcelColumn<Users.Row>(texts.get("user.username"), Users.Row::username),
                new org.houqin.platform.excel.ExcelColumn<>(texts.get("user.displayName"), Users.Row::displayName),
                new org.houqin.platform.excel.ExcelColumn<>(texts.get("user.roles"), Users.Row::roleNames),
                new org.houqin.platform.excel.ExcelColumn<>(texts.get("user.status"), row -> texts.get(!row.enabled()
                        ? "user.status.disabled" : row.locked() ? "user.status.locked" : "user.status.active")),
                new org.houqin.platform.excel.ExcelColumn<>(texts.get("user.lastLogin"), Users.Row::lastLoginAt)), rows);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('iam:user:write')")
    String createForm(Model model) {
        return form(model, new UserForm(), null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('iam:user:write')")
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        long school = CurrentUser.get().requireSchool();
        return Forms.submit(errors, redirect, () -> service.create(school, form), id -> "/admin/users", () -> {
            form.setPassword(null);
            return form(model, form, null);
        });
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('iam:user:write')")
    String editForm(@PathVariable long id, Model model) {
        Users.Row user = find(id);
        UserForm form = new UserForm();
        form.setUsername(user.username());
        form.setDisplayName(user.displayName());
        form.setStaffId(user.staffId());
        form.setRoleIds(new java.util.TreeSet<>(users.roleIds(id)));
        form.setVersion(user.version());
        return form(model, form, user);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('iam:user:write')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Users.Row user = find(id);
        form.setUsername(user.username());
        return Forms.submit(errors, redirect, () -> service.update(CurrentUser.get().requireSchool(), id, form),
                "/admin/users", () -> form(model, form, user));
    }

    @PostMapping("/{id}/enabled")
    @PreAuthorize("hasAuthority('iam:user:write')")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        CurrentUser me = CurrentUser.get();
        service.setEnabled(me.requireSchool(), id, enabled, me.userId());
        redirect.addFlashAttribute("flash", enabled ? "user.flash.enabled" : "user.flash.disabled");
        return "redirect:/admin/users/" + id + "/edit";
    }

    @PostMapping("/{id}/unlock")
    @PreAuthorize("hasAuthority('iam:user:write')")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        service.unlock(CurrentUser.get().requireSchool(), id);
        redirect.addFlashAttribute("flash", "user.flash.unlocked");
        return "redirect:/admin/users/" + id + "/edit";
    }

    @PostMapping("/{id}/password")
    @PreAuthorize("hasAuthority('iam:user:write')")
    String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
        Users.Row user = find(id);
        var violation = PasswordPolicy.check(user.username(), password);
        if (violation.isPresent()) {
            redirect.addFlashAttribute("flashError", violation.get());
        } else {
            service.resetPassword(CurrentUser.get().requireSchool(), id, password);
            redirect.addFlashAttribute("flash", "user.flash.passwordReset");
        }
        return "redirect:/admin/users/" + id + "/edit";
    }

    private Users.Row find(long id) {
        return users.find(CurrentUser.get().requireSchool(), id).orElseThrow(() -> new NotFoundException("user", id));
    }

    private String form(Model model, UserForm form, Users.Row user) {
        long school = CurrentUser.get().requireSchool();
        model.addAttribute("form", form);
        model.addAttribute("user", user);
        model.addAttribute("roles", roles.ofSchool(school));
        model.addAttribute("staff", organization.activeStaff(school));
        return "iam/user-form";
    }
}
