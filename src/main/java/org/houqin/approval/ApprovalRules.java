package org.houqin.approval;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.houqin.audit.AuditLog;
import org.houqin.iam.IamApi;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 审批规则: the rules admin's commands and views, every change checked, version-guarded and audited; submissions in
 * flight keep the steps they were given.
 */
@Service
public class ApprovalRules {

    static final int MAX_STEPS = 5;

    /** A rule's step; the label says who approves and, if any, the fallback role. */
    public record RuleStepView(int position, String roleCode, boolean sameDepartment, Long userId,
                               String fallbackRoleCode, String label) {
    }

    public record RuleView(long id, String documentType, String name, BigDecimal minAmount, BigDecimal maxAmount,
                           String category, int priority, boolean active, int version, List<RuleStepView> steps) {
    }

    private final RuleStore rules;
    private final ApprovalViews views;
    private final IamApi iam;
    private final AuditLog audit;

    ApprovalRules(RuleStore rules, ApprovalViews views, IamApi iam, AuditLog audit) {
        this.rules = rules;
        this.views = views;
        this.iam = iam;
        this.audit = audit;
    }

    /** Adds a rule with its ordered steps. */
    @Transactional
    public long add(long schoolId, Approvals.RuleSpec spec) {
        check(schoolId, spec);
        long id = rules.insert(schoolId, spec);
        rules.replaceSteps(schoolId, id, spec.steps());
        audit.changedIn(schoolId, "approval", "rule", id, "CREATE", null, snapshot(schoolId, id));
        return id;
    }

    /** Changes a rule and its steps if nobody did since {@code version}. */
    @Transactional
    public void update(long schoolId, long id, int version, Approvals.RuleSpec spec) {
        Map<String, Object> before = snapshot(schoolId, id);
        check(schoolId, spec);
        if (!rules.update(schoolId, id, version, spec)) {
            throw new OptimisticLockingFailureException("approval rule " + id + " changed");
        }
        rules.replaceSteps(schoolId, id, spec.steps());
        audit.changedIn(schoolId, "approval", "rule", id, "UPDATE", before, snapshot(schoolId, id));
    }

    /** Switches a rule on or off, if nobody changed it since {@code version}. */
    @Transactional
    public void setActive(long schoolId, long id, int version, boolean active) {
        Map<String, Object> before = snapshot(schoolId, id);
        if (!rules.setActive(schoolId, id, version, active)) {
            throw new OptimisticLockingFailureException("approval rule " + id + " changed");
        }
        audit.changedIn(schoolId, "approval", "rule", id, active ? "ENABLE" : "DISABLE", before,
                snapshot(schoolId, id));
    }

    /** The school's rules by document type, active ones first, each with its steps in order. */
    @Transactional(readOnly = true)
    public List<RuleView> all(long schoolId) {
        Map<Long, List<RuleStore.RuleStep>> steps = rules.steps(schoolId).stream()
                .collect(Collectors.groupingBy(RuleStore.RuleStep::ruleId));
        Map<String, String> roles = views.roleNames(schoolId);
        Map<Long, String> names = iam.displayNames(steps.values().stream().flatMap(List::stream)
                .map(RuleStore.RuleStep::userId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return rules.all(schoolId).stream().map(rule -> new RuleView(rule.id(), rule.documentType(),
                rule.name(), rule.minAmount(), rule.maxAmount(), rule.category(), rule.priority(), rule.active(),
                rule.version(), steps.getOrDefault(rule.id(), List.of()).stream()
                .map(s -> new RuleStepView(s.position(), s.roleCode(), s.sameDepartment(), s.userId(),
                        s.fallbackRoleCode(), views.ruleStepLabel(s, roles, names)))
                .toList())).toList();
    }

    @Transactional(readOnly = true)
    public Optional<RuleView> find(long schoolId, long id) {
        return all(schoolId).stream().filter(rule -> rule.id() == id).findFirst();
    }

    /** The rules the database would also refuse, said at the field they concern. */
    private void check(long schoolId, Approvals.RuleSpec spec) {
        if (spec.minAmount() != null && spec.maxAmount() != null && spec.minAmount().compareTo(spec.maxAmount()) >= 0) {
            throw new RuleViolation("maxAmount", "approval.rule.range");
        }
        if (spec.steps().isEmpty()) {
            throw new RuleViolation("steps", "approval.rule.noSteps");
        }
        if (spec.steps().size() > MAX_STEPS) {
            throw new RuleViolation("steps", "approval.rule.tooManySteps", MAX_STEPS);
        }
        List<String> roles = iam.roles(schoolId).stream().map(IamApi.RoleRef::code).toList();
        List<Long> users = iam.usersOfSchool(schoolId);
        for (int i = 0; i < spec.steps().size(); i++) {
            Approvals.StepSpec step = spec.steps().get(i);
            String field = "steps[" + i + "].roleCode";
            if ((step.roleCode() == null) == (step.userId() == null)) {
                throw new RuleViolation(field, step.roleCode() == null ? "approval.rule.step.nobody"
                        : "approval.rule.step.both");
            }
            if (step.roleCode() != null && !roles.contains(step.roleCode())) {
                throw new RuleViolation(field, "approval.rule.step.unknownRole");
            }
            if (step.userId() != null && !users.contains(step.userId())) {
                throw new RuleViolation("steps[" + i + "].userId", "approval.rule.step.unknownUser");
            }
            if (step.fallbackRoleCode() != null) {
                checkFallback(step, roles, "steps[" + i + "].fallbackRoleCode");
            }
        }
    }

    /** A fallback stands in for the holders of a role; a named person has none to stand in for. */
    private static void checkFallback(Approvals.StepSpec step, List<String> roles, String field) {
        if (step.roleCode() == null) {
            throw new RuleViolation(field, "approval.rule.step.fallbackForRole");
        }
        if (!roles.contains(step.fallbackRoleCode())) {
            throw new RuleViolation(field, "approval.rule.step.unknownRole");
        }
    }

    private Map<String, Object> snapshot(long schoolId, long id) {
        RuleView rule = find(schoolId, id).orElseThrow(() -> new NotFoundException("approval rule", id));
        Map<String, Object> state = new HashMap<>();
        state.put("documentType", rule.documentType());
        state.put("name", rule.name());
        state.put("minAmount", rule.minAmount());
        state.put("maxAmount", rule.maxAmount());
        state.put("category", rule.category());
        state.put("priority", rule.priority());
        state.put("active", rule.active());
        state.put("steps", rule.steps().stream()
                .map(s -> new Approvals.StepSpec(s.roleCode(), s.sameDepartment(), s.userId(), s.fallbackRoleCode()))
                .toList());
        return state;
    }
}
