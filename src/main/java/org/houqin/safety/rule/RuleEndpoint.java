package org.houqin.safety.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.houqin.platform.api.ApiPage;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.Texts;
import org.houqin.safety.SafetyPermissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 规章制度与应急预案 over JSON: the rules in force, one rule with its versions, and acknowledging one. */
@RestController
@RequestMapping("/api/v1/safety/rules")
@Tag(name = "Safety rules", description = "规章制度与应急预案")
class RuleEndpoint {

    record RuleJson(long id, String title, RuleKind kind, String kindLabel, List<String> requiredRoles,
                    int currentNumber, LocalDate effectiveOn, String body, boolean acknowledged, int version,
                    List<VersionJson> versions, ReadersJson readers) {
    }

    record VersionJson(int number, LocalDate effectiveOn, String note, String body) {
    }

    record ReadersJson(long read, long required, BigDecimal percent, List<String> missing) {
    }

    private final Rules rules;
    private final Texts texts;

    RuleEndpoint(Rules rules, Texts texts) {
        this.rules = rules;
        this.texts = texts;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('safety:rule:read')")
    @Operation(summary = "List the rules in force", description = "kind = RULE, PLAN or PROCEDURE; q searches the "
            + "title; by kind and title; 20 per page. acknowledged tells whether the caller has read the version in "
            + "force; the text and the versions come with one rule.")
    ApiPage<RuleJson> list(CurrentUser me, @ModelAttribute ListQuery query,
                           @RequestParam(required = false) RuleKind kind) {
        long school = me.requireSchool();
        PageResult<Rules.Row> page = rules.inForce(school, query, kind);
        var read = rules.acknowledged(school, me, page.items().stream().map(Rules.Row::currentVersionId).toList());
        return ApiPage.of(page, r -> json(r, read.contains(r.currentVersionId()), null, null));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('safety:rule:read')")
    @Operation(summary = "One rule with its versions", description = "The version in force and the older ones; for "
            + "those who keep the library also who must read it and who has not read the version in force.")
    RuleJson get(CurrentUser me, @PathVariable long id) {
        long school = me.requireSchool();
        Rules.Row rule = rules.find(school, id).orElseThrow(() -> new NotFoundException("rule", id));
        List<VersionJson> versions = rules.versions(school, id).stream()
                .map(v -> new VersionJson(v.number(), v.effectiveOn(), v.note(), v.body())).toList();
        ReadersJson readers = null;
        if (me.can(SafetyPermissions.RULE_WRITE)) {
            Rules.Readers r = rules.readers(school, rule);
            readers = new ReadersJson(r.read(), r.required(), r.rate().percent(), r.missing());
        }
        boolean read = !rules.acknowledged(school, me, List.of(rule.currentVersionId())).isEmpty();
        return json(rule, read, versions, readers);
    }

    @PostMapping("/{id}/acknowledge")
    @PreAuthorize("hasAuthority('safety:rule:read')")
    @Operation(summary = "Acknowledge a rule (已阅)", description = "The caller has read the version in force; twice "
            + "is once. A rule not yet in force gets 409 (rule.notInForce).")
    RuleJson acknowledge(CurrentUser me, @PathVariable long id) {
        rules.acknowledge(me.requireSchool(), me, id);
        return get(me, id);
    }

    private RuleJson json(Rules.Row r, boolean acknowledged, List<VersionJson> versions, ReadersJson readers) {
        return new RuleJson(r.id(), r.title(), r.kind(), texts.label(r.kind()), r.roleList(), r.currentNumber(),
                r.effectiveOn(), versions == null ? null : r.body(), acknowledged, r.version(), versions, readers);
    }
}
