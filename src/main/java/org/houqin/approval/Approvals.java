package org.houqin.approval;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;
import org.houqin.audit.AuditLog;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.RuleViolation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What business modules use: submit a document, let its approvers decide step by step, learn the end through
 * the document type's {@link ApprovalHandler}, show the history on the document's page with {@link #panel}. Nobody
 * decides their own document; a decision on a stale page or a closed submission is refused. The inbox pages use the
 * rest; the rules admin's commands are {@link ApprovalRules}', delegations (代理审批) {@link Delegations}'.
 */
@Service
public class Approvals {

    /**
     * A step as a rule describes it: a role (only its holders in the submitter's department, if asked) or a person.
     * A role step may name a fallback role: when nobody but the submitter holds the step, it goes to that role's
     * holders at the school (审批人为空时转交).
     */
    public record StepSpec(String roleCode, boolean sameDepartment, Long userId, String fallbackRoleCode) {

        /** A step without a fallback: skipped when nobody but the submitter can decide it. */
        public StepSpec(String roleCode, boolean sameDepartment, Long userId) {
            this(roleCode, sameDepartment, userId, null);
        }
    }

    /** A submission waiting for the reader, with the step it waits at. */
    @Schema(name = "ApprovalWaiting")
    public record Waiting(long requestId, String documentType, long documentId, String documentNumber, String title,
                          BigDecimal amount, int position, int steps, Instant submittedAt, int version,
                          String submitterName, String link) {
    }

    /**
     * One step of a submission as its history shows it: who should approve, and what was decided by whom. The status
     * is WAITING (its turn), QUEUED (not reached yet), APPROVED, REJECTED, RETURNED, CANCELLED (no longer needed) or
     * SKIPPED, with a {@code skipReason}: NO_DECIDER (nobody but the submitter could decide it) or ALREADY_APPROVED
     * (everyone who could approved an earlier step). {@code reroutedFrom} names the role the rule asked for when
     * nobody else held it and the step went to its fallback role.
     */
    public record HistoryEntry(int position, String approverLabel, String status, String decidedByName,
                               String decidedForName, Instant decidedAt, String comment, String reroutedFrom,
                               String skipReason) {
    }

    /** One submission of a document (a returned document is submitted again) with its steps. */
    public record SubmissionView(long requestId, String status, Instant submittedAt, String submitterName,
                                 Instant decidedAt, List<HistoryEntry> steps) {
    }

    /** What a document's page shows: every submission, oldest first, and the reader's waiting step if any. */
    public record Panel(List<SubmissionView> submissions, Optional<Waiting> mine) {

        public boolean empty() {
            return submissions.isEmpty();
        }
    }

    /** A submission in a list: what, how much, where it stands. */
    @Schema(name = "ApprovalSummary")
    public record Summary(long requestId, String documentType, long documentId, String documentNumber, String title,
                          BigDecimal amount, String status, Integer position, int steps, String submitterName,
                          Instant submittedAt, Instant decidedAt, String link, int version) {
    }

    /** A step the reader decided (for someone else when {@code decidedForName} is set). */
    @Schema(name = "ApprovalHandled")
    public record Handled(long requestId, String documentType, String documentNumber, String title, BigDecimal amount,
                          String requestStatus, int position, String decision, String decidedForName,
                          Instant decidedAt, String comment, String link) {
    }

    /** A rule as the admin writes it; amounts are the range [min, max), either end open when null. */
    public record RuleSpec(String documentType, String name, BigDecimal minAmount, BigDecimal maxAmount,
                           String category, int priority, List<StepSpec> steps) {
    }

    private static final int LIST_LIMIT = 50;
    /** Audit actions of their own: the repairs module already labels APPROVE and REJECT for its decisions. */
    private static final Map<Decision, String> AUDIT_ACTIONS = Map.of(Decision.APPROVE, "AGREE",
            Decision.REJECT, "DISAGREE", Decision.RETURN, "RETURN");

    private final ApprovalStore store;
    private final StepRouting routing;
    private final RuleStore rules;
    private final Approvers approvers;
    private final ApprovalViews views;
    private final ApprovalRules ruleBook;
    private final Delegations delegations;
    private final ApprovalNotices notices;
    private final AuditLog audit;
    private final ApprovalHandlers handlers;
    private final SchoolClock clock;

    Approvals(ApprovalStore store, StepRouting routing, RuleStore rules, Approvers approvers, ApprovalViews views,
              ApprovalRules ruleBook, Delegations delegations, ApprovalNotices notices, AuditLog audit,
              ApprovalHandlers handlers, SchoolClock clock) {
        this.store = store;
        this.routing = routing;
        this.rules = rules;
        this.approvers = approvers;
        this.views = views;
        this.ruleBook = ruleBook;
        this.delegations = delegations;
        this.notices = notices;
        this.audit = audit;
        this.handlers = handlers;
        this.clock = clock;
    }

    /**
     * Starts the approval of a document; with no rule for it, it is approved at once. Refused when no step of the
     * rule has anyone but the submitter to decide it, even through a fallback role.
     */
    @Transactional
    public long submit(long schoolId, Submission submission) {
        handlers.require(submission.documentType());
        Instant now = clock.now();
        Optional<RuleChoice.Candidate> rule = RuleChoice.choose(rules.candidates(schoolId, submission.documentType()),
                submission.amount(), submission.category());
        try {
            if (rule.isEmpty()) {
                long id = store.insertRequest(schoolId, submission, null, "APPROVED", null, now);
                audit.changedIn(schoolId, "approval", "submission", id, "SUBMIT", null, Map.of("status", "APPROVED"));
                handlers.dispatch(new ApprovalDecided(schoolId, id, submission.documentType(), submission.documentId(),
                        ApprovalDecided.Outcome.APPROVED, submission.submitterUserId()));
                return id;
            }
            long id = store.insertRequest(schoolId, submission, rule.get().id(), "PENDING", 1, now);
            store.copySteps(schoolId, id, rule.get().id());
            ApprovalStore.Request request = store.request(schoolId, id).orElseThrow();
            ApprovalStore.Step waiting = routing.nextWaiting(schoolId, request, 1, now)
                    .orElseThrow(() -> RuleViolation.of("approval.nobody"));
            store.moveOn(id, "PENDING", waiting.position(), null);
            audit.changedIn(schoolId, "approval", "submission", id, "SUBMIT", null,
                    Map.of("status", "PENDING", "rule", rule.get().id(), "step", waiting.position()));
            notices.waiting(schoolId, request, waiting);
            return id;
        } catch (DuplicateKeyException e) {
            throw RuleViolation.of("approval.alreadyPending");
        }
    }

    /**
     * One approver's answer at the step the submission waits at. After an approval the submission moves to the next
     * step someone still has to decide; when the remaining steps are all skipped, it is approved.
     */
    @Transactional
    public ApprovalDecided.Outcome decide(long schoolId, CurrentUser me, long requestId, int version, Decision decision,
                                          String comment) {
        ApprovalStore.Request request = pendingAt(schoolId, requestId, version);
        if (request.submitterUserId() == me.userId()) {
            throw RuleViolation.of("approval.ownDocument");
        }
        int position = request.currentPosition();
        List<ApprovalStore.Step> steps = store.steps(schoolId, requestId);
        long onBehalfOf = approvers.actingFor(schoolId, me.userId(), request, steps.get(position - 1))
                .orElseThrow(() -> RuleViolation.of("approval.notYourStep"));
        String reason = DecisionReason.of(decision, comment);
        Instant now = clock.now();
        String stepStatus = decision == Decision.APPROVE ? "APPROVED" : decision == Decision.REJECT ? "REJECTED" : "RETURNED";
        if (!store.claim(schoolId, requestId, version) || !store.decideStep(requestId, position, stepStatus,
                me.userId(), onBehalfOf == me.userId() ? null : onBehalfOf, reason, now)) {
            throw new OptimisticLockingFailureException("approval " + requestId + " decided meanwhile");
        }
        Optional<ApprovalStore.Step> next = decision == Decision.APPROVE
                ? routing.nextWaiting(schoolId, request, position + 1, now) : Optional.empty();
        boolean goesOn = next.isPresent();
        String status = goesOn ? "PENDING" : stepStatus;
        store.moveOn(requestId, status, next.map(ApprovalStore.Step::position).orElse(null), goesOn ? null : now);
        Map<String, Object> after = new HashMap<>(Map.of("status", status, "step", position));
        after.put("comment", reason);
        after.put("for", onBehalfOf == me.userId() ? null : onBehalfOf);
        audit.changedIn(schoolId, "approval", "submission", requestId, AUDIT_ACTIONS.get(decision),
                Map.of("status", "PENDING", "step", position), after);
        ApprovalStore.Request decided = store.request(schoolId, requestId).orElseThrow();
        if (goesOn) {
            notices.waiting(schoolId, decided, next.get());
            return null;
        }
        store.cancelRemaining(requestId);
        ApprovalDecided.Outcome outcome = ApprovalDecided.Outcome.valueOf(status);
        notices.ended(schoolId, decided, outcome, me.displayName(), reason);
        handlers.dispatch(new ApprovalDecided(schoolId, requestId, request.documentType(), request.documentId(),
                outcome, me.userId()));
        return outcome;
    }

    /** The submission as the approver's page showed it: still at that version and still pending. */
    private ApprovalStore.Request pendingAt(long schoolId, long requestId, int version) {
        ApprovalStore.Request request = store.request(schoolId, requestId)
                .orElseThrow(() -> new NotFoundException("approval", requestId));
        if (request.version() != version) {
            throw new OptimisticLockingFailureException("approval " + requestId + " changed");
        }
        if (!"PENDING".equals(request.status())) {
            throw RuleViolation.of("approval.closed");
        }
        return request;
    }

    /** The submitter takes back a pending submission: it ends as withdrawn, its waiting steps are cancelled. */
    @Transactional
    public void withdraw(long schoolId, CurrentUser me, String documentType, long documentId) {
        ApprovalStore.Request request = store.ofDocument(schoolId, documentType, documentId).stream()
                .filter(r -> "PENDING".equals(r.status())).findFirst()
                .orElseThrow(() -> RuleViolation.of("approval.notPending"));
        if (request.submitterUserId() != me.userId()) {
            throw RuleViolation.of("approval.notYours");
        }
        if (!store.advance(schoolId, request.id(), request.version(), "WITHDRAWN", null, clock.now())) {
            throw new OptimisticLockingFailureException("approval " + request.id() + " decided meanwhile");
        }
        store.cancelRemaining(request.id());
        audit.changedIn(schoolId, "approval", "submission", request.id(), "WITHDRAW", Map.of("status", "PENDING"),
                Map.of("status", "WITHDRAWN"));
    }

    /** The submissions waiting at a step the user may decide, themselves or for someone who delegated to them. */
    @Transactional(readOnly = true)
    public List<Waiting> inbox(long schoolId, CurrentUser me) {
        return views.waiting(store.waitingFor(schoolId, me.userId(), approvers.actorsOf(schoolId, me.userId()), 500));
    }

    /** One page of {@link #inbox}, oldest first, for the API. */
    @Transactional(readOnly = true)
    public PageResult<Waiting> inbox(long schoolId, CurrentUser me, ListQuery query) {
        PageResult<ApprovalStore.Request> page = store.waitingPage(schoolId, me.userId(),
                approvers.actorsOf(schoolId, me.userId()), query);
        return new PageResult<>(views.waiting(page.items()), page.page(), page.total(), page.pageSize());
    }

    /** How many submissions wait for the user: {@link #inbox}'s size, counted by the database. */
    @Transactional(readOnly = true)
    public long inboxCount(long schoolId, CurrentUser me) {
        return store.countWaitingFor(schoolId, me.userId(), approvers.actorsOf(schoolId, me.userId()));
    }

    /** The approval history of a document and, when the reader may decide its waiting step, that step. */
    @Transactional(readOnly = true)
    public Panel panel(long schoolId, CurrentUser me, String documentType, long documentId) {
        return views.panel(schoolId, me, store.ofDocument(schoolId, documentType, documentId));
    }

    /** A submission, if the reader submitted it, decided a step of its document or may decide it now. */
    @Transactional(readOnly = true)
    public Optional<Summary> submission(long schoolId, CurrentUser me, long requestId) {
        return store.request(schoolId, requestId)
                .filter(r -> r.submitterUserId() == me.userId()
                        || store.tookPart(schoolId, me.userId(), r.documentType(), r.documentId())
                        || panel(schoolId, me, r.documentType(), r.documentId()).mine().isPresent())
                .map(r -> views.summaries(List.of(r)).get(0));
    }

    /** Where a decision on the submission leads back to: its document's page. */
    @Transactional(readOnly = true)
    public Optional<String> link(long schoolId, long requestId) {
        return store.request(schoolId, requestId).map(ApprovalStore.Request::link);
    }

    /** The reader's latest submissions, newest first. */
    @Transactional(readOnly = true)
    public List<Summary> submittedBy(long schoolId, CurrentUser me) {
        return views.summaries(store.submittedBy(schoolId, me.userId(), LIST_LIMIT));
    }

    /** The steps the reader decided lately, newest first. */
    @Transactional(readOnly = true)
    public List<Handled> decidedBy(long schoolId, CurrentUser me) {
        return views.handled(store.decidedBy(schoolId, me.userId(), LIST_LIMIT));
    }

    /** Hands one's approvals to someone of the same school for a date range (代理审批): {@link Delegations#create}. */
    @Transactional
    public long delegate(long schoolId, long fromUserId, long toUserId, LocalDate startsOn, LocalDate endsOn) {
        return delegations.create(schoolId, fromUserId, toUserId, startsOn, endsOn);
    }

    /** Adds a rule with its ordered steps: {@link ApprovalRules#add}. */
    @Transactional
    public long addRule(long schoolId, String documentType, String name, BigDecimal minAmount, BigDecimal maxAmount,
                        String category, int priority, List<StepSpec> steps) {
        return ruleBook.add(schoolId, new RuleSpec(documentType, name, minAmount, maxAmount, category, priority,
                steps));
    }
}
