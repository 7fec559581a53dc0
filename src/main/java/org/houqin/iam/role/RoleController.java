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

    private final Roles roles;
    private final RoleService service;
    private final List<PermissionSet> permissionSets;
    private final OrganizationApi organization;

    RoleController(Roles roles, RoleService service, List<PermissionSet> permissionSets, OrganizationApi organization) {
        this.roles = roles;
        this.service = service;
        this.permissionSets = permissionSets;
        this.organization = organization;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('iam:role:read')")
    String list(Model model) {
        model.addAttribute("roles", roles.ofSchool(CurrentUser.get().requireSchool()));
        return "iam/roles";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('iam:role:write')")
    String createForm(Model model) {
        RoleForm form = new RoleForm();
        form.setDataScope(DataScopeKind.SELF);
        return form(model, form, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('iam:role:write')")
    String create(@Valid @ModelAttribute("form") RoleForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        long school = CurrentUser.get().requireSchool();
        return Forms.submit(errors, redirect, () -> service.create(school, form),
                id -> "/admin/roles", () -> form(model, form, null));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('iam:role:write')")
    String editForm(@PathVariable long id, Model model) {
        long school = CurrentUser.get().requireSchool();
        Roles.Row row = roles.find(school, id).orElseThrow(() -> new NotFoundException("role", id));
        RoleForm form = new RoleForm();
        form.setCode(row.code());
        form.setName(row.name());
        form.setDataScope(row.dataScope());
        form.setPermissions(new java.util.TreeSet<>(roles.permissions(id)));
        form.setDepartmentIds(new java.util.TreeSet<>(roles.departments(id)));
        form.setVersion(row.version());
        return form(model, form, row);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('iam:role:write')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") RoleForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        long school = CurrentUser.get().requireSchool();
        Roles.Row row = roles.find(school, id).orElseThrow(() -> new NotFoundException("role", id));
        return Forms.submit(errors, redirect, () -> service.update(school, id, form),
                "/admin/roles", () -> form(model, form, row));
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('iam:role:write')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        service.delete(CurrentUser.get().requireSchool(), id);
        redirect.addFlashAttribute("flash", "flash.deleted");
        return "redirect:/admin/roles";
    }

    private String form(Model model, RoleForm form, Roles.Row role) {
        model.addAttribute("form", form);
        model.addAttribute("role", role);
        model.addAttribute("scopes", DataScopeKind.values());
        model.addAttribute("permissionSets", permissionSets.stream()
                .map(set -> new PermissionSet(set.module(), set.codes().stream()
                        .filter(code -> !code.equals("organization:school:manage")).toList()))
                .toList());
        model.addAttribute("departments", organization.departmentNames(CurrentUser.get().requireSchool()));
        return "iam/role-form";
    }
}
