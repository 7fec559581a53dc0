package org.houqin.approval;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks the rule for a submission: among the document type's active rules, those whose amount range
 * [min, max) holds the amount and whose category is empty or equal, the one with the lowest priority number.
 */
final class RuleChoice {

    record Candidate(long id, BigDecimal minAmount, BigDecimal maxAmount, String category, int priority) {

        boolean fits(BigDecimal amount, String documentCategory) {
            BigDecimal value = amount == null ? BigDecimal.ZERO : amount;
            return (minAmount == null || value.compareTo(minAmount) >= 0)
                    && (maxAmount == null || value.compareTo(maxAmount) < 0)
                    && (category == null || category.equals(documentCategory));
        }
    }

    private RuleChoice() {
    }

    static Optional<Candidate> choose(List<Candidate> rules, BigDecimal amount, String category) {
        return rules.stream().filter(rule -> rule.fits(amount, category))
                .min(Comparator.comparingInt(Candidate::priority).thenComparingLong(Candidate::id));
    }
}
