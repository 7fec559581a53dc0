package org.houqin.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A module's default rules are data: by amount, each threshold adding the next step. */
class DefaultApprovalRulesTest {

    private static final Approvals.StepSpec DIRECTOR = new Approvals.StepSpec("DIRECTOR", false, null, "VICE_PRINCIPAL");
    private static final Approvals.StepSpec VICE = new Approvals.StepSpec("VICE_PRINCIPAL", false, null);
    private static final Approvals.StepSpec PRINCIPAL = new Approvals.StepSpec("PRINCIPAL", false, null);

    @Test
    void eachThresholdStartsARangeWithOneMoreStep() {
        List<Approvals.RuleSpec> rules = DefaultApprovalRules.builder().byAmount("CZ", "资产处置", 1,
                List.of(DIRECTOR, VICE, PRINCIPAL), new BigDecimal("10000"), new BigDecimal("100000")).build().rules();
        assertThat(rules).extracting(Approvals.RuleSpec::name)
                .containsExactly("资产处置 1 万元以下", "资产处置 1 万至 10 万元", "资产处置 10 万元及以上");
        assertThat(rules).extracting(r -> r.steps().size()).containsExactly(1, 2, 3);
        assertThat(rules.get(1).minAmount()).isEqualByComparingTo("10000");
        assertThat(rules.get(1).maxAmount()).isEqualByComparingTo("100000");
        assertThat(rules.get(0).minAmount()).isNull();
        assertThat(rules.get(2).maxAmount()).isNull();
        assertThat(rules).extracting(Approvals.RuleSpec::priority).containsExactly(10, 20, 30);
    }

    @Test
    void smallAmountsAreNamedInYuanAndTheStepsMustFitTheThresholds() {
        List<Approvals.RuleSpec> rules = DefaultApprovalRules.builder().byAmount("RQ", "领用", 1, List.of(DIRECTOR, VICE),
                new BigDecimal("500")).build().rules();
        assertThat(rules).extracting(Approvals.RuleSpec::name).containsExactly("领用 500 元以下", "领用 500 元及以上");
        assertThatThrownBy(() -> DefaultApprovalRules.builder().byAmount("RQ", "领用", 1, List.of(DIRECTOR),
                new BigDecimal("500"))).isInstanceOf(IllegalArgumentException.class);
    }
}
