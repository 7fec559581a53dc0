package org.houqin.approval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.houqin.organization.OrganizationApi;
import org.houqin.organization.SchoolCreated;
import org.houqin.platform.security.SystemWork;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives schools the approval rules the modules declared ({@link DefaultApprovalRules}): a new school in the
 * transaction that creates it; an existing school once per document type it never had defaults for, at start-up
 * (a module added by an upgrade). A school that changed or removed its rules keeps them as they are.
 */
@Component
class ApprovalDefaults implements ApplicationRunner {

    private final Map<String, List<Approvals.RuleSpec>> byType = new LinkedHashMap<>();
    private final ApprovalRules ruleBook;
    private final RuleStore rules;
    private final OrganizationApi organization;
    private final TransactionTemplate transaction;

    ApprovalDefaults(List<DefaultApprovalRules> declared, ApprovalRules ruleBook, RuleStore rules,
                     OrganizationApi organization, TransactionTemplate transaction) {
        declared.forEach(d -> d.rules().forEach(rule ->
                byType.computeIfAbsent(rule.documentType(), t -> new java.util.ArrayList<>()).add(rule)));
        this.ruleBook = ruleBook;
        this.rules = rules;
        this.organization = organization;
        this.transaction = transaction;
    }

    @EventListener
    void on(SchoolCreated school) {
        byType.keySet().forEach(type -> apply(school.schoolId(), type));
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemWork.run(() -> transaction.executeWithoutResult(status -> {
            for (OrganizationApi.SchoolRef ref : organization.schools()) {
                long school = ref.id();
                Set<String> given = rules.defaultsApplied(school);
                byType.keySet().stream().filter(type -> !given.contains(type)).forEach(type -> apply(school, type));
            }
        }));
    }

    private void apply(long schoolId, String type) {
        if (rules.markDefaultsApplied(schoolId, type)) {
            byType.get(type).forEach(rule -> ruleBook.add(schoolId, rule));
        }
    }
}
