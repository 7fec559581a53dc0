package org.houqin.routines.checklist;

import java.math.BigDecimal;

/**
 * The limits of a measured item (冷藏温度 0～8 ℃): either bound may be open. A reading outside them is still recorded,
 * because the reading is the fact; it is flagged instead.
 */
public record NumberLimits(BigDecimal min, BigDecimal max, String unit) {

    public NumberLimits {
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new InvalidTemplate("min " + min.toPlainString() + " is above max " + max.toPlainString());
        }
        unit = unit == null ? "" : unit.strip();
    }

    public boolean contains(BigDecimal value) {
        return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
    }
}
