package org.houqin.approval.inbox;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.houqin.approval.ApprovalDecided;
import org.houqin.approval.Approvals;
import org.houqin.approval.Decision;
import org.houqin.platform.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The approver's inbox and decisions over JSON, with the same rules as the pages. */
@RestController
@RequestMapping("/api/v1/approvals")
@Tag(name = "Approvals", description = "审批待办")
class ApprovalEndpoint {

    /** A decision: APPROVE (同意), RETURN (退回修改) or REJECT (不同意); the last two need a comment. */
    record DecisionJson(@NotNull Decision decision, @Size(max = 500) String comment, @NotNull Integer version) {
    }

    /** Where the submission stands after the decision: PENDING at its next step, or how it ended. */
    record DecidedJson(long requestId, String status, ApprovalDecided.Outcome outcome) {
    }

    private final Approvals approvals;

    ApprovalEndpoint(Approvals approvals) {
        this.approvals = approvals;
    }

    @GetMapping("/inbox")
    @PreAuthorize("hasAuthority('approval:inbox:use')")
    @Operation(summary = "Submissions waiting for me", description = "Oldest first: those at a step I may decide, "
            + "myself or for someone who delegated to me today. Send the version back with the decision.")
    List<Approvals.Waiting> inbox(CurrentUser me) {
        return approvals.inbox(me.requireSchool(), me);
    }

    @PostMapping("/{requestId}/decide")
    @PreAuthorize("hasAuthority('approval:inbox:use')")
    @Operation(summary = "Decide the step a submission waits at", description = "Body: decision (APPROVE, RETURN or "
            + "REJECT), comment (required to return or reject) and the version read from the inbox. A stale version, "
            + "a closed submission, someone else's step or one's own document gets 409.")
    DecidedJson decide(@PathVariable long requestId, @Valid @RequestBody DecisionJson body, CurrentUser me) {
        ApprovalDecided.Outcome outcome = approvals.decide(me.requireSchool(), me, requestId, body.version(),
                body.decision(), body.comment());
        return new DecidedJson(requestId, outcome == null ? "PENDING" : outcome.name(), outcome);
    }
}
