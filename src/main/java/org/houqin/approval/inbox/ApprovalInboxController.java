package org.houqin.approval.inbox;

import org.houqin.approval.Approvals;
import org.houqin.approval.Decision;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 待办: what waits for me, what I submitted, what I decided; a submission's page; and the decision that the
 * approval panel of every document page posts, which leads back to that document.
 */
@Controller
@RequestMapping("/approvals")
class ApprovalInboxController {

    /** The tabs of the inbox page. */
    enum View { WAITING, SUBMITTED, HANDLED }

    private final Approvals approvals;

    ApprovalInboxController(Approvals approvals) {
        this.approvals = approvals;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('approval:inbox:use')")
    String inbox(@RequestParam(defaultValue = "WAITING") View view, CurrentUser me, Model model) {
        long school = me.requireSchool();
        model.addAttribute("view", view);
        model.addAttribute("waiting", approvals.inbox(school, me));
        if (view == View.SUBMITTED) {
            model.addAttribute("submitted", approvals.submittedBy(school, me));
        } else if (view == View.HANDLED) {
            model.addAttribute("handled", approvals.decidedBy(school, me));
        }
        return "approval/inbox";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('approval:inbox:use')")
    String submission(@PathVariable long id, CurrentUser me, Model model) {
        long school = me.requireSchool();
        Approvals.Summary submission = approvals.submission(school, me, id)
                .orElseThrow(() -> new NotFoundException("approval", id));
        model.addAttribute("submission", submission);
        model.addAttribute("approval", approvals.panel(school, me, submission.documentType(), submission.documentId()));
        return "approval/submission";
    }

    /**
     * A decision from a document's approval panel, which leads back to the document (or to the inbox for a document
     * without a page). A missing reason goes back to the panel with the message and nothing written; a stale page,
     * someone else's step or one's own document answer 409.
     */
    @PostMapping("/{id}/decide")
    @PreAuthorize("hasAuthority('approval:inbox:use')")
    String decide(@PathVariable long id, @RequestParam Decision decision, @RequestParam(required = false) String comment,
                  @RequestParam int version, CurrentUser me, RedirectAttributes redirect) {
        long school = me.requireSchool();
        try {
            approvals.decide(school, me, id, version, decision, comment);
        } catch (RuleViolation violation) {
            if (violation.field() == null) {
                throw violation;
            }
            redirect.addFlashAttribute("approvalError", violation.messageKey());
            return "redirect:" + approvals.link(school, id).orElse("/approvals/" + id) + "#approval";
        }
        redirect.addFlashAttribute("flash", "approval.flash." + decision.name());
        return "redirect:" + approvals.link(school, id).orElse("/approvals");
    }
}
