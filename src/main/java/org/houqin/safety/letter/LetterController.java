package org.houqin.safety.letter;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.files.Attachments;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Htmx;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 我的责任书 and one letter: read it, sign it with a finger, or (the office) mark the paper copy received. */
@Controller
@RequestMapping("/safety/letters")
class LetterController {

    private final Letters letters;
    private final LetterTemplates templates;
    private final Attachments attachments;
    private final OrganizationApi organization;

    LetterController(Letters letters, LetterTemplates templates, Attachments attachments,
                     OrganizationApi organization) {
        this.letters = letters;
        this.templates = templates;
        this.attachments = attachments;
        this.organization = organization;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('safety:letter:sign')")
    String list(CurrentUser me, @ModelAttribute("query") ListQuery query,
                @RequestParam(required = false) LetterStatus status, Model model, HttpServletRequest request) {
        long school = me.requireSchool();
        model.addAttribute("page", letters.page(school, me, query, status));
        model.addAttribute("status", status);
        model.addAttribute("statuses", LetterStatus.values());
        model.addAttribute("departments", organization.departmentNames(school));
        return Htmx.view(request, "safety/letters");
    }

    @GetMapping("/mine")
    @PreAuthorize("hasAuthority('safety:letter:sign')")
    String mine(CurrentUser me, Model model) {
        model.addAttribute("letters", letters.mine(me.requireSchool(), me));
        return "safety/letter-mine";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('safety:letter:sign')")
    String letter(CurrentUser me, @PathVariable long id, Model model) {
        long school = me.requireSchool();
        Letters.Row letter = find(school, me, id);
        model.addAttribute("letter", letter);
        LetterTemplates.Revision text = templates.revision(school, letter.revisionId()).orElseThrow();
        model.addAttribute("text", text);
        model.addAttribute("paragraphs", LetterTemplates.paragraphs(text.body()));
        model.addAttribute("own", letter.userId() != null && letter.userId() == me.userId());
        model.addAttribute("department", letter.departmentId() == null ? null
                : organization.departmentNames(school).get(letter.departmentId()));
        model.addAttribute("proof", letters.proof(school, letter).isPresent());
        return "safety/letter";
    }

    @PostMapping("/{id}/sign")
    @PreAuthorize("hasAuthority('safety:letter:sign')")
    String sign(CurrentUser me, @PathVariable long id, @RequestParam(required = false) String signature,
                RedirectAttributes redirect) {
        long school = me.requireSchool();
        try {
            letters.sign(school, me, find(school, me, id), signature);
        } catch (RuleViolation violation) {
            if (violation.field() == null) {
                throw violation;
            }
            redirect.addFlashAttribute("signatureMissing", true);
            return "redirect:/safety/letters/" + id + "#sign";
        }
        redirect.addFlashAttribute("flash", "letter.flash.signed");
        return "redirect:/safety/letters/" + id;
    }

    @PostMapping("/{id}/paper")
    @PreAuthorize("hasAuthority('safety:letter:write')")
    String paper(CurrentUser me, @PathVariable long id, @RequestParam(required = false) MultipartFile scan,
                 RedirectAttributes redirect) throws IOException {
        long school = me.requireSchool();
        try {
            letters.receivePaper(school, me, find(school, me, id), scan == null ? null : scan.getOriginalFilename(),
                    scan == null ? null : scan.getBytes());
        } catch (RuleViolation violation) {
            if (violation.field() == null) {
                throw violation;
            }
            redirect.addFlashAttribute("scanProblem", violation.messageKey());
            return "redirect:/safety/letters/" + id + "#paper";
        }
        redirect.addFlashAttribute("flash", "letter.flash.paper");
        return "redirect:/safety/letters/" + id;
    }

    @GetMapping("/{id}/proof")
    @PreAuthorize("hasAuthority('safety:letter:sign')")
    void proof(CurrentUser me, @PathVariable long id, HttpServletResponse response) throws IOException {
        long school = me.requireSchool();
        Letters.Row letter = find(school, me, id);
        attachments.serve(response, letters.proof(school, letter)
                .orElseThrow(() -> new NotFoundException("letter proof", id)), false);
    }

    private Letters.Row find(long school, CurrentUser me, long id) {
        return letters.readable(school, me, id).orElseThrow(() -> new NotFoundException("letter", id));
    }
}
