package org.houqin.approval;

import org.houqin.platform.web.RuleViolation;

/** A refusal or a return says why; an approval may; nobody writes an essay. */
final class DecisionReason {

    static final int MAX_LENGTH = 500;

    private DecisionReason() {
    }

    /** The comment as it is kept: stripped, or {@code null} when empty. */
    static String of(Decision decision, String comment) {
        String reason = comment == null || comment.isBlank() ? null : comment.strip();
        if (decision != Decision.APPROVE && reason == null) {
            throw new RuleViolation("comment", "approval.comment.required");
        }
        if (reason != null && reason.length() > MAX_LENGTH) {
            throw new RuleViolation("comment", "approval.comment.tooLong", MAX_LENGTH);
        }
        return reason;
    }
}
