package org.houqin.safety.rule;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.houqin.iam.IamApi;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.Htmx;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.safety.SafetyPermissions;
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

/** 规章制度与应急预案: the rules in force, one rule with its versions and 已阅, and keeping the library. */
@Controller("safetyRuleController")
@RequestMapping("/safety/rules")
class RuleController {

    private final Rules rules;
    private final IamApi iam;
    private final SchoolClock clock;

    RuleController(Rules rules, IamApi iam, SchoolClock clock) {
        this.rules = rules;
        this.iam = iam;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('safety:rule:read')")
    String list(CurrentUser me, @ModelAttribute("query") ListQuery query,
                @RequestParam(required = false) RuleKind kind, Model model, HttpServletRequest request) {
        long school = me.requireSchool();
        var page = rules.inForce(school, query, kind);
        model.addAttribute("page", page);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", RuleKind.values());
        model.addAttribute("read", rules.acknowledged(school, me,
                page.items().stream().map(Rules.Row::currentVersionId).toList()));
        model.addAttribute("unread", rules.unread(school, me).stream().map(Rules.Row::id).toList());
        return Htmx.view(request, "safety/rules");
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('safety:rule:read')")
    String rule(CurrentUser me, @PathVariable long id, @RequestParam(required = false) Integer v, Model model) {
        long school = me.requireSchool();
        Rules.Row rule = find(school, id);
        List<Rules.Version> versions = rules.versions(school, id);
        model.addAttribute("rule", rule);
        model.addAttribute("versions", versions);
        model.addAttribute("shown", versions.stream().filter(x -> v == null ? x.number() == rule.currentNumber()
                : x.number() == v).findFirst().orElseThrow(() -> new NotFoundException("rule version", id)));
        model.addAttribute("inForce", !rule.effectiveOn().isAfter(clock.today()));
        model.addAttribute("acknowledged", !rules.acknowledged(school, me, List.of(rule.currentVersionId())).isEmpty());
        model.addAttribute("roleNames", roleNames(school));
        if (me.can(SafetyPermissions.RULE_WRITE)) {
            model.addAttribute("readers", rules.readers(school, rule));
            VersionForm form = new VersionForm();
            form.setBody(rule.body());
            form.setEffectiveOn(clock.today());
            form.setVersion(rule.version());
            model.addAttribute("form", form);
        }
        return "safety/rule";
    }

    @PostMapping("/{id}/acknowledge")
    @PreAuthorize("hasAuthority('safety:rule:read')")
    String acknowledge(CurrentUser me, @PathVariable long id, RedirectAttributes redirect) {
        rules.acknowledge(me.requireSchool(), me, id);
        redirect.addFlashAttribute("flash", "rule.flash.acknowledged");
        return "redirect:/safety/rules/" + id;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('safety:rule:write')")
    String createForm(CurrentUser me, Model model) {
        RuleForm form = new RuleForm();
        form.setEffectiveOn(clock.today());
        return form(model, me.requireSchool(), form);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('safety:rule:write')")
    String create(CurrentUser me, @Valid @ModelAttribute("form") RuleForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        long school = me.requireSchool();
        return Forms.submit(errors, redirect, () -> rules.create(school, me, form), id -> "/safety/rules/" + id,
                () -> form(model, school, form));
    }

    @PostMapping("/{id}/versions")
    @PreAuthorize("hasAuthority('safety:rule:write')")
    String addVersion(CurrentUser me, @PathVariable long id, @Valid @ModelAttribute("form") VersionForm form,
                      BindingResult errors, Model model, RedirectAttributes redirect) {
        long school = me.requireSchool();
        return Forms.submit(errors, redirect, () -> rules.addVersion(school, me, id, form), "/safety/rules/" + id,
                () -> {
                    model.addAttribute("form", form);
                    return rule(me, id, null, model);
                });
    }

    @PostMapping("/library")
    @PreAuthorize("hasAuthority('safety:rule:write')")
    String copyLibrary(CurrentUser me, RedirectAttributes redirect) {
        rules.copyLibrary(me.requireSchool(), me, List.of());
        redirect.addFlashAttribute("flash", "rule.flash.library");
        return "redirect:/safety/rules";
    }

    private java.util.Map<String, String> roleNames(long school) {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        iam.roles(school).forEach(role -> names.put(role.code(), role.name()));
        return names;
    }

    private Rules.Row find(long school, long id) {
        return rules.find(school, id).orElseThrow(() -> new NotFoundException("rule", id));
    }

    private String form(Model model, long school, RuleForm form) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", RuleKind.values());
        model.addAttribute("roles", iam.roles(school));
        return "safety/rule-form";
    }
}
