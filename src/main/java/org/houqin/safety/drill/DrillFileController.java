package org.houqin.safety.drill;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.houqin.platform.files.Attachments;
import org.houqin.platform.pdf.PdfRenderer;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A drill's problems found, its photos, and its printed 演练记录表. */
@Controller
@RequestMapping("/safety/drills/{id}")
class DrillFileController {

    private final Drills drills;
    private final DrillFindings findings;
    private final DrillPhotos photos;
    private final DrillPage page;
    private final DrillViews views;
    private final Attachments attachments;
    private final PdfRenderer pdf;

    DrillFileController(Drills drills, DrillFindings findings, DrillPhotos photos, DrillPage page, DrillViews views,
                        Attachments attachments, PdfRenderer pdf) {
        this.drills = drills;
        this.findings = findings;
        this.photos = photos;
        this.page = page;
        this.views = views;
        this.attachments = attachments;
        this.pdf = pdf;
    }

    @PostMapping("/problems")
    @PreAuthorize(DrillController.WRITE)
    String addProblem(@PathVariable long id, @Valid @ModelAttribute("problem") ProblemForm form, BindingResult errors,
                      Model model, RedirectAttributes redirect, CurrentUser me) {
        String next = Forms.submit(errors, redirect, () -> findings.addProblem(me.requireSchool(), me, id, form),
                problem -> "/safety/drills/" + id + "#problems", () -> page.detail(id, model, me));
        if (next.startsWith("redirect:")) {
            redirect.addFlashAttribute("flash", "drill.flash.problemAdded");
        }
        return next;
    }

    @PostMapping("/problems/{problem}/delete")
    @PreAuthorize(DrillController.WRITE)
    String removeProblem(@PathVariable long id, @PathVariable long problem, RedirectAttributes redirect,
                         CurrentUser me) {
        findings.removeProblem(me.requireSchool(), me, id, problem);
        redirect.addFlashAttribute("flash", "drill.flash.problemRemoved");
        return "redirect:/safety/drills/" + id + "#problems";
    }

    @PostMapping("/problems/{problem}/hazard")
    @PreAuthorize(DrillController.WRITE)
    String problemToHazard(@PathVariable long id, @PathVariable long problem, RedirectAttributes redirect,
                           CurrentUser me) {
        long hazard = findings.toHazard(me.requireSchool(), me, id, problem);
        redirect.addFlashAttribute("flash", "drill.flash.problemToHazard");
        return "redirect:/safety/hazards/" + hazard;
    }

    @PostMapping("/photos")
    @PreAuthorize(DrillController.WRITE)
    String upload(@PathVariable long id, @RequestParam(name = "photos", required = false) List<MultipartFile> chosen,
                  RedirectAttributes redirect, CurrentUser me) {
        try {
            findings.addPhotos(me.requireSchool(), me, id, chosen);
            redirect.addFlashAttribute("flash", "drill.flash.photos");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("photoError", violation.messageKey());
            redirect.addFlashAttribute("photoErrorArgs", violation.args());
        }
        return "redirect:/safety/drills/" + id + "#photos";
    }

    @GetMapping("/files/{fileId}")
    @PreAuthorize(DrillController.READ)
    void file(@PathVariable long id, @PathVariable UUID fileId, @RequestParam(defaultValue = "false") boolean thumb,
              HttpServletResponse response, CurrentUser me) throws IOException {
        long school = me.requireSchool();
        drills.require(school, id);
        Attachments.Attachment file = attachments.find(school, fileId)
                .filter(a -> a.ownerId() == id && DrillPhotos.OWNER.equals(a.ownerType()))
                .orElseThrow(() -> new NotFoundException("drill photo", fileId));
        attachments.serve(response, file, thumb);
    }

    @GetMapping("/print.pdf")
    @PreAuthorize(DrillController.READ)
    void print(@PathVariable long id, HttpServletResponse response, CurrentUser me) throws IOException {
        long school = me.requireSchool();
        Drills.Row row = drills.require(school, id);
        Map<String, Object> model = new HashMap<>();
        model.put("drill", row);
        model.put("place", views.places(school).of(row));
        model.put("problems", drills.problems(school, id));
        model.put("photos", DrillPrint.images(attachments, photos.of(school, id)));
        pdf.print(response, school, "safety/drill-print", model, row.number() + ".pdf");
    }
}
