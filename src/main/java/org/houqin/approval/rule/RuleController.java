package org.houqin.approval.rule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.houqin.approval.ApprovalRules;
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

    private final ApprovalRules rules;
    private final DocumentTypes types;
    private final IamApi iam;

    RuleController(ApprovalRules rules, DocumentTypes types, IamApi iam) {
        this.rules = rules;
        this.types = types;
        this.iam = iam;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('approval:rule:write')")
    String list(CurrentUser me, Model model) {
        Map<String, List<ApprovalRules.RuleView>> byType = new LinkedHashMap<>();
        types.approvable().forEach(type -> byType.put(type.code(), new ArrayList<>()));
        rules.all(me.requireSchool()).forEach(rule ->
                byType.computeIfAbsent(rule.documentType(), code -> new ArrayList<>()).add(rule));
        model.addAttribute("rulesByType", byType);
        return "approval/rules";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('approval:rule:write')")
    String createForm(@RequestParam(required = false) String type, CurrentUser me, Model model) {
        RuleForm form = new RuleForm();
        form.setDocumentType(type);
        return form(me.requireSchool(), model, form, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('approval:rule:write')")
    String create(@Valid @ModelAttribute("form") RuleForm form, BindingResult errors, CurrentUser me, Model model,
                  RedirectAttributes redirect) {
        long school = me.requireSchool();
        form.check(errors, approvable(form.getDocumentType()));
        return Forms.submit(errors, redirect, () -> rules.add(school, form.toSpec()), id -> "/approvals/rules",
                () -> form(school, model, form, null));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('approval:rule:write')")
    String editForm(@PathVariable long id, CurrentUser me, Model model) {
        long school = me.requireSchool();
        ApprovalRules.RuleView rule = find(school, id);
        return form(school, model, RuleForm.of(rule), rule);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('approval:rule:write')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") RuleForm form, BindingResult errors,
                  CurrentUser me, Model model, RedirectAttributes redirect) {
        long school = me.requireSchool();
        ApprovalRules.RuleView rule = find(school, id);
        form.check(errors, approvable(form.getDocumentType()) || rule.documentType().equals(form.getDocumentType()));
        return Forms.submit(errors, redirect, () -> rules.update(school, id, form.getVersion(), form.toSpec()),
                "/approvals/rules", () -> form(school, model, form, rule));
    }

    @PostMapping("/{id}/active")
    @PreAuthorize("hasAuthority('approval:rule:write')")
    String setActive(@PathVariable long id, @RequestParam boolean active, @RequestParam int version,
                     CurrentUser me, RedirectAttributes redirect) {
        long school = me.requireSchool();
        find(school, id);
        rules.setActive(school, id, version, active);
        redirect.addFlashAttribute("flash", active ? "approval.rule.flash.enabled" : "approval.rule.flash.disabled");
        return "redirect:/approvals/rules";
    }

    private String form(long school, Model model, RuleForm form, ApprovalRules.RuleView rule) {
        form.fillRows();
        model.addAttribute("form", form);
        model.addAttribute("rule", rule);
        model.addAttribute("roles", iam.roles(school));
        model.addAttribute("users", iam.users(school));
        return "approval/rule-form";
    }

    private ApprovalRules.RuleView find(long school, long id) {
        return rules.find(school, id)
                .orElseThrow(() -> new NotFoundException("approval rule", id));
    }

    private boolean approvable(String code) {
        return types.find(code).filter(DocumentType::approvable).isPresent();
    }
}
