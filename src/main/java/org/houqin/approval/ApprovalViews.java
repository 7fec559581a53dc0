package org.houqin.approval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.houqin.iam.IamApi;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Texts;
import org.springframework.stereotype.Component;

/** Turns submissions and steps into what pages show: names instead of ids, "who approves" in words. */
@Component
class ApprovalViews {

    private final ApprovalStore store;
    private final Approvers approvers;
    private final IamApi iam;
    private final Texts texts;

    ApprovalViews(ApprovalStore store, Approvers approvers, IamApi iam, Texts texts) {
        this.store = store;
        this.approvers = approvers;
        this.iam = iam;
        this.texts = texts;
    }

    Approvals.Panel panel(long schoolId, CurrentUser me, List<ApprovalStore.Request> requests) {
        List<ApprovalStore.Step> steps = requests.isEmpty() ? List.of()
                : store.steps(schoolId, requests.stream().map(ApprovalStore.Request::id).toList());
        Map<Long, String> names = iam.displayNames(Stream.concat(
                requests.stream().map(ApprovalStore.Request::submitterUserId),
                steps.stream().flatMap(s -> Stream.of(s.userId(), s.decidedBy(), s.decidedFor()))).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<String, String> roles = roleNames(schoolId);
        List<Approvals.SubmissionView> views = new ArrayList<>();
        Optional<Approvals.Waiting> mine = Optional.empty();
        for (ApprovalStore.Request request : requests) {
            List<ApprovalStore.Step> own = steps.stream().filter(s -> s.requestId() == request.id()).toList();
            views.add(new Approvals.SubmissionView(request.id(), request.status(), request.submittedAt(),
                    names.get(request.submitterUserId()), request.decidedAt(),
                    own.stream().map(step -> entry(request, step, roles, names)).toList()));
            if ("PENDING".equals(request.status())) {
                mine = own.stream().filter(s -> s.position() == request.currentPosition()).findFirst()
                        .filter(step -> approvers.actingFor(schoolId, me.userId(), request, step).isPresent())
                        .map(step -> waiting(request, names));
            }
        }
        return new Approvals.Panel(views, mine);
    }

    /** Inbox rows, with the submitters' names. */
    List<Approvals.Waiting> waiting(Collection<ApprovalStore.Request> requests) {
        Map<Long, String> names = iam.displayNames(submitters(requests));
        return requests.stream().map(request -> waiting(request, names)).toList();
    }

    List<Approvals.Summary> summaries(Collection<ApprovalStore.Request> requests) {
        Map<Long, String> names = iam.displayNames(submitters(requests));
        return requests.stream().map(r -> new Approvals.Summary(r.id(), r.documentType(), r.documentId(),
                r.documentNumber(), r.title(), r.amount(), r.status(), r.currentPosition(), r.steps(),
                names.get(r.submitterUserId()), r.submittedAt(), r.decidedAt(), r.link(), r.version())).toList();
    }

    List<Approvals.Handled> handled(List<ApprovalStore.Decided> steps) {
        Map<Long, String> names = iam.displayNames(steps.stream().map(ApprovalStore.Decided::decidedFor)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return steps.stream().map(s -> new Approvals.Handled(s.requestId(), s.documentType(), s.documentNumber(),
                s.title(), s.amount(), s.requestStatus(), s.position(), s.status(),
                s.decidedFor() == null ? null : names.get(s.decidedFor()), s.decidedAt(), s.comment(), s.link()))
                .toList();
    }

    /** "部门负责人（本部门）", "分管副校长" or a person's name. */
    String approverLabel(String roleCode, boolean sameDepartment, Long userId, Map<String, String> roles,
                         Map<Long, String> names) {
        if (userId != null) {
            return names.getOrDefault(userId, "#" + userId);
        }
        String role = roles.getOrDefault(roleCode, roleCode);
        return sameDepartment ? texts.get("approval.step.sameDepartment", role) : role;
    }

    /** "部门负责人（本部门）", and its fallback when it has one: "…，无人时转交：分管副校长". */
    String ruleStepLabel(RuleStore.RuleStep step, Map<String, String> roles, Map<Long, String> names) {
        String label = approverLabel(step.roleCode(), step.sameDepartment(), step.userId(), roles, names);
        return step.fallbackRoleCode() == null ? label : texts.get("approval.rule.step.withFallback", label,
                roles.getOrDefault(step.fallbackRoleCode(), step.fallbackRoleCode()));
    }

    Map<String, String> roleNames(long schoolId) {
        return iam.roles(schoolId).stream()
                .collect(Collectors.toMap(IamApi.RoleRef::code, IamApi.RoleRef::name, (a, b) -> a));
    }

    /** A step the submission has not reached yet reads QUEUED rather than WAITING. */
    private Approvals.HistoryEntry entry(ApprovalStore.Request request, ApprovalStore.Step step,
                                         Map<String, String> roles, Map<Long, String> names) {
        boolean queued = "WAITING".equals(step.status()) && request.currentPosition() != null
                && step.position() > request.currentPosition();
        return new Approvals.HistoryEntry(step.position(),
                approverLabel(step.roleCode(), step.sameDepartment(), step.userId(), roles, names),
                queued ? "QUEUED" : step.status(),
                step.decidedBy() == null ? null : names.get(step.decidedBy()),
                step.decidedFor() == null ? null : names.get(step.decidedFor()), step.decidedAt(), step.comment(),
                step.reroutedFrom() == null ? null : roles.getOrDefault(step.reroutedFrom(), step.reroutedFrom()),
                step.skipReason());
    }

    private static Approvals.Waiting waiting(ApprovalStore.Request r, Map<Long, String> names) {
        return new Approvals.Waiting(r.id(), r.documentType(), r.documentId(), r.documentNumber(), r.title(), r.amount(),
                r.currentPosition(), r.steps(), r.submittedAt(), r.version(), names.get(r.submitterUserId()), r.link());
    }

    private static Set<Long> submitters(Collection<ApprovalStore.Request> requests) {
        Set<Long> ids = new HashSet<>();
        requests.forEach(r -> ids.add(r.submitterUserId()));
        return ids;
    }
}
