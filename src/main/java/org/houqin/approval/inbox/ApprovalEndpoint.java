package org.houqin.approval.inbox;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.houqin.approval.ApprovalDecided;
import org.houqin.approval.ApprovalPermissions;
import org.houqin.approval.Approvals;
import org.houqin.approval.Decision;
import org.houqin.platform.api.ApiPage;
import org.houqin.platform.api.IfMatch;
import org.houqin.platform.api.StaleVersion;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The approver's inbox and decisions over JSON, with the same rules as the pages. */
@RestController
@RequestMapping("/api/v1/approvals")
@Tag(name = "Approvals", description = "审批待办")
class ApprovalEndpoint {

    /** A decision: APPROVE (同意), RETURN (退回修改) or REJECT (不同意); the last two need a comment. */
    record DecisionJson(@NotNull Decision decision, @Size(max = 500) String comment, Integer version) {
    }

    /** Where the submission stands after the decision: PENDING at its next step, or how it ended. */
    record DecidedJson(long requestId, String status, ApprovalDecided.Outcome outcome) {
    }

    /**
     * A submission with its steps. {@code mayDecide} says whether the caller may decide its waiting step now; send
     * {@code version} back with the decision.
     */
    record SubmissionJson(long requestId, int version, boolean mayDecide, Approvals.Summary submission,
                          List<Approvals.HistoryEntry> steps) {
    }

    private final Approvals approvals;

    ApprovalEndpoint(Approvals approvals) {
        this.approvals = approvals;
    }

    @GetMapping("/inbox")
    @PreAuthorize(ApprovalPermissions.INBOX_RULE)
    @Operation(summary = "Submissions waiting for me", description = "Oldest first, pages of 20 (page): those at a "
            + "step I may decide, myself or for someone who delegated to me today. Send the version back with the "
            + "decision.")
    ApiPage<Approvals.Waiting> inbox(@Parameter(hidden = true) CurrentUser me, @ModelAttribute ListQuery query) {
        var page = approvals.inbox(me.requireSchool(), me, query);
        return ApiPage.from(page, page.items());
    }

    @GetMapping("/submitted")
    @PreAuthorize(ApprovalPermissions.INBOX_RULE)
    @Operation(summary = "What I submitted", description = "My latest 50 submissions, newest first, as the inbox "
            + "page's 我提交的 tab shows them.")
    ApiPage<Approvals.Summary> submitted(@Parameter(hidden = true) CurrentUser me) {
        return ApiPage.whole(approvals.submittedBy(me.requireSchool(), me));
    }

    @GetMapping("/handled")
    @PreAuthorize(ApprovalPermissions.INBOX_RULE)
    @Operation(summary = "What I decided", description = "The latest 50 steps I decided (decidedForName is set when "
            + "I decided for someone who delegated to me), newest first, as the inbox page's 我处理的 tab shows them.")
    ApiPage<Approvals.Handled> handled(@Parameter(hidden = true) CurrentUser me) {
        return ApiPage.whole(approvals.decidedBy(me.requireSchool(), me));
    }

    @GetMapping("/{requestId}")
    @PreAuthorize(ApprovalPermissions.INBOX_RULE)
    @Operation(summary = "One submission with its steps", description = "Only a submission I submitted, took part "
            + "in or may decide now; any other id gets 404.")
    SubmissionJson get(@Parameter(hidden = true) CurrentUser me, @PathVariable long requestId) {
        long school = me.requireSchool();
        Approvals.Summary summary = approvals.submission(school, me, requestId)
                .orElseThrow(() -> new NotFoundException("approval", requestId));
        Approvals.Panel panel = approvals.panel(school, me, summary.documentType(), summary.documentId());
        List<Approvals.HistoryEntry> steps = panel.submissions().stream().filter(s -> s.requestId() == requestId)
                .findFirst().map(Approvals.SubmissionView::steps).orElse(List.of());
        boolean mayDecide = panel.mine().filter(w -> w.requestId() == requestId).isPresent();
        return new SubmissionJson(requestId, summary.version(), mayDecide, summary, steps);
    }

    @PostMapping("/{requestId}/decide")
    @PreAuthorize(ApprovalPermissions.INBOX_RULE)
    @Operation(summary = "Decide the step a submission waits at", description = "Body: decision (APPROVE, RETURN or "
            + "REJECT), comment (required to return or reject) and the version read from the inbox. A stale version, "
            + "a closed submission, someone else's step or one's own document gets 409.")
    DecidedJson decide(@PathVariable long requestId, @Valid @RequestBody DecisionJson body,
                       @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                       @Parameter(hidden = true) CurrentUser me) {
        long school = me.requireSchool();
        if (body.version() == null && (ifMatch == null || ifMatch.isBlank())) {
            throw new RuleViolation("version", "validation.required");
        }
        int version = IfMatch.versionOr(ifMatch, body.version() == null ? 0 : body.version());
        ApprovalDecided.Outcome outcome = StaleVersion.guard(() -> approvals.submission(school, me, requestId)
                        .map(Approvals.Summary::version).orElse(version),
                () -> approvals.decide(school, me, requestId, version, body.decision(), body.comment()));
        return new DecidedJson(requestId, outcome == null ? "PENDING" : outcome.name(), outcome);
    }
}
