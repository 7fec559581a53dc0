package org.houqin.safety.drill;

import java.time.ZonedDateTime;

import jakarta.validation.Valid;
import org.houqin.platform.document.DocumentHistory;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Forms;
import org.houqin.routines.checklist.HazardLevel;
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

/** A drill's page with its photos, problems and history; recording it as done (完成演练), and cancelling it. */
@Controller
@RequestMapping("/safety/drills/{id}")
class DrillPage {

    private final Drills drills;
    private final DrillPhotos photos;
    private final DrillViews views;
    private final DocumentHistory history;

    DrillPage(Drills drills, DrillPhotos photos, DrillViews views, DocumentHistory history) {
        this.drills = drills;
        this.photos = photos;
        this.views = views;
        this.history = history;
    }

    @GetMapping
    @PreAuthorize(DrillController.READ)
    String detail(@PathVariable long id, Model model, CurrentUser me) {
        long school = me.requireSchool();
        Drills.Row row = drills.require(school, id);
        model.addAttribute("drill", row);
        model.addAttribute("place", views.places(school).of(row));
        model.addAttribute("problems", drills.problems(school, id));
        model.addAttribute("photos", photos.of(school, id));
        model.addAttribute("perUpload", DrillPhotos.PER_UPLOAD);
        model.addAttribute("history", history.of(school, DrillDocuments.DRILL, id));
        model.addAttribute("levels", HazardLevel.values());
        if (!model.containsAttribute("problem")) {
            model.addAttribute("problem", new ProblemForm());
        }
        return "safety/drill";
    }

    @GetMapping("/complete")
    @PreAuthorize(DrillController.WRITE)
    String completeForm(@PathVariable long id, Model model, CurrentUser me) {
        long school = me.requireSchool();
        Drills.Row row = drills.require(school, id);
        CompleteForm form = new CompleteForm();
        ZonedDateTime planned = views.at(row.plannedAt());
        form.setStartedOn(planned.toLocalDate());
        form.setStartedTime(planned.toLocalTime());
        form.setStudents(row.students());
        form.setStaff(row.staff());
        form.setVersion(row.version());
        return completeView(model, row, form);
    }

    @PostMapping("/complete")
    @PreAuthorize(DrillController.WRITE)
    String complete(@PathVariable long id, @Valid @ModelAttribute("form") CompleteForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect, CurrentUser me) {
        long school = me.requireSchool();
        String next = Forms.submit(errors, redirect, () -> drills.complete(school, me, id, form),
                "/safety/drills/" + id, () -> completeView(model, drills.require(school, id), form));
        if (next.startsWith("redirect:")) {
            redirect.addFlashAttribute("flash", "drill.flash.completed");
        }
        return next;
    }

    @PostMapping("/cancel")
    @PreAuthorize(DrillController.WRITE)
    String cancel(@PathVariable long id, @Valid @ModelAttribute("cancel") CancelForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect, CurrentUser me) {
        String next = Forms.submit(errors, redirect, () -> drills.cancel(me.requireSchool(), me, id, form),
                "/safety/drills/" + id, () -> detail(id, model, me));
        if (next.startsWith("redirect:")) {
            redirect.addFlashAttribute("flash", "drill.flash.cancelled");
        }
        return next;
    }

    private String completeView(Model model, Drills.Row row, CompleteForm form) {
        model.addAttribute("drill", row);
        model.addAttribute("form", form);
        model.addAttribute("perUpload", DrillPhotos.PER_UPLOAD);
        return "safety/drill-complete";
    }
}
