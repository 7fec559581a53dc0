package org.houqin.organization.schoolclass;

import jakarta.validation.Valid;
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

    private final ClassService classes;
    private final org.houqin.platform.web.Texts texts;

    ClassController(ClassService classes, org.houqin.platform.web.Texts texts) {
        this.texts = texts;
        this.classes = classes;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organization:class:read')")
    String list(CurrentUser me, Model model) {
        long school = me.requireSchool();
        model.addAttribute("grades", classes.grades(school));
        model.addAttribute("classes", classes.classes(school));
        return "organization/classes";
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("hasAuthority('organization:class:read')")
    void export(CurrentUser me, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        var rows = classes.classes(me.requireSchool());
        org.houqin.platform.web.Downloads.excel(response, texts.get("class.title") + ".xlsx");
        org.houqin.platform.excel.ExcelExport.write(response.getOutputStream(), texts.get("class.title"), java.util.List.of(
                new org.houqin.platform.excel.ExcelColumn<ClassService.ClassRow>(texts.get("class.grade"), ClassService.ClassRow::gradeName),
                new org.houqin.platform.excel.ExcelColumn<>(texts.get("class.name"), ClassService.ClassRow::name),
                new org.houqin.platform.excel.ExcelColumn<>(texts.get("class.headCount"), ClassService.ClassRow::headCount),
                new org.houqin.platform.excel.ExcelColumn<>(texts.get("class.teacher"), ClassService.ClassRow::classTeacherName)), rows);
    }

    @PostMapping("/grades")
    @PreAuthorize("hasAuthority('organization:class:write')")
    String createGrade(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) Integer entryYear,
                       CurrentUser me, RedirectAttributes redirect) {
        try {
            classes.createGrade(me.requireSchool(), name.strip(), entryYear);
            redirect.addFlashAttribute("flash", "flash.saved");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("gradeError", violation.messageKey());
        }
        return "redirect:/org/classes";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('organization:class:write')")
    String editForm(@PathVariable long id, CurrentUser me, Model model) {
        long school = me.requireSchool();
        ClassService.ClassRow row = find(school, id);
        return form(school, model, ClassForm.of(row), row);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('organization:class:write')")
    String createForm(CurrentUser me, Model model) {
        return form(me.requireSchool(), model, new ClassForm(), null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('organization:class:write')")
    String create(@Valid @ModelAttribute("form") ClassForm form, BindingResult errors, CurrentUser me, Model model,
                  RedirectAttributes redirect) {
        long school = me.requireSchool();
        return Forms.submit(errors, redirect, () -> classes.createClass(school, form), id -> "/org/classes",
                () -> form(school, model, form, null));
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('organization:class:write')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ClassForm form, BindingResult errors,
                  CurrentUser me, Model model, RedirectAttributes redirect) {
        long school = me.requireSchool();
        ClassService.ClassRow before = find(school, id);
        return Forms.submit(errors, redirect, () -> classes.updateClass(school, id, form),
                "/org/classes", () -> form(school, model, form, before));
    }

    private ClassService.ClassRow find(long school, long id) {
        return classes.find(school, id).orElseThrow(() -> new NotFoundException("class", id));
    }

    private String form(long school, Model model, ClassForm form, ClassService.ClassRow row) {
        model.addAttribute("form", form);
        model.addAttribute("row", row);
        model.addAttribute("grades", classes.grades(school));
        model.addAttribute("teachers", classes.teacherChoices(school, row == null ? null : row.classTeacherId()));
        return "organization/class-form";
    }
}
