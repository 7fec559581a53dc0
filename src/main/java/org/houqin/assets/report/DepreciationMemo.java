package org.houqin.assets.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import org.houqin.assets.depreciation.Depreciation;

/**
 * A card's figures for a month, worked out once for all the cards that share them. Depreciation depends only on the
 * value, the life and the months of arrival and disposal, so the 50 computers of one purchase (50 cards, each with its
 * serial number) cost one calculation, and a school of 20,000 cards stays quick.
 */
final class DepreciationMemo {

    /** The month's figures and the charge from January of its year up to and including the month. */
    record Charges(Depreciation.Figures figures, BigDecimal thisYear) {
    }

    private record Key(BigDecimal value, Integer life, YearMonth acquired, YearMonth disposed) {
    }

    private final YearMonth month;
    private final Depreciation.StartRule rule;
    private final boolean withYear;
    private final Map<Key, Charges> memo = new HashMap<>();

    private DepreciationMemo(YearMonth month, Depreciation.StartRule rule, boolean withYear) {
        this.month = month;
        this.rule = rule;
        this.withYear = withYear;
    }

    /** Figures as of the month only (the register summary's net value). */
    static DepreciationMemo figures(YearMonth month, Depreciation.StartRule rule) {
        return new DepreciationMemo(month, rule, false);
    }

    /** Figures with the charge of the year so far (the depreciation schedule). */
    static DepreciationMemo withYear(YearMonth month, Depreciation.StartRule rule) {
        return new DepreciationMemo(month, rule, true);
    }

    Charges of(Card card) {
        Key key = new Key(card.value(), card.usefulLifeMonths(), YearMonth.from(card.purchasedOn()),
                card.disposedOn() == null ? null : YearMonth.from(card.disposedOn()));
        return memo.computeIfAbsent(key, k -> work(card));
    }

    /**
     * The year's charge is {@link Depreciation#chargedBetween} from January: the accumulated depreciation at the month
     * less that at the end of December before, taken from the figures already worked out instead of twice again.
     */
    private Charges work(Card card) {
        Depreciation.Figures figures = card.figures(month, rule);
        if (!withYear || !card.depreciates()) {
            return new Charges(figures, BigDecimal.ZERO.setScale(2));
        }
        BigDecimal lastDecember = Depreciation.asOf(card.value(), card.usefulLifeMonths(), card.purchasedOn(),
                card.disposedOn(), YearMonth.of(month.getYear() - 1, 12), rule).accumulated();
        return new Charges(figures, figures.accumulated().subtract(lastDecember));
    }
}
