package org.houqin.organization.schoolclass;

import java.util.Map;

import jakarta.validation.Valid;
import org.houqin.audit.AuditLog;
import org.houqin.organization.staff.StaffDirectory;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
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
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final org.houqin.platform.web.Texts texts;

    ClassController(Classes classes, StaffDirectory staff, AuditLog audit, TransactionTemplate transaction,
                    org.houqin.platform.web.Texts texts) {
        this.texts = texts;
        this.classes = classes;
        this.staff = staff;
        this.audit = audit;
        this.transaction = transaction;
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
        long school = CurrentUser.get().requireSchool();
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 32 || entryYear == null || entryYear < 2000 || entryYear > 2100) {
            redirect.addFlashAttribute("gradeError", "grade.invalid");
            return "redirect:/org/classes";
        }
        try {
            transaction.executeWithoutResult(status -> {
                long id = classes.insertGrade(school, trimmed, entryYear, classes.grades(school).size() + 1);
                audit.changed("organization", "grade", id, "CREATE", null, Map.of("name", trimmed, "entryYear", entryYear));
            });
        } catch (org.springframework.dao.DuplicateKeyException e) {
            redirect.addFlashAttribute("gradeError", "grade.name.duplicate");
            return "redirect:/org/classes";
        }
        redirect.addFlashAttribute("flash", "flash.saved");
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
        Long id = errors.hasErrors() ? null : Forms.attempt(errors, () -> transaction.execute(status -> {
            check(school, form);
            long created = Forms.unique("name", "class.name.duplicate", () -> classes.insertClass(school, form.getGradeId(), form));
            audit.changed("organization", "class", created, "CREATE", null, classes.find(school, created).orElseThrow());
            return created;
        }));
        if (id == null) {
            return form(model, form, null);
        }
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:/org/classes";
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('organization:class:write')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ClassForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        long school = CurrentUser.get().requireSchool();
        Classes.ClassRow before = find(id);
        Boolean saved = errors.hasErrors() ? null : Forms.attempt(errors, () -> transaction.execute(status -> {
            check(school, form);
            boolean updated = Forms.unique("name", "class.name.duplicate", () -> classes.updateClass(school, id, form));
            if (!updated) {
                throw new OptimisticLockingFailureException("class " + id + " changed");
            }
            audit.changed("organization", "class", id, "UPDATE", before, classes.find(school, id).orElseThrow());
            return true;
        }));
        if (saved == null) {
            return form(model, form, before);
        }
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:/org/classes";
    }

    private void check(long school, ClassForm form) {
        if (classes.grades(school).stream().noneMatch(g -> g.id() == form.getGradeId())) {
            throw new RuleViolation("gradeId", "class.grade.unknown");
        }
        if (form.getClassTeacherId() != null
                && staff.active(school).stream().noneMatch(s -> s.id() == form.getClassTeacherId())) {
            throw new RuleViolation("classTeacherId", "class.teacher.unknown");
        }
    }

    private Classes.ClassRow find(long id) {
        return classes.find(CurrentUser.get().requireSchool(), id).orElseThrow(() -> new NotFoundException("class", id));
    }

    private String form(Model model, ClassForm form, Classes.ClassRow row) {
        long school = CurrentUser.get().requireSchool();
        model.addAttribute("form", form);
        model.addAttribute("row", row);
        model.addAttribute("grades", classes.grades(school));
        model.addAttribute("teachers", staff.active(school));
        return "organization/class-form";
    }
}
