package org.houqin.assets.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures of the work summary's line on electricity: the air conditioners (空调 2200100 and the categories under
 * it) and every electrical appliance (a category flagged as one, or any card with a power recorded), in items and kW;
 * and how many air conditioners have no power recorded, so the office knows the kW fall short.
 */
public record AppliancePower(long airConditioners, BigDecimal airConditionerKw, long appliances,
                             BigDecimal applianceKw, long airConditionersWithoutKw) {

    static final String AIR_CONDITIONER_CODE = "2200100";

    static AppliancePower of(List<Card> cards, CategoryTree tree) {
        long ac = 0;
        long acWithoutKw = 0;
        long all = 0;
        BigDecimal acKw = BigDecimal.ZERO;
        BigDecimal allKw = BigDecimal.ZERO;
        for (Card card : cards) {
            if (tree.under(card.categoryId(), AIR_CONDITIONER_CODE)) {
                ac += card.quantity();
                acKw = acKw.add(card.totalKw());
                acWithoutKw += card.powerKw() == null ? card.quantity() : 0;
            }
            if (card.powerKw() != null || tree.appliance(card.categoryId())) {
                all += card.quantity();
                allKw = allKw.add(card.totalKw());
            }
        }
        return new AppliancePower(ac, acKw, all, allKw, acWithoutKw);
    }

    /** A power as people write it: 258.5, not 258.50. */
    static String kw(BigDecimal kw) {
        return kw.signum() == 0 ? "0" : kw.stripTrailingZeros().toPlainString();
    }
}
