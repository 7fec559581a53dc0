package org.houqin.organization.staff;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.houqin.organization.department.DepartmentService;
import org.houqin.platform.excel.ExcelColumn;
import org.houqin.platform.excel.ExcelExport;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Downloads;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 教职工: the staff list, forms and the Excel export (import: StaffImport). */
@Controller
@RequestMapping("/org/staff")
class StaffController {

    private final StaffService staff;
    private final DepartmentService departments;
    private final org.houqin.platform.web.Texts texts;

    StaffController(StaffService staff, DepartmentService departments, org.houqin.platform.web.Texts texts) {
        this.staff = staff;
        this.departments = departments;
        this.texts = texts;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organization:staff:read')")
    String list(@ModelAttribute("query") ListQuery query, CurrentUser me, Model model, HttpServletRequest request) {
        model.addAttribute("page", staff.page(me.requireSchool(), me.dataScope(), me.staffId(), query));
        model.addAttribute("sortKey", StaffService.SORTS.key(query));
        return Htmx.view(request, "organization/staff");
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("hasAuthority('organization:staff:read')")
    void export(@ModelAttribute("query") ListQuery query, CurrentUser me, HttpServletResponse response)
            throws IOException {
        List<StaffService.Row> rows = staff.all(me.requireSchool(), me.dataScope(), me.staffId(), query);
        Downloads.excel(response, text("staff.title") + ".xlsx");
        ExcelExport.write(response.getOutputStream(), text("staff.title"), List.of(
                new ExcelColumn<StaffService.Row>(text("staff.employeeNo"), StaffService.Row::employeeNo),
                new ExcelColumn<>(text("staff.name"), StaffService.Row::name),
                new ExcelColumn<>(text("staff.gender"), StaffService.Row::gender),
                new ExcelColumn<>(text("staff.department"), StaffService.Row::departmentName),
                new ExcelColumn<>(text("staff.position"), StaffService.Row::position),
                new ExcelColumn<>(text("staff.phone"), StaffService.Row::maskedPhone),
                new ExcelColumn<>(text("staff.active"), row -> text(row.active() ? "common.yes" : "common.no"))), rows);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('organization:staff:write')")
    String createForm(CurrentUser me, Model model) {
        return form(me.requireSchool(), model, new StaffForm(), null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('organization:staff:write')")
    String create(@Valid @ModelAttribute("form") StaffForm form, BindingResult errors, CurrentUser me, Model model,
                  RedirectAttributes redirect) {
        long school = me.requireSchool();
        return Forms.submit(errors, redirect, () -> staff.create(school, me.dataScope(), form),
                id -> "/org/staff", () -> form(school, model, form, null));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('organization:staff:write')")
    String editForm(@PathVariable long id, CurrentUser me, Model model) {
        StaffService.Row row = find(me, id);
        StaffForm form = StaffForm.of(row);
        form.setPhone(null);
        return form(me.requireSchool(), model, form, row);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('organization:staff:write')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") StaffForm form, BindingResult errors,
                  CurrentUser me, Model model, RedirectAttributes redirect) {
        StaffService.Row row = find(me, id);
        long school = me.requireSchool();
        return Forms.submit(errors, redirect, () -> staff.update(school, me.dataScope(), me.staffId(), id, form),
                "/org/staff", () -> form(school, model, form, row));
    }

    @PostMapping("/{id}/phone")
    @PreAuthorize("hasAuthority('organization:staff:reveal')")
    @ResponseBody
    String revealPhone(@PathVariable long id, CurrentUser me) {
        String phone = staff.revealPhone(me.requireSchool(), me.dataScope(), me.staffId(), id);
        return org.springframework.web.util.HtmlUtils.htmlEscape(phone == null ? "" : phone);
    }

    private StaffService.Row find(CurrentUser me, long id) {
        return staff.find(me.requireSchool(), me.dataScope(), me.staffId(), id)
                .orElseThrow(() -> new NotFoundException("staff", id));
    }

    private String form(long school, Model model, StaffForm form, StaffService.Row row) {
        model.addAttribute("form", form);
        model.addAttribute("row", row);
        model.addAttribute("departments", departments.tree(school));
        return "organization/staff-form";
    }

    private String text(String key) {
        return texts.get(key);
    }
}
