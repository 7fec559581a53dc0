package org.houqin.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.houqin.assets.compensation.CompensationRule;
import org.houqin.assets.compensation.CompensationRule.Basis;
import org.junit.jupiter.api.Test;

/** The compensation rule against cases worked by hand. */
class CompensationRuleTest {

    @Test
    void aShareOfTheRepairCostOrTheNetValueIsCharged() {
        assertThat(CompensationRule.amount(Basis.REPAIR_COST, new BigDecimal("180"), new BigDecimal("100")))
                .isEqualByComparingTo("180.00");
        assertThat(CompensationRule.amount(Basis.REPAIR_COST, new BigDecimal("180"), new BigDecimal("50")))
                .isEqualByComparingTo("90.00");
        assertThat(CompensationRule.amount(Basis.NET_VALUE, new BigDecimal("1333.33"), new BigDecimal("30")))
                .isEqualByComparingTo("400.00");
        assertThat(CompensationRule.amount(Basis.NET_VALUE, new BigDecimal("0.05"), new BigDecimal("50")))
                .as("half a fen rounds up").isEqualByComparingTo("0.03");
    }

    @Test
    void aFixedAmountIsChargedAsItIs() {
        assertThat(CompensationRule.amount(Basis.FIXED, new BigDecimal("35.5"), new BigDecimal("50")))
                .isEqualByComparingTo("35.50");
        assertThatThrownBy(() -> CompensationRule.amount(Basis.FIXED, new BigDecimal("-1"), BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
