package org.houqin.organization.schoolclass;

import jakarta.validation.Valid;
import org.houqin.organization.staff.StaffDirectory;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
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

/** 年级与班级: grades, classes, head counts and class teachers. */
@Controller
@RequestMapping("/org/classes")
class ClassController {

    private final Classes classes;
    private final StaffDirectory staff;
    private final ClassService service;
    private final org.houqin.platform.web.Texts texts;

    ClassController(Classes classes, StaffDirectory staff, ClassService service, org.houqin.platform.web.Texts texts) {
        this.service = service;
        this.texts = texts;
        this.classes = classes;
        this.staff = staff;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organization:class:read')")
    String list(Model model) {
        long school = CurrentUser.get().requireSchool();
        model.addAttribute("grades", classes.grades(school));
        model.addAttribute("classes", classes.classes(school));
        return "organization/classes";
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("hasAuthority('organization:class:read')")
    void export(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        var rows = classes.classes(CurrentUser.get().requireSchool());
        org.houqin.platform.web.Downloads.excel(response, texts.get("class.title") + ".xlsx");
        org.houqin.platform.excel.ExcelExport.write(response.getOutputStream(), texts.get("class.title"), java.util.List.of(
                new org.houqin.platform.excel.ExcelColumn<Classes.ClassRow>(texts.get("class.grade"), Classes.ClassRow::gradeName),
                new org.houqin.platform.excel.ExcelColumn<>(texts.get("class.name"), Classes.ClassRow::name),
                new org.houqin.platform.excel.ExcelColumn<>(texts.get("class.headCount"), Classes.ClassRow::headCount),
                new org.houqin.platform.excel.ExcelColumn<>(texts.get("class.teacher"), Classes.ClassRow::classTeacherName)), rows);
    }

    @PostMapping("/grades")
    @PreAuthorize("hasAuthority('organization:class:write')")
    String createGrade(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) Integer entryYear,
                       RedirectAttributes redirect) {
        try {
            service.createGrade(CurrentUser.get().requireSchool(), name.strip(), entryYear);
            redirect.addFlashAttribute("flash", "flash.saved");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("gradeError", violation.messageKey());
        }
        return "redirect:/org/classes";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('organization:class:write')")
    String editForm(@PathVariable long id, Model model) {
        Classes.ClassRow row = find(id);
        return form(model, ClassForm.of(row), row);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('organization:class:write')")
    String createForm(Model model) {
        return form(model, new ClassForm(), null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('organization:class:write')")
    String create(@Valid @ModelAttribute("form") ClassForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        long school = CurrentUser.get().requireSchool();
        return Forms.submit(errors, redirect, () -> service.createClass(school, form), id -> "/org/classes",
                () -> form(model, form, null));
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('organization:class:write')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ClassForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Classes.ClassRow before = find(id);
        return Forms.submit(errors, redirect, () -> service.updateClass(CurrentUser.get().requireSchool(), id, form),
                "/org/classes", () -> form(model, form, before));
    }

    private Classes.ClassRow find(long id) {
        return classes.find(CurrentUser.get().requireSchool(), id).orElseThrow(() -> new NotFoundException("class", id));
    }

    private String form(Model model, ClassForm form, Classes.ClassRow row) {
        long school = CurrentUser.get().requireSchool();
        model.addAttribute("form", form);
        model.addAttribute("row", row);
        model.addAttribute("grades", classes.grades(school));
        var teachers = new java.util.ArrayList<>(staff.active(school));
        if (row != null && row.classTeacherId() != null
                && teachers.stream().noneMatch(t -> t.id() == row.classTeacherId())) {
            // A class teacher who has left stays selectable, so saving the form does not drop them silently.
            staff.find(row.classTeacherId()).ifPresent(teachers::add);
        }
        model.addAttribute("teachers", teachers);
        return "organization/class-form";
    }
}
