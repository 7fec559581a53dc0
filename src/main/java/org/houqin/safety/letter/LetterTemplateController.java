package org.houqin.safety.letter;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.houqin.platform.pdf.PdfRenderer;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 责任书模板: the school's templates and the library's, editing one (a new revision), and printing one on A4. */
@Controller
@RequestMapping("/safety/letter-templates")
class LetterTemplateController {

    private final LetterTemplates templates;
    private final PdfRenderer pdf;
    private final SchoolClock clock;

    LetterTemplateController(LetterTemplates templates, PdfRenderer pdf, SchoolClock clock) {
        this.templates = templates;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('safety:letter:write')")
    String list(CurrentUser me, Model model) {
        long school = me.requireSchool();
        model.addAttribute("templates", templates.all(school));
        model.addAttribute("library", templates.notCopied(school));
        return "safety/letter-templates";
    }

    @PostMapping("/copy")
    @PreAuthorize("hasAuthority('safety:letter:write')")
    String copy(CurrentUser me, @RequestParam String code, RedirectAttributes redirect) {
        long id = templates.copy(me.requireSchool(), me, code);
        redirect.addFlashAttribute("flash", "letter.template.flash.copied");
        return "redirect:/safety/letter-templates/" + id;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('safety:letter:write')")
    String edit(CurrentUser me, @PathVariable long id, Model model) {
        LetterTemplates.Row row = find(me.requireSchool(), id);
        TemplateForm form = new TemplateForm();
        form.setTitle(row.title());
        form.setBody(row.body());
        form.setVersion(row.version());
        return form(model, me.requireSchool(), row, form);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('safety:letter:write')")
    String revise(CurrentUser me, @PathVariable long id, @Valid @ModelAttribute("form") TemplateForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        long school = me.requireSchool();
        LetterTemplates.Row row = find(school, id);
        return Forms.submit(errors, redirect, () -> templates.revise(school, me, id, form),
                "/safety/letter-templates/" + id, () -> form(model, school, row, form));
    }

    /** The current text on A4; the parents' letter with its tear-off receipt (回执). */
    @GetMapping("/{id}/print.pdf")
    @PreAuthorize("hasAuthority('safety:letter:write')")
    void print(CurrentUser me, @PathVariable long id, HttpServletResponse response) throws IOException {
        long school = me.requireSchool();
        LetterTemplates.Row row = find(school, id);
        pdf.print(response, school, "safety/letter-print", Map.of("template", row, "paragraphs",
                LetterTemplates.paragraphs(row.body()), "today", clock.today()), row.title() + ".pdf");
    }

    private LetterTemplates.Row find(long school, long id) {
        return templates.find(school, id).orElseThrow(() -> new NotFoundException("letter template", id));
    }

    private String form(Model model, long school, LetterTemplates.Row row, TemplateForm form) {
        model.addAttribute("template", row);
        model.addAttribute("form", form);
        model.addAttribute("revisions", templates.revisions(school, row.id()));
        return "safety/letter-template";
    }
}
