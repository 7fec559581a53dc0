package org.houqin.routines.record;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Htmx;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.Texts;
import org.houqin.routines.RoutinesPermissions;
import org.houqin.routines.records.RoutineRecords;
import org.houqin.routines.records.StoredAnswers;
import org.houqin.routines.records.TemplateVersionQueries;
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

/** 检查记录: the list, one record's page, and its correction (更正), a new record that names the old one. */
@Controller
@RequestMapping("/routines/records")
class RecordController {

    static final String READ = "hasAuthority('routines:record:fill') or hasAuthority('routines:completion:read')";

    private final RecordQueries records;
    private final RecordPage page;
    private final RecordNames names;
    private final TemplateVersionQueries versions;
    private final RoutineRecords filing;
    private final Texts texts;

    RecordController(RecordQueries records, RecordPage page, RecordNames names, TemplateVersionQueries versions,
                     RoutineRecords filing, Texts texts) {
        this.records = records;
        this.page = page;
        this.names = names;
        this.versions = versions;
        this.filing = filing;
        this.texts = texts;
    }

    @GetMapping
    @PreAuthorize(READ)
    String list(@ModelAttribute("query") ListQuery query, @Valid @ModelAttribute("filter") RecordFilter filter,
                BindingResult filterErrors, CurrentUser me, Model model, HttpServletRequest request) {
        long school = me.requireSchool();
        RecordFilter used = filterErrors.hasErrors() ? new RecordFilter(null, null, null, null, null, null) : filter;
        model.addAttribute("page", records.page(me, query, used));
        model.addAttribute("names", names.of(school));
        model.addAttribute("readsAll", me.can(RoutinesPermissions.COMPLETION_READ));
        model.addAttribute("templates", records.templates(school));
        model.addAttribute("rooms", names.rooms(school));
        return Htmx.view(request, "routines/records");
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ)
    String detail(@PathVariable long id, CurrentUser me, Model model) {
        RecordPage.Detail detail = page.of(me, id);
        model.addAttribute("detail", detail);
        model.addAttribute("mayCorrect", mayCorrect(me, detail.record()));
        return "routines/record";
    }

    @GetMapping("/{id}/correct")
    @PreAuthorize(READ)
    String correctForm(@PathVariable long id, CurrentUser me, Model model) {
        RecordQueries.Row row = correctable(me, id);
        TemplateVersionQueries.Version version = current(me, row);
        RecordForm form = RecordForm.correcting(version.number(), version.template(),
                StoredAnswers.read(row.answers()));
        return RecordFormPage.show(model, header(me, row), version, form, Map.of());
    }

    @PostMapping("/{id}/correct")
    @PreAuthorize(READ)
    String correct(@PathVariable long id, CurrentUser me, @ModelAttribute("form") RecordForm form,
                   BindingResult errors, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        long school = me.requireSchool();
        RecordQueries.Row row = page.visible(me, id);
        TemplateVersionQueries.Version version = current(me, row);
        Filing attempt = Filing.attempt(errors, texts, () -> filing.correct(school, me, id,
                form.filled(version.template(), RecordFormPage.photos(request)), form.getTemplateVersion(),
                form.getSubmissionKey()));
        if (attempt.filed()) {
            redirect.addFlashAttribute("flash", "routine.record.flash.corrected");
            return "redirect:/routines/records/" + attempt.recordId();
        }
        if (attempt.templateChanged()) {
            form.setTemplateVersion(version.number());
        }
        return RecordFormPage.show(model, header(me, row), version, form, attempt.itemErrors());
    }

    /** The filler or a completion reader corrects a record once; the latest of a chain is the one corrected. */
    static boolean mayCorrect(CurrentUser me, RecordQueries.Row row) {
        return row.correctedById() == null
                && (row.submittedBy() == me.userId() || me.can(RoutinesPermissions.COMPLETION_READ));
    }

    private RecordQueries.Row correctable(CurrentUser me, long id) {
        RecordQueries.Row row = page.visible(me, id);
        if (!mayCorrect(me, row)) {
            throw new NotFoundException("correctable routine record", id);
        }
        return row;
    }

    private TemplateVersionQueries.Version current(CurrentUser me, RecordQueries.Row row) {
        return versions.current(me.requireSchool(), row.templateId())
                .orElseThrow(() -> new NotFoundException("routine template", row.templateId()));
    }

    private RecordFormPage.Header header(CurrentUser me, RecordQueries.Row row) {
        long school = me.requireSchool();
        var room = row.roomId() == null ? null
                : names.rooms(school).stream().filter(r -> r.id() == row.roomId()).findFirst().orElse(null);
        return new RecordFormPage.Header(row.templateName(), room, null, "/routines/records/" + row.id() + "/correct",
                "/routines/records/" + row.id(), row.id());
    }
}
