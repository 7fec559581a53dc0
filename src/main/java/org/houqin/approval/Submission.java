package org.houqin.approval;

import java.math.BigDecimal;

/**
 * A document offered for approval by its module: what it is, its number and title for the inbox, the amount and
 * category that choose the rule, who submits it from which department, and the path of the document's page
 * ({@code /warehouse/requisitions/42}) that the inbox, the notifications and a decision lead back to.
 */
public record Submission(String documentType, long documentId, String documentNumber, String title, BigDecimal amount,
                         String category, Long departmentId, long submitterUserId, String link) {

    public Submission {
        if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.length() > 200)) {
            throw new IllegalArgumentException("A submission links to a page inside Houqin: " + link);
        }
    }
}
