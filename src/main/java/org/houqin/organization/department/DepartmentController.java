package org.houqin.organization.department;

import jakarta.validation.Valid;
import org.houqin.platform.security.CurrentUser;
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

/** 部门: the school's department tree. */
@Controller
@RequestMapping("/org/departments")
class DepartmentController {

    private final Departments departments;
    private final DepartmentService service;
    private final org.houqin.platform.web.Texts texts;

    DepartmentController(Departments departments, DepartmentService service, org.houqin.platform.web.Texts texts) {
        this.texts = texts;
        this.departments = departments;
        this.service = service;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organization:department:read')")
    String list(Model model) {
        model.addAttribute("departments", departments.tree(CurrentUser.get().requireSchool()));
        return "organization/departments";
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("hasAuthority('organization:department:read')")
    void export(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        var rows = departments.tree(CurrentUser.get().requireSchool());
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        rows.forEach(row -> names.put(row.id(), row.name()));
        org.houqin.platform.web.Downloads.excel(response, texts.get("department.title") + ".xlsx");
        org.houqin.platform.excel.ExcelExport.write(response.getOutputStream(), texts.get("department.title"), java.util.List.of(
                new org.houqin.platform.excel.ExcelColumn<Departments.Row>(texts.get("department.code"), Departments.Row::code),
                new org.houqin.platform.excel.ExcelColumn<>(texts.get("department.name"), Departments.Row::name),
                new org.houqin.platform.excel.ExcelColumn<>(texts.get("department.parent"), row -> names.get(row.parentId())),
                new org.houqin.platform.excel.ExcelColumn<>(texts.get("department.staffCount"), Departments.Row::staffCount)), rows);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('organization:department:write')")
    String createForm(Model model) {
        return form(model, new DepartmentForm(), null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('organization:department:write')")
    String create(@Valid @ModelAttribute("form") DepartmentForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        long school = CurrentUser.get().requireSchool();
        return Forms.submit(errors, redirect, () -> service.create(school, form),
                id -> "/org/departments", () -> form(model, form, null));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('organization:department:write')")
    String editForm(@PathVariable long id, Model model) {
        Departments.Row row = find(id);
        return form(model, DepartmentForm.of(row), row);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('organization:department:write')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") DepartmentForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Departments.Row row = find(id);
        return Forms.submit(errors, redirect, () -> service.update(CurrentUser.get().requireSchool(), id, form),
                "/org/departments", () -> form(model, form, row));
    }

    private Departments.Row find(long id) {
        return departments.find(CurrentUser.get().requireSchool(), id)
                .orElseThrow(() -> new NotFoundException("department", id));
    }

    private String form(Model model, DepartmentForm form, Departments.Row row) {
        model.addAttribute("form", form);
        model.addAttribute("row", row);
        java.util.Set<Long> below = row == null ? java.util.Set.of() : departments.subtree(row.id());
        model.addAttribute("parents", departments.tree(CurrentUser.get().requireSchool()).stream()
                .filter(parent -> !below.contains(parent.id())).toList());
        return "organization/department-form";
    }
}
