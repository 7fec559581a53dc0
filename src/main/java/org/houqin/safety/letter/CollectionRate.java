package org.houqin.safety.letter;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 收交率: letters collected (signed on a phone or received on paper) of those due, as a percentage with one decimal,
 * rounded half up (7 of 8 is 87.5 %; 20 of 23 is 87.0 %). Nothing due is no rate at all, not 0 % or 100 %.
 */
public record CollectionRate(long collected, long due) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public CollectionRate {
        if (collected < 0 || due < 0 || collected > due) {
            throw new IllegalArgumentException("collected " + collected + " of " + due);
        }
    }

    /** The percentage with one decimal, or {@code null} when nothing is due. */
    public BigDecimal percent() {
        if (due == 0) {
            return null;
        }
        return BigDecimal.valueOf(collected).multiply(HUNDRED).divide(BigDecimal.valueOf(due), 1, RoundingMode.HALF_UP);
    }

    public long missing() {
        return due - collected;
    }

    /** The percentage as a page shows it: "87.5%", or "—" when nothing is due. */
    public String shown() {
        BigDecimal percent = percent();
        return percent == null ? "—" : percent.toPlainString() + "%";
    }
}
