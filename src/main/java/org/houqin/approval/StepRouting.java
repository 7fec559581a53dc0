package org.houqin.approval;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Which step a submission waits at next, at the submit and after each approval. A step that nobody but the submitter
 * holds goes to its fallback role (审批人为空时转交) when someone else holds that role; otherwise it is skipped, and so
 * is a step whose holders all approved an earlier step of the submission already: nobody is asked twice.
 */
@Component
class StepRouting {

    static final String NO_DECIDER = "NO_DECIDER";
    static final String ALREADY_APPROVED = "ALREADY_APPROVED";

    private final ApprovalStore store;
    private final Approvers approvers;

    StepRouting(ApprovalStore store, Approvers approvers) {
        this.store = store;
        this.approvers = approvers;
    }

    /**
     * Settles the steps from {@code from} on until one has someone to wait for, and returns that step as it now
     * stands (re-pointed at its fallback role if it was); empty when every remaining step was skipped.
     */
    Optional<ApprovalStore.Step> nextWaiting(long schoolId, ApprovalStore.Request request, int from, Instant now) {
        List<ApprovalStore.Step> steps = store.steps(schoolId, request.id());
        Set<Long> approved = steps.stream().filter(step -> step.position() < from)
                .map(ApprovalStore.Step::approvedInNameOf).filter(Objects::nonNull).collect(Collectors.toSet());
        for (ApprovalStore.Step step : steps.stream().filter(s -> s.position() >= from).toList()) {
            ApprovalStore.Step asked = step;
            Set<Long> holders = approvers.holders(schoolId, request, step);
            if (holders.isEmpty() && step.fallbackRoleCode() != null) {
                asked = step.reroutedTo(step.fallbackRoleCode());
                holders = approvers.holders(schoolId, request, asked);
            }
            if (holders.isEmpty() || approved.containsAll(holders)) {
                store.skip(request.id(), step.position(), holders.isEmpty() ? NO_DECIDER : ALREADY_APPROVED, now);
            } else {
                if (asked != step) {
                    store.reroute(request.id(), step.position(), asked.roleCode());
                }
                return Optional.of(asked);
            }
        }
        return Optional.empty();
    }
}
