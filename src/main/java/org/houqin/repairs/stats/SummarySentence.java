package org.houqin.repairs.stats;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The line a director pastes into the semester's work summary (工作总结), as the seed's offices write it:
 * "本学期共受理报修 120 次，完成 115 次，其中更换灯管 82 根、水嘴 18 只；平均 3.2 小时响应，满意度 4.8 分。"
 */
final class SummarySentence {

    private static final int MATERIALS_NAMED = 6;

    private SummarySentence() {
    }

    static String of(String period, RepairStatsQueries.Line total, List<RepairStatsQueries.MaterialTotal> materials,
                     MessageSource messages, Locale locale) {
        StringBuilder used = new StringBuilder();
        for (RepairStatsQueries.MaterialTotal material : materials.stream().limit(MATERIALS_NAMED).toList()) {
            if (!used.isEmpty()) {
                used.append(messages.getMessage("stats.sentence.separator", null, locale));
            }
            used.append(messages.getMessage("stats.sentence.material",
                    new Object[] {material.name(), plain(material.quantity()), material.unit()}, locale));
        }
        String materialPart = used.isEmpty() ? ""
                : messages.getMessage("stats.sentence.materials", new Object[] {used.toString()}, locale);
        String response = total.responseHours() == null ? "—" : plain(total.responseHours());
        String rating = total.rating() == null ? "—" : plain(total.rating().setScale(1, java.math.RoundingMode.HALF_UP));
        return messages.getMessage("stats.sentence", new Object[] {period, String.valueOf(total.total()),
                String.valueOf(total.done()), materialPart, response, rating}, locale);
    }

    /** 82 rather than 82.000, 1.5 rather than 1.500. */
    static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
