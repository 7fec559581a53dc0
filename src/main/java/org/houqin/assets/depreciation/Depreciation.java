package org.houqin.assets.depreciation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Straight-line monthly depreciation under 政府会计准则第3号: no residual value, the monthly charge is the original value
 * over the useful life in months (rounded to the fen, the last month taking what rounding left so the total is the
 * original value exactly). An asset is charged from the month it arrives (政府会计) or from the month after (a school
 * setting, as enterprises do); the month it leaves is not charged; once fully depreciated it is charged no more and
 * stays on the books at zero. An asset without a useful life (土地, 图书档案, 文物) is not depreciated.
 */
public final class Depreciation {

    public enum StartRule { SAME_MONTH, NEXT_MONTH }

    /**
     * What a card stands at as of the end of a month.
     *
     * @param monthsCharged months charged up to and including the month
     * @param charge        the charge of that month alone
     */
    public record Figures(BigDecimal original, BigDecimal monthly, int monthsCharged, BigDecimal accumulated,
                          BigDecimal net, BigDecimal charge, boolean depreciable, boolean fullyDepreciated) {
    }

    /** One month of a card's schedule: its charge, and the accumulated depreciation and net value at its end. */
    public record Month(YearMonth month, BigDecimal charge, BigDecimal accumulated, BigDecimal net) {
    }

    private Depreciation() {
    }

    /**
     * Every month a card is charged, in order: from the first month charged to the last of its useful life, or to
     * the month before it left. Empty for a card that does not depreciate.
     */
    public static List<Month> schedule(BigDecimal original, Integer lifeMonths, LocalDate acquired,
                                       LocalDate disposed, StartRule rule) {
        List<Month> months = new ArrayList<>();
        if (lifeMonths == null || lifeMonths <= 0 || original.signum() == 0) {
            return months;
        }
        YearMonth first = rule == StartRule.NEXT_MONTH ? YearMonth.from(acquired).plusMonths(1)
                : YearMonth.from(acquired);
        for (int n = 0; n < lifeMonths; n++) {
            YearMonth month = first.plusMonths(n);
            if (disposed != null && !month.isBefore(YearMonth.from(disposed))) {
                break;
            }
            Figures figures = asOf(original, lifeMonths, acquired, disposed, month, rule);
            months.add(new Month(month, figures.charge(), figures.accumulated(), figures.net()));
        }
        return months;
    }

    /**
     * @param original   the card's original value (all its items)
     * @param lifeMonths the useful life, or {@code null} for an asset that does not depreciate
     * @param acquired   the purchase (arrival) date
     * @param disposed   the disposal date, or {@code null}
     */
    public static Figures asOf(BigDecimal original, Integer lifeMonths, LocalDate acquired, LocalDate disposed,
                               YearMonth month, StartRule rule) {
        if (lifeMonths == null || lifeMonths <= 0 || original.signum() == 0) {
            return new Figures(original, BigDecimal.ZERO.setScale(2), 0, BigDecimal.ZERO.setScale(2),
                    original.setScale(2, RoundingMode.HALF_UP), BigDecimal.ZERO.setScale(2), lifeMonths != null
                    && lifeMonths > 0, false);
        }
        BigDecimal monthly = original.divide(BigDecimal.valueOf(lifeMonths), 2, RoundingMode.HALF_UP);
        int months = monthsCharged(lifeMonths, acquired, disposed, month, rule);
        BigDecimal accumulated = accumulated(original, monthly, lifeMonths, months);
        BigDecimal before = accumulated(original, monthly, lifeMonths,
                monthsCharged(lifeMonths, acquired, disposed, month.minusMonths(1), rule));
        return new Figures(original.setScale(2, RoundingMode.HALF_UP), monthly, months, accumulated,
                original.subtract(accumulated).setScale(2, RoundingMode.HALF_UP), accumulated.subtract(before),
                true, months >= lifeMonths);
    }

    /** The depreciation charged in the months from {@code from} to {@code to}, both included. */
    public static BigDecimal chargedBetween(BigDecimal original, Integer lifeMonths, LocalDate acquired,
                                            LocalDate disposed, YearMonth from, YearMonth to, StartRule rule) {
        if (to.isBefore(from)) {
            return BigDecimal.ZERO.setScale(2);
        }
        return asOf(original, lifeMonths, acquired, disposed, to, rule).accumulated()
                .subtract(asOf(original, lifeMonths, acquired, disposed, from.minusMonths(1), rule).accumulated());
    }

    /** How many months are charged up to the end of {@code month}, at most the useful life. */
    static int monthsCharged(int lifeMonths, LocalDate acquired, LocalDate disposed, YearMonth month, StartRule rule) {
        YearMonth first = YearMonth.from(acquired);
        if (rule == StartRule.NEXT_MONTH) {
            first = first.plusMonths(1);
        }
        YearMonth last = month;
        if (disposed != null) {
            YearMonth beforeLeaving = YearMonth.from(disposed).minusMonths(1);
            if (beforeLeaving.isBefore(last)) {
                last = beforeLeaving;
            }
        }
        if (last.isBefore(first)) {
            return 0;
        }
        long months = ChronoUnit.MONTHS.between(first, last) + 1;
        return (int) Math.min(months, lifeMonths);
    }

    private static BigDecimal accumulated(BigDecimal original, BigDecimal monthly, int lifeMonths, int months) {
        if (months >= lifeMonths) {
            return original.setScale(2, RoundingMode.HALF_UP);
        }
        BigDecimal sum = monthly.multiply(BigDecimal.valueOf(months));
        return sum.min(original).setScale(2, RoundingMode.HALF_UP);
    }
}
