package org.houqin.assets.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.houqin.assets.depreciation.Depreciation;

/**
 * 折旧明细 as of a month: per group, the cards, their original value, the month's charge, the charge since January,
 * the accumulated depreciation and the net value. Cards that do not depreciate (土地, 图书, 文物) form a group of their
 * own with no charge, whatever the grouping, so the depreciating groups add up to what the books charge.
 */
public final class DepreciationSchedule {

    static final String NOT_DEPRECIATING = "none";

    public record Line(String label, boolean depreciating, long cards, BigDecimal original, BigDecimal charge,
                BigDecimal yearCharge, BigDecimal accumulated, BigDecimal net) {

        static Line empty(String label, boolean depreciating) {
            BigDecimal zero = BigDecimal.ZERO.setScale(2);
            return new Line(label, depreciating, 0, zero, zero, zero, zero, zero);
        }

        Line plus(BigDecimal original, Depreciation.Figures figures, BigDecimal yearCharge) {
            return new Line(label, depreciating, cards + 1, this.original.add(original), charge.add(figures.charge()),
                    this.yearCharge.add(yearCharge), accumulated.add(figures.accumulated()), net.add(figures.net()));
        }
    }

    public record Result(YearMonth month, List<Line> lines, Line total) {

        public boolean isEmpty() {
            return lines.isEmpty();
        }
    }

    private DepreciationSchedule() {
    }

    static Result of(List<Card> cards, Function<Card, Group> grouping, Group notDepreciating, YearMonth month,
                     Depreciation.StartRule rule, String totalLabel) {
        Map<Group, Line> lines = new TreeMap<>();
        Line total = Line.empty(totalLabel, true);
        DepreciationMemo memo = DepreciationMemo.withYear(month, rule);
        for (Card card : cards) {
            boolean depreciates = card.depreciates();
            Group group = depreciates ? grouping.apply(card) : notDepreciating;
            DepreciationMemo.Charges charges = memo.of(card);
            BigDecimal original = card.value();
            lines.put(group, lines.getOrDefault(group, Line.empty(group.label(), depreciates))
                    .plus(original, charges.figures(), charges.thisYear()));
            total = total.plus(original, charges.figures(), charges.thisYear());
        }
        return new Result(month, List.copyOf(lines.values()), total);
    }
}
