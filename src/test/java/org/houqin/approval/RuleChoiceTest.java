package org.houqin.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** 领用 below 500 元 goes to one rule, from 500 元 to another; a rule for a category comes first when it says so. */
class RuleChoiceTest {

    private static final RuleChoice.Candidate SMALL = new RuleChoice.Candidate(1, null, new BigDecimal("500"), null, 100);
    private static final RuleChoice.Candidate LARGE = new RuleChoice.Candidate(2, new BigDecimal("500"), null, null, 100);
    private static final RuleChoice.Candidate TEXTBOOKS = new RuleChoice.Candidate(3, null, null, "教材", 10);

    @Test
    void theAmountRangeIncludesItsLowerBoundAndExcludesItsUpper() {
        List<RuleChoice.Candidate> rules = List.of(SMALL, LARGE);
        assertThat(RuleChoice.choose(rules, new BigDecimal("499.99"), null)).contains(SMALL);
        assertThat(RuleChoice.choose(rules, new BigDecimal("500.00"), null)).contains(LARGE);
        assertThat(RuleChoice.choose(rules, null, null)).as("no amount counts as zero").contains(SMALL);
    }

    @Test
    void aCategoryRuleWithAHigherPriorityWinsOnlyForItsCategory() {
        List<RuleChoice.Candidate> rules = List.of(SMALL, LARGE, TEXTBOOKS);
        assertThat(RuleChoice.choose(rules, new BigDecimal("3000"), "教材")).contains(TEXTBOOKS);
        assertThat(RuleChoice.choose(rules, new BigDecimal("3000"), "办公用品")).contains(LARGE);
    }

    @Test
    void noFittingRuleMeansNone() {
        assertThat(RuleChoice.choose(List.of(LARGE), BigDecimal.TEN, null)).isEmpty();
    }
}
