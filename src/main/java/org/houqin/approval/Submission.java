package org.houqin.approval;

import java.math.BigDecimal;

/**
 * A document offered for approval by its module: what it is, its number and title for the inbox, the amount and
 * category that choose the rule, and who submits it from which department.
 */
public record Submission(String documentType, long documentId, String documentNumber, String title, BigDecimal amount,
                         String category, Long departmentId, long submitterUserId) {
}
