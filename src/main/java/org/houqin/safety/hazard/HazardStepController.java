package org.houqin.safety.hazard;

import jakarta.validation.Valid;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps on a hazard's page. A rule about a field shows the page again with the error at its field; a rule about
 * the hazard's state or the person (closing one's own rectification) answers the 409 page with its message; a stale
 * page gets the conflict page.
 */
@Controller
@RequestMapping("/safety/hazards/{id}")
class HazardStepController {

    private final HazardService service;
    private final HazardRepairs repairs;
    private final Hazards hazards;
    private final HazardPage page;

    HazardStepController(HazardService service, HazardRepairs repairs, Hazards hazards, HazardPage page) {
        this.service = service;
        this.repairs = repairs;
        this.hazards = hazards;
        this.page = page;
    }

    @PostMapping("/assign")
    @PreAuthorize("hasAuthority('safety:hazard:manage')")
    String assign(@PathVariable long id, @Valid @ModelAttribute("step") HazardForms.Step form, BindingResult errors,
                  CurrentUser me, Model model, RedirectAttributes redirect) {
        return take("assign", id, errors, me, model, redirect,
                () -> service.assign(me.requireSchool(), me, id, form));
    }

    @PostMapping("/rectify")
    @PreAuthorize("hasAuthority('safety:hazard:read')")
    String rectify(@PathVariable long id, @Valid @ModelAttribute("step") HazardForms.Step form, BindingResult errors,
                   CurrentUser me, Model model, RedirectAttributes redirect) {
        return take("rectify", id, errors, me, model, redirect,
                () -> service.rectify(me.requireSchool(), me, id, form));
    }

    @PostMapping("/recheck")
    @PreAuthorize("hasAuthority('safety:hazard:recheck')")
    String recheck(@PathVariable long id, @Valid @ModelAttribute("step") HazardForms.Step form, BindingResult errors,
                   CurrentUser me, Model model, RedirectAttributes redirect) {
        return take(form.isPass() ? "pass" : "sendBack", id, errors, me, model, redirect,
                () -> service.recheck(me.requireSchool(), me, id, form));
    }

    @PostMapping("/duplicate")
    @PreAuthorize("hasAuthority('safety:hazard:manage')")
    String duplicate(@PathVariable long id, @Valid @ModelAttribute("step") HazardForms.Step form,
                     BindingResult errors, CurrentUser me, Model model, RedirectAttributes redirect) {
        return take("duplicate", id, errors, me, model, redirect,
                () -> service.duplicate(me.requireSchool(), me, id, form));
    }

    @PostMapping("/repair")
    @PreAuthorize("hasAuthority('safety:hazard:read')")
    String repair(@PathVariable long id, @ModelAttribute("step") HazardForms.Step form, BindingResult errors,
                  CurrentUser me, Model model, RedirectAttributes redirect) {
        return take("repair", id, errors, me, model, redirect,
                () -> repairs.open(me.requireSchool(), me, id, form.getVersion()));
    }

    @PostMapping("/bureau")
    @PreAuthorize("hasAuthority('safety:hazard:manage')")
    String bureau(@PathVariable long id, @ModelAttribute("step") HazardForms.Step form, BindingResult errors,
                  CurrentUser me, Model model, RedirectAttributes redirect) {
        return take("bureau", id, errors, me, model, redirect,
                () -> service.bureauSent(me.requireSchool(), me, id, form.getVersion()));
    }

    private String take(String name, long id, BindingResult errors, CurrentUser me, Model model,
                        RedirectAttributes redirect, Runnable command) {
        HazardRow row = hazards.visible(me, id);
        if (errors.hasErrors() || !fieldErrorsOnly(errors, command)) {
            model.addAttribute("failedStep", name);
            return page.show(model, me, row);
        }
        redirect.addFlashAttribute("flash", "hazard.flash." + name);
        return "redirect:/safety/hazards/" + id;
    }

    /** A rule about a field goes back to the page; any other rule goes to the 409 page with its message. */
    private static boolean fieldErrorsOnly(BindingResult errors, Runnable command) {
        try {
            command.run();
            return true;
        } catch (RuleViolation violation) {
            if (violation.field() == null) {
                throw violation;
            }
            Forms.attempt(errors, () -> {
                throw violation;
            });
            return false;
        }
    }
}
