package org.houqin.safety.drill;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.houqin.platform.excel.ExcelColumn;
import org.houqin.platform.excel.ExcelExport;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Downloads;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.Htmx;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PlausibleDate;
import org.houqin.platform.web.Texts;
import org.houqin.platform.web.Times;
import org.springframework.format.annotation.DateTimeFormat;
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

/** 应急演练: the list with its Excel export, planning a drill and correcting it. */
@Controller
@RequestMapping("/safety/drills")
class DrillController {

    static final String READ = "hasAuthority('safety:drill:write') or hasAuthority('safety:archive:read')";
    static final String WRITE = "hasAuthority('safety:drill:write')";

    private final Drills drills;
    private final DrillViews views;
    private final Texts texts;
    private final Times times;

    DrillController(Drills drills, DrillViews views, Texts texts, Times times) {
        this.drills = drills;
        this.views = views;
        this.texts = texts;
        this.times = times;
    }

    @GetMapping
    @PreAuthorize(READ)
    String list(@ModelAttribute("query") ListQuery query, @RequestParam(required = false) DrillKind kind,
                @RequestParam(required = false) DrillStatus status, @RequestParam(required = false) Long semester,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate to,
                Model model, HttpServletRequest request, CurrentUser me) {
        long school = me.requireSchool();
        model.addAttribute("page", drills.page(school, query, views.filter(school, kind, status, semester, from, to)));
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("semester", semester);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("kinds", DrillKind.values());
        model.addAttribute("statuses", DrillStatus.values());
        model.addAttribute("semesters", views.semesters(school));
        model.addAttribute("places", views.places(school));
        return Htmx.view(request, "safety/drills");
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize(READ)
    void export(@ModelAttribute("query") ListQuery query, @RequestParam(required = false) DrillKind kind,
                @RequestParam(required = false) DrillStatus status, @RequestParam(required = false) Long semester,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate to,
                CurrentUser me, HttpServletResponse response) throws IOException {
        long school = me.requireSchool();
        DrillViews.Places places = views.places(school);
        String title = texts.get("drill.title");
        Downloads.excel(response, title + ".xlsx");
        ExcelExport.stream(response.getOutputStream(), title, List.of(
                new ExcelColumn<Drills.Row>(texts.get("drill.number"), Drills.Row::number),
                new ExcelColumn<>(texts.get("drill.kind"), r -> texts.label(r.kind())),
                new ExcelColumn<>(texts.get("drill.titleField"), Drills.Row::title),
                new ExcelColumn<>(texts.get("drill.planName"), Drills.Row::planName),
                new ExcelColumn<>(texts.get("drill.plannedAt"), r -> times.full(r.plannedAt())),
                new ExcelColumn<>(texts.get("drill.place"), places::of),
                new ExcelColumn<>(texts.get("drill.organizer"), Drills.Row::organizerName),
                new ExcelColumn<>(texts.get("drill.students"), Drills.Row::students),
                new ExcelColumn<>(texts.get("drill.staff"), Drills.Row::staff),
                new ExcelColumn<>(texts.get("drill.status"), r -> texts.label(r.status())),
                new ExcelColumn<>(texts.get("drill.startedAt"),
                        r -> r.startedAt() == null ? null : times.full(r.startedAt())),
                new ExcelColumn<>(texts.get("drill.durationMinutes"), Drills.Row::durationMinutes),
                new ExcelColumn<>(texts.get("drill.evacuationSeconds"), Drills.Row::evacuationSeconds),
                new ExcelColumn<>(texts.get("drill.summary"), Drills.Row::summary)),
                each -> drills.forEach(school, query, views.filter(school, kind, status, semester, from, to), each));
    }

    @GetMapping("/new")
    @PreAuthorize(WRITE)
    String createForm(Model model, CurrentUser me) {
        DrillForm form = new DrillForm();
        form.setKind(DrillKind.FIRE);
        form.setOrganizerUserId(me.userId());
        return form(me.requireSchool(), model, form, null);
    }

    @PostMapping
    @PreAuthorize(WRITE)
    String create(@Valid @ModelAttribute("form") DrillForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, CurrentUser me) {
        long school = me.requireSchool();
        return Forms.submit(errors, redirect, () -> drills.create(school, me, form), id -> "/safety/drills/" + id,
                () -> form(school, model, form, null));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(WRITE)
    String editForm(@PathVariable long id, Model model, CurrentUser me) {
        long school = me.requireSchool();
        Drills.Row row = drills.require(school, id);
        return form(school, model, DrillForm.of(row, views.at(row.plannedAt())), row);
    }

    @PostMapping("/{id}")
    @PreAuthorize(WRITE)
    String update(@PathVariable long id, @Valid @ModelAttribute("form") DrillForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect, CurrentUser me) {
        long school = me.requireSchool();
        return Forms.submit(errors, redirect, () -> drills.update(school, me, id, form), "/safety/drills/" + id,
                () -> form(school, model, form, drills.require(school, id)));
    }

    private String form(long school, Model model, DrillForm form, Drills.Row row) {
        model.addAttribute("form", form);
        model.addAttribute("drill", row);
        model.addAttribute("kinds", DrillKind.values());
        model.addAttribute("rooms", views.rooms(school));
        model.addAttribute("organizers", views.organizers(school));
        return "safety/drill-form";
    }
}
