package org.houqin.repairs.request;

import jakarta.validation.Valid;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.RuleViolation;
import org.houqin.platform.web.Texts;
import org.houqin.repairs.RepairDocuments;
import org.houqin.warehouse.StockIssues;
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

/**
 * The steps taken on a request's page. A missing or wrong field shows the page again with the message at the field;
 * a step the request's state does not allow, or a page someone else changed meanwhile, answers 409 and changes
 * nothing.
 */
@Controller
@RequestMapping("/repairs/{id}")
class RepairActionController {

    /** A step of {@link RepairService} or {@link RepairWork}. */
    private interface Step {
        void take(long school, CurrentUser me, long id, ActionForm form);
    }

    private final RepairService service;
    private final RepairWork work;
    private final RepairPage page;

    private final StockIssues stockIssues;
    private final Texts texts;

    RepairActionController(RepairService service, RepairWork work, RepairPage page, StockIssues stockIssues,
                           Texts texts) {
        this.stockIssues = stockIssues;
        this.service = service;
        this.work = work;
        this.page = page;
        this.texts = texts;
    }

    @PostMapping("/dispatch")
    @PreAuthorize("hasAuthority('repairs:request:dispatch')")
    String dispatch(@PathVariable long id, @Valid @ModelAttribute("action") ActionForm form, BindingResult errors,
                    CurrentUser me, Model model, RedirectAttributes redirect) {
        return take("dispatch", service::dispatch, me, id, form, errors, model, redirect);
    }

    @PostMapping("/outsource")
    @PreAuthorize("hasAuthority('repairs:request:dispatch')")
    String outsource(@PathVariable long id, @Valid @ModelAttribute("action") ActionForm form, BindingResult errors,
                     CurrentUser me, Model model, RedirectAttributes redirect) {
        return take("outsource", service::outsource, me, id, form, errors, model, redirect);
    }

    @PostMapping("/reject")
    @PreAuthorize("hasAuthority('repairs:request:dispatch')")
    String reject(@PathVariable long id, @Valid @ModelAttribute("action") ActionForm form, BindingResult errors,
                  CurrentUser me, Model model, RedirectAttributes redirect) {
        return take("reject", service::reject, me, id, form, errors, model, redirect);
    }

    @PostMapping("/escalate")
    @PreAuthorize("hasAuthority('repairs:request:dispatch')")
    String escalate(@PathVariable long id, @Valid @ModelAttribute("action") ActionForm form, BindingResult errors,
                    CurrentUser me, Model model, RedirectAttributes redirect) {
        return take("escalate", service::escalate, me, id, form, errors, model, redirect);
    }

    @PostMapping("/finish-outsourced")
    @PreAuthorize("hasAuthority('repairs:request:dispatch')")
    String finishOutsourced(@PathVariable long id, @Valid @ModelAttribute("action") ActionForm form,
                            BindingResult errors, CurrentUser me, Model model, RedirectAttributes redirect) {
        return take("finishOutsourced", service::finishOutsourced, me, id, form, errors, model, redirect);
    }

    @PostMapping("/damage")
    @PreAuthorize("hasAuthority('repairs:request:dispatch')")
    String damage(@PathVariable long id, @Valid @ModelAttribute("action") ActionForm form, BindingResult errors,
                  CurrentUser me, Model model, RedirectAttributes redirect) {
        return take("damage", work::markDamage, me, id, form, errors, model, redirect);
    }

    @PostMapping("/decide")
    @PreAuthorize("hasAuthority('repairs:request:decide')")
    String decide(@PathVariable long id, @Valid @ModelAttribute("action") ActionForm form, BindingResult errors,
                  CurrentUser me, Model model, RedirectAttributes redirect) {
        return take("decide", service::decide, me, id, form, errors, model, redirect);
    }

    @PostMapping("/start")
    @PreAuthorize("hasAuthority('repairs:request:work')")
    String start(@PathVariable long id, @Valid @ModelAttribute("action") ActionForm form, BindingResult errors,
                 CurrentUser me, Model model, RedirectAttributes redirect) {
        return take("start", service::start, me, id, form, errors, model, redirect);
    }

    @PostMapping("/hold")
    @PreAuthorize("hasAuthority('repairs:request:work') or hasAuthority('repairs:request:dispatch')")
    String hold(@PathVariable long id, @Valid @ModelAttribute("action") ActionForm form, BindingResult errors,
                CurrentUser me, Model model, RedirectAttributes redirect) {
        return take("hold", service::hold, me, id, form, errors, model, redirect);
    }

    @PostMapping("/resume")
    @PreAuthorize("hasAuthority('repairs:request:work') or hasAuthority('repairs:request:dispatch')")
    String resume(@PathVariable long id, @Valid @ModelAttribute("action") ActionForm form, BindingResult errors,
                  CurrentUser me, Model model, RedirectAttributes redirect) {
        return take("resume", service::resume, me, id, form, errors, model, redirect);
    }

    @PostMapping("/confirm")
    @PreAuthorize("hasAuthority('repairs:request:read')")
    String confirm(@PathVariable long id, @Valid @ModelAttribute("action") ActionForm form, BindingResult errors,
                   CurrentUser me, Model model, RedirectAttributes redirect) {
        return take("confirm", work::confirm, me, id, form, errors, model, redirect);
    }

    @PostMapping("/reopen")
    @PreAuthorize("hasAuthority('repairs:request:read')")
    String reopen(@PathVariable long id, @Valid @ModelAttribute("action") ActionForm form, BindingResult errors,
                  CurrentUser me, Model model, RedirectAttributes redirect) {
        return take("reopen", service::reopen, me, id, form, errors, model, redirect);
    }

    @PostMapping("/cancel")
    @PreAuthorize("hasAuthority('repairs:request:read')")
    String cancel(@PathVariable long id, @Valid @ModelAttribute("action") ActionForm form, BindingResult errors,
                  CurrentUser me, Model model, RedirectAttributes redirect) {
        return take("cancel", service::cancel, me, id, form, errors, model, redirect);
    }

    @GetMapping("/complete")
    @PreAuthorize("hasAuthority('repairs:request:work')")
    String completeForm(@PathVariable long id, CurrentUser me, Model model) {
        Repairs.Row row = page.visible(me, id);
        return completePage(me, model, row, CompleteForm.empty(row.version()));
    }

    @PostMapping("/complete")
    @PreAuthorize("hasAuthority('repairs:request:work')")
    String complete(@PathVariable long id, @Valid @ModelAttribute("form") CompleteForm form, BindingResult errors,
                    CurrentUser me, Model model, RedirectAttributes redirect) {
        Repairs.Row row = page.visible(me, id);
        String result = errors.hasErrors() ? null
                : fieldErrorsOnly(errors, () -> work.complete(me.requireSchool(), me, id, form, form.getPhotos()));
        if (result == null) {
            form.fillRows();
            return completePage(me, model, row, form);
        }
        redirect.addFlashAttribute("flash", "repair.flash.complete");
        return "redirect:/repairs/" + id;
    }

    private String take(String name, Step step, CurrentUser me, long id, ActionForm form, BindingResult errors,
                        Model model, RedirectAttributes redirect) {
        Repairs.Row row = page.visible(me, id);
        String result = errors.hasErrors() ? null
                : fieldErrorsOnly(errors, () -> step.take(me.requireSchool(), me, id, form));
        if (result == null) {
            model.addAttribute("failedStep", name);
            return page.show(model, me, row);
        }
        redirect.addFlashAttribute("flashText", said(name, form, me, id));
        return "redirect:/repairs/" + id;
    }

    /** What the step did, in a sentence: "已派工给张师傅。", not "已保存。". */
    private String said(String name, ActionForm form, CurrentUser me, long id) {
        return switch (name) {
            case "dispatch" -> texts.get("repair.flash.dispatch", page.visible(me, id).assigneeName());
            case "outsource" -> texts.get("repair.flash.outsource", page.visible(me, id).contractor());
            case "decide" -> texts.get(form.isApprove() ? "repair.flash.decide.approved" : "repair.flash.decide.refused");
            default -> texts.get("repair.flash." + name);
        };
    }

    /** A rule about a field goes back to the form; a rule about the request's state goes to the 409 page. */
    private static String fieldErrorsOnly(BindingResult errors, Runnable command) {
        try {
            command.run();
            return "done";
        } catch (RuleViolation violation) {
            if (violation.field() == null) {
                throw violation;
            }
            return Forms.attempt(errors, () -> {
                throw violation;
            });
        }
    }

    private String completePage(CurrentUser me, Model model, Repairs.Row row, CompleteForm form) {
        model.addAttribute("repair", row);
        model.addAttribute("form", form);
        model.addAttribute("maxPhotos", RepairReporting.MAX_PHOTOS);
        model.addAttribute("stock", stockIssues.onHand(me.requireSchool(), RepairDocuments.REQUEST.code()));
        return "repairs/complete";
    }
}
