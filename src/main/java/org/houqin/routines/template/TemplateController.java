package org.houqin.routines.template;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.Htmx;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.routines.checklist.HazardLevel;
import org.houqin.routines.checklist.ItemKind;
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

/** 检查表: the school's templates, the library to copy from, one template's items, and the item editor. */
@Controller
@RequestMapping("/routines/templates")
class TemplateController {

    private final Templates templates;

    TemplateController(Templates templates) {
        this.templates = templates;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('routines:template:read')")
    String list(CurrentUser me, @ModelAttribute("query") ListQuery query,
                @RequestParam(required = false) String category, Model model, HttpServletRequest request) {
        long school = me.requireSchool();
        String chosen = category == null || category.isBlank() ? null : category;
        model.addAttribute("page", templates.page(school, query, chosen));
        model.addAttribute("category", chosen);
        model.addAttribute("categories", templates.categories(school));
        return Htmx.view(request, "routines/templates");
    }

    @GetMapping("/library")
    @PreAuthorize("hasAuthority('routines:template:read')")
    String library(Model model) {
        model.addAttribute("library", templates.library());
        return "routines/template-library";
    }

    @PostMapping("/copy")
    @PreAuthorize("hasAuthority('routines:template:write')")
    String copy(CurrentUser me, @RequestParam String code, RedirectAttributes redirect) {
        if (templates.library().stream().noneMatch(t -> t.code().equals(code))) {
            throw new NotFoundException("library template", code);
        }
        long id = templates.copy(me.requireSchool(), code, me.userId());
        redirect.addFlashAttribute("flash", "routine.template.copied");
        return "redirect:/routines/templates/" + id;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('routines:template:read')")
    String show(CurrentUser me, @PathVariable long id, Model model) {
        Templates.Stored stored = find(me.requireSchool(), id);
        model.addAttribute("row", stored);
        model.addAttribute("template", stored.template());
        return "routines/template";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('routines:template:write')")
    String editForm(CurrentUser me, @PathVariable long id, Model model) {
        Templates.Stored stored = find(me.requireSchool(), id);
        return form(model, TemplateForm.of(stored.template(), stored.version()), stored);
    }

    /** Saves the next version, or, for an editor button ({@code edit}), shows the rows changed and saves nothing. */
    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('routines:template:write')")
    String update(CurrentUser me, @PathVariable long id, @Valid @ModelAttribute("form") TemplateForm form,
                  BindingResult errors, @RequestParam(required = false) String edit, Model model,
                  RedirectAttributes redirect) {
        long school = me.requireSchool();
        Templates.Stored stored = find(school, id);
        if (edit != null) {
            form.apply(edit);
            return form(model, form, stored);
        }
        return Forms.submit(errors, redirect, () -> templates.revise(school, id, form, me.userId()),
                number -> "/routines/templates/" + id, () -> form(model, form, stored));
    }

    @PostMapping("/{id}/active")
    @PreAuthorize("hasAuthority('routines:template:write')")
    String setActive(CurrentUser me, @PathVariable long id, @RequestParam boolean active, @RequestParam int version,
                     RedirectAttributes redirect) {
        templates.setActive(me.requireSchool(), id, version, active);
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:/routines/templates/" + id;
    }

    private Templates.Stored find(long school, long id) {
        return templates.find(school, id).orElseThrow(() -> new NotFoundException("template", id));
    }

    private String form(Model model, TemplateForm form, Templates.Stored stored) {
        model.addAttribute("form", form);
        model.addAttribute("row", stored);
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("levels", HazardLevel.values());
        return "routines/template-form";
    }
}
