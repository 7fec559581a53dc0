package org.houqin.assets.compensation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 《公物损坏赔偿制度》 as a rule: the amount charged is a share (the school's setting, 100% by default) of what the damage
 * cost — the repair's cost, or the net book value of an asset destroyed or lost — or a fixed amount the office sets.
 */
public final class CompensationRule {

    public enum Basis {
        REPAIR_COST, NET_VALUE, FIXED;

        /** The label's message key, e.g. for the API's {@code …Label} fields. */
        public String messageKey() {
            return "compensation.basis." + name();
        }
    }

    private CompensationRule() {
    }

    /** The amount to pay, to the fen; a fixed amount is charged as it is. */
    public static BigDecimal amount(Basis basis, BigDecimal base, BigDecimal sharePercent) {
        if (base == null || base.signum() < 0) {
            throw new IllegalArgumentException("A compensation needs a base of zero or more");
        }
        if (basis == Basis.FIXED) {
            return base.setScale(2, RoundingMode.HALF_UP);
        }
        return base.multiply(sharePercent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }
}
