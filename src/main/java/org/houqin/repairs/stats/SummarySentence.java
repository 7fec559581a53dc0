package org.houqin.repairs.stats;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * The line a director pastes into the semester's work summary (工作总结), as the seed's offices write it:
 * "本学期共受理报修 120 次，完成 115 次，其中更换维修材料：LED灯管 82 根、水嘴 18 只；平均 3.2 小时响应，满意度 4.8 分。"
 */
final class SummarySentence {

    private static final int MATERIALS_NAMED = 6;

    private SummarySentence() {
    }

    static String of(String period, RepairStatsQueries.Line total, List<RepairStatsQueries.MaterialTotal> materials,
                     MessageSource messages, Locale locale) {
        String materialPart = materials.isEmpty() ? ""
                : messages.getMessage("stats.sentence.materials", new Object[] {used(materials, messages, locale)},
                locale);
        String response = total.responseHours() == null ? "—" : plain(total.responseHours());
        String rating = total.rating() == null ? "—" : plain(total.rating().setScale(1, java.math.RoundingMode.HALF_UP));
        return messages.getMessage("stats.sentence", new Object[] {period, String.valueOf(total.total()),
                String.valueOf(total.done()), materialPart, response, rating}, locale);
    }

    /**
     * The first materials in {@link MaterialUse}'s order, by category: "维修材料：LED灯管 82 根、水嘴 18 只，其他：玻璃胶 2 支";
     * only typed materials: just the list ("灯管 82 根、水嘴 18 只").
     */
    private static String used(List<RepairStatsQueries.MaterialTotal> materials, MessageSource messages,
                               Locale locale) {
        Map<String, StringBuilder> groups = new LinkedHashMap<>();
        String other = messages.getMessage("stats.materials.other", null, locale);
        for (RepairStatsQueries.MaterialTotal material : materials.stream().limit(MATERIALS_NAMED).toList()) {
            StringBuilder group = groups.computeIfAbsent(
                    material.categoryName() == null ? other : material.categoryName(), name -> new StringBuilder());
            if (!group.isEmpty()) {
                group.append(messages.getMessage("stats.sentence.separator", null, locale));
            }
            group.append(messages.getMessage("stats.sentence.material",
                    new Object[] {material.name(), plain(material.quantity()), material.unit()}, locale));
        }
        if (groups.size() == 1 && groups.containsKey(other)) {
            return groups.get(other).toString();
        }
        StringBuilder used = new StringBuilder();
        groups.forEach((category, items) -> {
            if (!used.isEmpty()) {
                used.append(messages.getMessage("stats.sentence.group.separator", null, locale));
            }
            used.append(messages.getMessage("stats.sentence.group", new Object[] {category, items.toString()}, locale));
        });
        return used.toString();
    }

    /** 82 rather than 82.000, 1.5 rather than 1.500. */
    static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
