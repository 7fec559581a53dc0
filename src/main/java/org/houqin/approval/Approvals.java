package org.houqin.approval;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.houqin.audit.AuditLog;
import org.houqin.iam.IamApi;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What business modules use: submit a document, let its approvers decide step by step, learn the end through
 * {@link ApprovalDecided}. Nobody decides their own document; a decision on a stale page or a closed submission is
 * refused; a person away may hand their approvals to someone for a date range.
 */
@Service
public class Approvals {

    /** A step as a rule describes it: a role (only its holders in the submitter's department, if asked) or a person. */
    public record StepSpec(String roleCode, boolean sameDepartment, Long userId) {
    }

    /** A submission waiting for the reader, with the step it waits at. */
    public record Waiting(long requestId, String documentType, long documentId, String documentNumber, String title,
                          BigDecimal amount, int position, int steps, Instant submittedAt, int version) {
    }

    private static final ZoneId SCHOOL_ZONE = ZoneId.of("Asia/Shanghai");

    private final ApprovalStore store;
    private final IamApi iam;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Approvals(ApprovalStore store, IamApi iam, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.iam = iam;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Starts the approval of a document; with no rule for it, it is approved at once. */
    @Transactional
    public long submit(long schoolId, Submission submission) {
        Instant now = clock.instant();
        Optional<RuleChoice.Candidate> rule = RuleChoice.choose(store.rules(schoolId, submission.documentType()),
                submission.amount(), submission.category());
        try {
            if (rule.isEmpty()) {
                long id = store.insertRequest(schoolId, submission, null, "APPROVED", null, now);
                audit.changedIn(schoolId, "approval", "request", id, "SUBMIT", null, Map.of("status", "APPROVED"));
                events.publishEvent(new ApprovalDecided(schoolId, id, submission.documentType(), submission.documentId(),
                        ApprovalDecided.Outcome.APPROVED, submission.submitterUserId()));
                return id;
            }
            long id = store.insertRequest(schoolId, submission, rule.get().id(), "PENDING", 1, now);
            store.copySteps(schoolId, id, rule.get().id());
            audit.changedIn(schoolId, "approval", "request", id, "SUBMIT", null,
                    Map.of("status", "PENDING", "rule", rule.get().id()));
            return id;
        } catch (DuplicateKeyException e) {
            throw RuleViolation.of("approval.alreadyPending");
        }
    }

    /** One approver's answer at the step the submission waits at. */
    @Transactional
    public ApprovalDecided.Outcome decide(long schoolId, CurrentUser me, long requestId, int version, Decision decision,
                                          String comment) {
        ApprovalStore.Request request = store.request(schoolId, requestId)
                .orElseThrow(() -> new NotFoundException("approval", requestId));
        if (request.version() != version) {
            throw new OptimisticLockingFailureException("approval " + requestId + " changed");
        }
        if (!"PENDING".equals(request.status())) {
            throw RuleViolation.of("approval.closed");
        }
        if (request.submitterUserId() == me.userId()) {
            throw RuleViolation.of("approval.ownDocument");
        }
        if (decision != Decision.APPROVE && (comment == null || comment.isBlank())) {
            throw new RuleViolation("comment", "approval.comment.required");
        }
        int position = request.currentPosition();
        ApprovalStore.Step step = store.steps(schoolId, requestId).stream().filter(s -> s.position() == position)
                .findFirst().orElseThrow();
        Long onBehalfOf = actingFor(schoolId, me, request, step)
                .orElseThrow(() -> RuleViolation.of("approval.notYourStep"));
        Instant now = clock.instant();
        String stepStatus = switch (decision) {
            case APPROVE -> "APPROVED";
            case REJECT -> "REJECTED";
            case RETURN -> "RETURNED";
        };
        boolean last = position >= store.stepCount(requestId);
        String status = decision == Decision.APPROVE ? (last ? "APPROVED" : "PENDING") : stepStatus;
        if (!store.advance(schoolId, requestId, version, status, "PENDING".equals(status) ? position + 1 : null,
                "PENDING".equals(status) ? null : now)
                || !store.decideStep(requestId, position, stepStatus, me.userId(),
                onBehalfOf == me.userId() ? null : onBehalfOf, comment, now)) {
            throw new OptimisticLockingFailureException("approval " + requestId + " decided meanwhile");
        }
        Map<String, Object> after = new HashMap<>();
        after.put("status", status);
        after.put("step", position);
        after.put("comment", comment);
        audit.changedIn(schoolId, "approval", "request", requestId, decision.name(), Map.of("status", "PENDING"), after);
        if ("PENDING".equals(status)) {
            return null;
        }
        store.cancelRemaining(requestId);
        ApprovalDecided.Outcome outcome = ApprovalDecided.Outcome.valueOf(status);
        events.publishEvent(new ApprovalDecided(schoolId, requestId, request.documentType(), request.documentId(),
                outcome, me.userId()));
        return outcome;
    }

    /** The submissions waiting at a step the user may decide, themselves or for someone who delegated to them. */
    @Transactional(readOnly = true)
    public List<Waiting> inbox(long schoolId, CurrentUser me) {
        List<Waiting> waiting = new ArrayList<>();
        for (ApprovalStore.Request request : store.pending(schoolId)) {
            if (request.submitterUserId() == me.userId()) {
                continue;
            }
            List<ApprovalStore.Step> steps = store.steps(schoolId, request.id());
            steps.stream().filter(s -> s.position() == request.currentPosition()).findFirst()
                    .filter(step -> actingFor(schoolId, me, request, step).isPresent())
                    .ifPresent(step -> waiting.add(new Waiting(request.id(), request.documentType(), request.documentId(),
                            request.documentNumber(), request.title(), request.amount(), step.position(), steps.size(),
                            request.submittedAt(), request.version())));
        }
        return waiting;
    }

    /** Hands one's approvals to someone else for a date range (代理审批). */
    @Transactional
    public long delegate(long schoolId, long fromUserId, long toUserId, LocalDate startsOn, LocalDate endsOn) {
        if (fromUserId == toUserId) {
            throw new RuleViolation("toUserId", "approval.delegation.self");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new RuleViolation("endsOn", "approval.delegation.dates");
        }
        long id = store.insertDelegation(schoolId, fromUserId, toUserId, startsOn, endsOn);
        audit.changedIn(schoolId, "approval", "delegation", id, "CREATE", null,
                Map.of("from", fromUserId, "to", toUserId, "startsOn", startsOn.toString(), "endsOn", endsOn.toString()));
        return id;
    }

    /** Adds a rule with its ordered steps (the admin's rule pages build on this). */
    @Transactional
    public long addRule(long schoolId, String documentType, String name, BigDecimal minAmount, BigDecimal maxAmount,
                        String category, int priority, List<StepSpec> steps) {
        if (steps.isEmpty()) {
            throw new RuleViolation("steps", "approval.rule.noSteps");
        }
        long id = store.insertRule(schoolId, documentType, name, minAmount, maxAmount, category, priority);
        for (int i = 0; i < steps.size(); i++) {
            StepSpec step = steps.get(i);
            store.insertRuleStep(schoolId, id, i + 1, step.roleCode(), step.sameDepartment(), step.userId());
        }
        audit.changedIn(schoolId, "approval", "rule", id, "CREATE", null, Map.of("documentType", documentType,
                "name", name, "steps", steps.size()));
        return id;
    }

    /**
     * Whom the user decides for at this step: themselves if the step is theirs, else someone who delegated to them
     * today and whose step it is (never the submitter).
     */
    private Optional<Long> actingFor(long schoolId, CurrentUser me, ApprovalStore.Request request,
                                     ApprovalStore.Step step) {
        if (holds(schoolId, me.userId(), request, step)) {
            return Optional.of(me.userId());
        }
        LocalDate today = clock.instant().atZone(SCHOOL_ZONE).toLocalDate();
        return store.delegators(schoolId, me.userId(), today).stream()
                .filter(from -> from != request.submitterUserId())
                .filter(from -> holds(schoolId, from, request, step)).findFirst();
    }

    private boolean holds(long schoolId, long userId, ApprovalStore.Request request, ApprovalStore.Step step) {
        if (step.userId() != null) {
            return step.userId() == userId;
        }
        if (!iam.hasRole(schoolId, userId, step.roleCode())) {
            return false;
        }
        return !step.sameDepartment() || (request.departmentId() != null
                && iam.departmentOf(userId).filter(request.departmentId()::equals).isPresent());
    }
}
