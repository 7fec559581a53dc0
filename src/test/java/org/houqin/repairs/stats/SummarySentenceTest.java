package org.houqin.repairs.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The line for the semester's work summary, as the seed's offices write it. */
class SummarySentenceTest {

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/repairs");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void countsRepairsAndMaterialsInTheOfficesWords() {
        var total = new RepairStatsQueries.Line("", 120, 115, 3, new BigDecimal("3.2"), new BigDecimal("20.5"),
                new BigDecimal("4.83"));
        var materials = List.of(
                new RepairStatsQueries.MaterialTotal(1L, "LED灯管", "根", "维修材料", new BigDecimal("82.000"), 60),
                new RepairStatsQueries.MaterialTotal(2L, "水嘴", "只", "维修材料", new BigDecimal("18.000"), 18),
                new RepairStatsQueries.MaterialTotal(null, "玻璃胶", "支", null, new BigDecimal("2"), 2));
        String sentence = SummarySentence.of("本学期", total, materials, messages(), Locale.SIMPLIFIED_CHINESE);
        assertThat(sentence).isEqualTo("本学期共受理报修 120 次，完成 115 次，其中更换维修材料：LED灯管 82 根、水嘴 18 只，"
                + "其他：玻璃胶 2 支；平均 3.2 小时响应，满意度 4.8 分（满分 5 分）。");
    }

    @Test
    void namesNoGroupWhenEveryMaterialWasTyped() {
        var total = new RepairStatsQueries.Line("", 10, 9, 0, new BigDecimal("2"), new BigDecimal("5"), null);
        var materials = List.of(new RepairStatsQueries.MaterialTotal(null, "灯管", "根", null, new BigDecimal("8"), 8));
        assertThat(SummarySentence.of("本月", total, materials, messages(), Locale.SIMPLIFIED_CHINESE))
                .startsWith("本月共受理报修 10 次，完成 9 次，其中更换灯管 8 根；");
    }

    @Test
    void saysNothingOfMaterialsWhenNoneWereUsed() {
        var total = new RepairStatsQueries.Line("", 0, 0, 0, null, null, null);
        String sentence = SummarySentence.of("本学期", total, List.of(), messages(), Locale.SIMPLIFIED_CHINESE);
        assertThat(sentence).startsWith("本学期共受理报修 0 次，完成 0 次；").doesNotContain("其中").contains("—");
    }

    @Test
    void writesQuantitiesWithoutTrailingZeros() {
        assertThat(SummarySentence.plain(new BigDecimal("82.000"))).isEqualTo("82");
        assertThat(SummarySentence.plain(new BigDecimal("1.500"))).isEqualTo("1.5");
        assertThat(SummarySentence.plain(new BigDecimal("100"))).isEqualTo("100");
    }
}
