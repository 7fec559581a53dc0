package org.houqin.platform.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How much of something, with its unit: a count (报修 300 次, always whole), a sum (入库 12,345.60 元, 灯管 136 根) or a
 * mean (平均 3.5 小时, 满意度 4.6 分). Counts and sums of two periods or two schools add up; means do not, which is
 * why a district view must know the kind.
 */
public record Amount(Kind kind, BigDecimal value, Label unit) {

    public enum Kind { COUNT, SUM, MEAN }

    public Amount {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (kind == Kind.COUNT && value.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("A count is whole: " + value);
        }
    }

    public static Amount count(long count, Label unit) {
        return new Amount(Kind.COUNT, BigDecimal.valueOf(count), unit);
    }

    public static Amount sum(BigDecimal value, Label unit) {
        return new Amount(Kind.SUM, value, unit);
    }

    /** An average (hours, a rating): told only when there was something to average. */
    public static Amount mean(BigDecimal value, Label unit) {
        return new Amount(Kind.MEAN, value, unit);
    }

    /** Money in 元, to the fen. */
    public static Amount yuan(BigDecimal value) {
        return sum(value.setScale(2, RoundingMode.HALF_UP), Units.YUAN);
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    /** Whether two of these (two periods, two schools) may be added up. */
    public boolean additive() {
        return kind != Kind.MEAN;
    }

    /** The count; only a count has one. */
    public long count() {
        if (kind != Kind.COUNT) {
            throw new IllegalStateException("A " + kind + " is not a count");
        }
        return value.longValueExact();
    }
}
