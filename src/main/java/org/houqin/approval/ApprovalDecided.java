package org.houqin.approval;

/**
 * A submission came to its end: approved at the last step (or by the last approval before steps nobody had to
 * decide), rejected, or returned for changes.
 */
public record ApprovalDecided(long schoolId, long requestId, String documentType, long documentId, Outcome outcome,
                              long decidedBy) {

    public enum Outcome { APPROVED, REJECTED, RETURNED }

    /** The step the document takes for this outcome in its status flow: {@code approve}, {@code reject}, {@code return}. */
    public String step() {
        return switch (outcome) {
            case APPROVED -> "approve";
            case REJECTED -> "reject";
            case RETURNED -> "return";
        };
    }
}
