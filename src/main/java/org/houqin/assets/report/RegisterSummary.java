package org.houqin.assets.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.houqin.assets.depreciation.Depreciation;

/** The register summed up by a dimension: cards, items, original value and net value as of a month. */
public final class RegisterSummary {

    public record Line(String label, long cards, long items, BigDecimal original, BigDecimal net) {

        Line plus(Card card, BigDecimal cardNet) {
            return new Line(label, cards + 1, items + card.quantity(), original.add(card.value()), net.add(cardNet));
        }

        static Line empty(String label) {
            return new Line(label, 0, 0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));
        }
    }

    public record Result(List<Line> lines, Line total) {

        public boolean isEmpty() {
            return lines.isEmpty();
        }
    }

    private RegisterSummary() {
    }

    static Result of(List<Card> cards, Function<Card, Group> grouping, YearMonth month, Depreciation.StartRule rule,
                     String totalLabel) {
        Map<Group, Line> lines = new TreeMap<>();
        Line total = Line.empty(totalLabel);
        DepreciationMemo memo = DepreciationMemo.figures(month, rule);
        for (Card card : cards) {
            BigDecimal net = memo.of(card).figures().net();
            Group group = grouping.apply(card);
            lines.put(group, lines.getOrDefault(group, Line.empty(group.label())).plus(card, net));
            total = total.plus(card, net);
        }
        return new Result(List.copyOf(lines.values()), total);
    }

    /** The idle cards (闲置) among the open ones, for the link to them in the register. */
    static Line idle(List<Card> cards, String label) {
        Line idle = Line.empty(label);
        for (Card card : cards) {
            if (card.status() == org.houqin.assets.AssetStatus.IDLE) {
                idle = idle.plus(card, BigDecimal.ZERO);
            }
        }
        return idle;
    }
}
