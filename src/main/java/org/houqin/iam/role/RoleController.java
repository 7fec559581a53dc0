package org.houqin.iam.role;

import java.util.List;

import jakarta.validation.Valid;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.PermissionSet;
import org.houqin.platform.web.Forms;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 角色与权限: the admin's page for roles, their permissions and data scopes. */
@Controller
@RequestMapping("/admin/roles")
class RoleController {

    private final RoleService roles;
    private final List<PermissionSet> permissionSets;
    private final OrganizationApi organization;

    RoleController(RoleService roles, List<PermissionSet> permissionSets, OrganizationApi organization) {
        this.roles = roles;
        this.permissionSets = permissionSets;
        this.organization = organization;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('iam:role:read')")
    String list(CurrentUser me, Model model) {
        model.addAttribute("roles", roles.ofSchool(me.requireSchool()));
        return "iam/roles";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('iam:role:write')")
    String createForm(CurrentUser me, Model model) {
        RoleForm form = new RoleForm();
        form.setDataScope(DataScopeKind.SELF);
        return form(me.requireSchool(), model, form, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('iam:role:write')")
    String create(@Valid @ModelAttribute("form") RoleForm form, BindingResult errors, CurrentUser me, Model model,
                  RedirectAttributes redirect) {
        long school = me.requireSchool();
        return Forms.submit(errors, redirect, () -> roles.create(school, form),
                id -> "/admin/roles", () -> form(school, model, form, null));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('iam:role:write')")
    String editForm(@PathVariable long id, CurrentUser me, Model model) {
        long school = me.requireSchool();
        RoleService.Row row = roles.find(school, id).orElseThrow(() -> new NotFoundException("role", id));
        return form(school, model, roles.form(row), row);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('iam:role:write')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") RoleForm form, BindingResult errors,
                  CurrentUser me, Model model, RedirectAttributes redirect) {
        long school = me.requireSchool();
        RoleService.Row row = roles.find(school, id).orElseThrow(() -> new NotFoundException("role", id));
        return Forms.submit(errors, redirect, () -> roles.update(school, id, form),
                "/admin/roles", () -> form(school, model, form, row));
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('iam:role:write')")
    String delete(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
        roles.delete(me.requireSchool(), id);
        redirect.addFlashAttribute("flash", "flash.deleted");
        return "redirect:/admin/roles";
    }

    private String form(long school, Model model, RoleForm form, RoleService.Row role) {
        model.addAttribute("form", form);
        model.addAttribute("role", role);
        model.addAttribute("scopes", DataScopeKind.values());
        model.addAttribute("permissionSets", permissionSets.stream()
                .map(set -> new PermissionSet(set.module(), set.codes().stream()
                        .filter(code -> !code.equals("organization:school:manage")).toList()))
                .toList());
        model.addAttribute("departments", organization.departmentNames(school));
        return "iam/role-form";
    }
}
