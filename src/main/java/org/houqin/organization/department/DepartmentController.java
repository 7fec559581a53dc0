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

    private final DepartmentService departments;
    private final org.houqin.platform.web.Texts texts;

    DepartmentController(DepartmentService departments, org.houqin.platform.web.Texts texts) {
        this.texts = texts;
        this.departments = departments;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organization:department:read')")
    String list(CurrentUser me, Model model) {
        model.addAttribute("departments", departments.tree(me.requireSchool()));
        return "organization/departments";
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("hasAuthority('organization:department:read')")
    void export(CurrentUser me, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        var rows = departments.tree(me.requireSchool());
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        rows.forEach(row -> names.put(row.id(), row.name()));
        org.houqin.platform.web.Downloads.excel(response, texts.get("department.title") + ".xlsx");
        org.houqin.platform.excel.ExcelExport.write(response.getOutputStream(), texts.get("department.title"), java.util.List.of(
                new org.houqin.platform.excel.ExcelColumn<DepartmentService.Row>(texts.get("department.code"), DepartmentService.Row::code),
                new org.houqin.platform.excel.ExcelColumn<>(texts.get("department.name"), DepartmentService.Row::name),
                new org.houqin.platform.excel.ExcelColumn<>(texts.get("department.parent"), row -> names.get(row.parentId())),
                new org.houqin.platform.excel.ExcelColumn<>(texts.get("department.staffCount"), DepartmentService.Row::staffCount)), rows);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('organization:department:write')")
    String createForm(CurrentUser me, Model model) {
        return form(me.requireSchool(), model, new DepartmentForm(), null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('organization:department:write')")
    String create(@Valid @ModelAttribute("form") DepartmentForm form, BindingResult errors, CurrentUser me,
                  Model model, RedirectAttributes redirect) {
        long school = me.requireSchool();
        return Forms.submit(errors, redirect, () -> departments.create(school, form),
                id -> "/org/departments", () -> form(school, model, form, null));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('organization:department:write')")
    String editForm(@PathVariable long id, CurrentUser me, Model model) {
        long school = me.requireSchool();
        DepartmentService.Row row = find(school, id);
        return form(school, model, DepartmentForm.of(row), row);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('organization:department:write')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") DepartmentForm form, BindingResult errors,
                  CurrentUser me, Model model, RedirectAttributes redirect) {
        long school = me.requireSchool();
        DepartmentService.Row row = find(school, id);
        return Forms.submit(errors, redirect, () -> departments.update(school, id, form),
                "/org/departments", () -> form(school, model, form, row));
    }

    private DepartmentService.Row find(long school, long id) {
        return departments.find(school, id).orElseThrow(() -> new NotFoundException("department", id));
    }

    private String form(long school, Model model, DepartmentForm form, DepartmentService.Row row) {
        model.addAttribute("form", form);
        model.addAttribute("row", row);
        java.util.Set<Long> below = row == null ? java.util.Set.of() : departments.subtree(row.id());
        model.addAttribute("parents", departments.tree(school).stream()
                .filter(parent -> !below.contains(parent.id())).toList());
        return "organization/department-form";
    }
}
