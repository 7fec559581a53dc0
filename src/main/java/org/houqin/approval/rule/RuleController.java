package org.houqin.approval.rule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.houqin.approval.Approvals;
import org.houqin.iam.IamApi;
import org.houqin.platform.document.DocumentType;
import org.houqin.platform.document.DocumentTypes;
import org.houqin.platform.security.CurrentUser;
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

/** 审批规则: who approves which document, by amount and category, step by step. */
@Controller
@RequestMapping("/approvals/rules")
class RuleController {

    private final Approvals approvals;
    private final DocumentTypes types;
    private final IamApi iam;

    RuleController(Approvals approvals, DocumentTypes types, IamApi iam) {
        this.approvals = approvals;
        this.types = types;
        this.iam = iam;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('approval:rule:write')")
    String list(Model model) {
        Map<String, List<Approvals.RuleView>> byType = new LinkedHashMap<>();
        types.approvable().forEach(type -> byType.put(type.code(), new ArrayList<>()));
        approvals.rules(CurrentUser.get().requireSchool()).forEach(rule ->
                byType.computeIfAbsent(rule.documentType(), code -> new ArrayList<>()).add(rule));
        model.addAttribute("rulesByType", byType);
        return "approval/rules";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('approval:rule:write')")
    String createForm(@RequestParam(required = false) String type, Model model) {
        RuleForm form = new RuleForm();
        form.setDocumentType(type);
        return form(model, form, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('approval:rule:write')")
    String create(@Valid @ModelAttribute("form") RuleForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        long school = CurrentUser.get().requireSchool();
        form.check(errors, approvable(form.getDocumentType()));
        return Forms.submit(errors, redirect, () -> approvals.addRule(school, form.toSpec()), id -> "/approvals/rules",
                () -> form(model, form, null));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('approval:rule:write')")
    String editForm(@PathVariable long id, Model model) {
        Approvals.RuleView rule = find(id);
        return form(model, RuleForm.of(rule), rule);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('approval:rule:write')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") RuleForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Approvals.RuleView rule = find(id);
        long school = CurrentUser.get().requireSchool();
        form.check(errors, approvable(form.getDocumentType()) || rule.documentType().equals(form.getDocumentType()));
        return Forms.submit(errors, redirect, () -> approvals.updateRule(school, id, form.getVersion(), form.toSpec()),
                "/approvals/rules", () -> form(model, form, rule));
    }

    @PostMapping("/{id}/active")
    @PreAuthorize("hasAuthority('approval:rule:write')")
    String setActive(@PathVariable long id, @RequestParam boolean active, @RequestParam int version,
                     RedirectAttributes redirect) {
        find(id);
        approvals.setRuleActive(CurrentUser.get().requireSchool(), id, version, active);
        redirect.addFlashAttribute("flash", active ? "approval.rule.flash.enabled" : "approval.rule.flash.disabled");
        return "redirect:/approvals/rules";
    }

    private String form(Model model, RuleForm form, Approvals.RuleView rule) {
        long school = CurrentUser.get().requireSchool();
        form.fillRows();
        model.addAttribute("form", form);
        model.addAttribute("rule", rule);
        model.addAttribute("roles", iam.roles(school));
        model.addAttribute("users", iam.users(school));
        return "approval/rule-form";
    }

    private Approvals.RuleView find(long id) {
        return approvals.rule(CurrentUser.get().requireSchool(), id)
                .orElseThrow(() -> new NotFoundException("approval rule", id));
    }

    private boolean approvable(String code) {
        return types.find(code).filter(DocumentType::approvable).isPresent();
    }
}
