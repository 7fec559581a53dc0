package org.houqin.organization.staff;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.houqin.organization.department.Departments;
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

    private final StaffDirectory staff;
    private final StaffService service;
    private final Departments departments;
    private final org.houqin.platform.web.Texts texts;

    StaffController(StaffDirectory staff, StaffService service, Departments departments, org.houqin.platform.web.Texts texts) {
        this.staff = staff;
        this.service = service;
        this.departments = departments;
        this.texts = texts;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organization:staff:read')")
    String list(@ModelAttribute("query") ListQuery query, Model model, HttpServletRequest request) {
        CurrentUser me = CurrentUser.get();
        model.addAttribute("page", staff.page(me.requireSchool(), me.dataScope(), me.staffId(), query));
        model.addAttribute("sortKey", StaffDirectory.SORTS.key(query));
        return Htmx.view(request, "organization/staff");
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("hasAuthority('organization:staff:read')")
    void export(@ModelAttribute("query") ListQuery query, HttpServletResponse response) throws IOException {
        CurrentUser me = CurrentUser.get();
        List<StaffDirectory.Row> rows = staff.all(me.requireSchool(), me.dataScope(), me.staffId(), query);
        Downloads.excel(response, text("staff.title") + ".xlsx");
        ExcelExport.write(response.getOutputStream(), text("staff.title"), List.of(
                new ExcelColumn<StaffDirectory.Row>(text("staff.employeeNo"), StaffDirectory.Row::employeeNo),
                new ExcelColumn<>(text("staff.name"), StaffDirectory.Row::name),
                new ExcelColumn<>(text("staff.gender"), StaffDirectory.Row::gender),
                new ExcelColumn<>(text("staff.department"), StaffDirectory.Row::departmentName),
                new ExcelColumn<>(text("staff.position"), StaffDirectory.Row::position),
                new ExcelColumn<>(text("staff.phone"), StaffDirectory.Row::maskedPhone),
                new ExcelColumn<>(text("staff.active"), row -> text(row.active() ? "common.yes" : "common.no"))), rows);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('organization:staff:write')")
    String createForm(Model model) {
        return form(model, new StaffForm(), null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('organization:staff:write')")
    String create(@Valid @ModelAttribute("form") StaffForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        CurrentUser me = CurrentUser.get();
        return Forms.submit(errors, redirect, () -> service.create(me.requireSchool(), me.dataScope(), form),
                id -> "/org/staff", () -> form(model, form, null));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('organization:staff:write')")
    String editForm(@PathVariable long id, Model model) {
        StaffDirectory.Row row = find(id);
        StaffForm form = StaffForm.of(row);
        form.setPhone(null);
        return form(model, form, row);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('organization:staff:write')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") StaffForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        StaffDirectory.Row row = find(id);
        CurrentUser me = CurrentUser.get();
        return Forms.submit(errors, redirect, () -> service.update(me.requireSchool(), me.dataScope(), me.staffId(), id, form),
                "/org/staff", () -> form(model, form, row));
    }

    @PostMapping("/{id}/phone")
    @PreAuthorize("hasAuthority('organization:staff:reveal')")
    @ResponseBody
    String revealPhone(@PathVariable long id) {
        CurrentUser me = CurrentUser.get();
        String phone = service.revealPhone(me.requireSchool(), me.dataScope(), me.staffId(), id);
        return org.springframework.web.util.HtmlUtils.htmlEscape(phone == null ? "" : phone);
    }

    private StaffDirectory.Row find(long id) {
        CurrentUser me = CurrentUser.get();
        return staff.find(me.requireSchool(), me.dataScope(), me.staffId(), id)
                .orElseThrow(() -> new NotFoundException("staff", id));
    }

    private String form(Model model, StaffForm form, StaffDirectory.Row row) {
        model.addAttribute("form", form);
        model.addAttribute("row", row);
        model.addAttribute("departments", departments.tree(CurrentUser.get().requireSchool()));
        return "organization/staff-form";
    }

    private String text(String key) {
        return texts.get(key);
    }
}
