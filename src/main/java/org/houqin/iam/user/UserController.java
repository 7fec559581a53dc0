package org.houqin.iam.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.houqin.iam.role.RoleService;
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

    private final UserService users;
    private final RoleService roles;
    private final OrganizationApi organization;
    private final org.houqin.platform.web.Texts texts;

    UserController(UserService users, RoleService roles, OrganizationApi organization,
                   org.houqin.platform.web.Texts texts) {
        this.texts = texts;
        this.users = users;
        this.roles = roles;
        this.organization = organization;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('iam:user:read')")
    String list(@ModelAttribute("query") ListQuery query, CurrentUser me, Model model, HttpServletRequest request) {
        model.addAttribute("page", users.page(me.requireSchool(), query));
        model.addAttribute("sortKey", UserService.SORTS.key(query));
        return Htmx.view(request, "iam/users");
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("hasAuthority('iam:user:read')")
    void export(@ModelAttribute("query") ListQuery query, CurrentUser me,
                jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        var rows = users.all(me.requireSchool(), query);
        org.houqin.platform.web.Downloads.excel(response, texts.get("user.title") + ".xlsx");
        org.houqin.platform.excel.ExcelExport.write(response.getOutputStream(), texts.get("user.title"), java.util.List.of(
                new org.houqin.platform.excel.ExcelColumn<UserService.Row>(texts.get("user.username"), UserService.Row::username),
                new org.houqin.platform.excel.ExcelColumn<>(texts.get("user.displayName"), UserService.Row::displayName),
                new org.houqin.platform.excel.ExcelColumn<>(texts.get("user.roles"), UserService.Row::roleNames),
                new org.houqin.platform.excel.ExcelColumn<>(texts.get("user.status"), row -> texts.get(!row.enabled()
                        ? "user.status.disabled" : row.locked() ? "user.status.locked" : "user.status.active")),
                new org.houqin.platform.excel.ExcelColumn<>(texts.get("user.lastLogin"), UserService.Row::lastLoginAt)), rows);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('iam:user:write')")
    String createForm(CurrentUser me, Model model) {
        return form(me.requireSchool(), model, new UserForm(), null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('iam:user:write')")
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult errors, CurrentUser me, Model model,
                  RedirectAttributes redirect) {
        long school = me.requireSchool();
        return Forms.submit(errors, redirect, () -> users.create(school, form), id -> "/admin/users", () -> {
            form.setPassword(null);
            return form(school, model, form, null);
        });
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('iam:user:write')")
    String editForm(@PathVariable long id, CurrentUser me, Model model) {
        long school = me.requireSchool();
        UserService.Row user = find(school, id);
        UserForm form = new UserForm();
        form.setUsername(user.username());
        form.setDisplayName(user.displayName());
        form.setStaffId(user.staffId());
        form.setRoleIds(new java.util.TreeSet<>(users.roleIds(id)));
        form.setVersion(user.version());
        return form(school, model, form, user);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('iam:user:write')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult errors,
                  CurrentUser me, Model model, RedirectAttributes redirect) {
        long school = me.requireSchool();
        UserService.Row user = find(school, id);
        form.setUsername(user.username());
        return Forms.submit(errors, redirect, () -> users.update(school, id, form),
                "/admin/users", () -> form(school, model, form, user));
    }

    @PostMapping("/{id}/enabled")
    @PreAuthorize("hasAuthority('iam:user:write')")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled, CurrentUser me,
                      RedirectAttributes redirect) {
        users.setEnabled(me.requireSchool(), id, enabled, me.userId());
        redirect.addFlashAttribute("flash", enabled ? "user.flash.enabled" : "user.flash.disabled");
        return "redirect:/admin/users/" + id + "/edit";
    }

    @PostMapping("/{id}/unlock")
    @PreAuthorize("hasAuthority('iam:user:write')")
    String unlock(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
        users.unlock(me.requireSchool(), id);
        redirect.addFlashAttribute("flash", "user.flash.unlocked");
        return "redirect:/admin/users/" + id + "/edit";
    }

    @PostMapping("/{id}/password")
    @PreAuthorize("hasAuthority('iam:user:write')")
    String resetPassword(@PathVariable long id, @RequestParam String password, CurrentUser me,
                         RedirectAttributes redirect) {
        long school = me.requireSchool();
        UserService.Row user = find(school, id);
        var violation = PasswordPolicy.check(user.username(), password);
        if (violation.isPresent()) {
            redirect.addFlashAttribute("flashError", violation.get());
        } else {
            users.resetPassword(school, id, password);
            redirect.addFlashAttribute("flash", "user.flash.passwordReset");
        }
        return "redirect:/admin/users/" + id + "/edit";
    }

    private UserService.Row find(long school, long id) {
        return users.find(school, id).orElseThrow(() -> new NotFoundException("user", id));
    }

    private String form(long school, Model model, UserForm form, UserService.Row user) {
        model.addAttribute("form", form);
        model.addAttribute("user", user);
        model.addAttribute("roles", roles.ofSchool(school));
        model.addAttribute("staff", organization.activeStaff(school));
        return "iam/user-form";
    }
}
