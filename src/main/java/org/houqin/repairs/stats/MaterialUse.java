package org.houqin.repairs.stats;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.houqin.warehouse.StockIssues;
import org.springframework.stereotype.Component;

/**
 * The materials repairs used, as a work summary counts them: a catalogue item under the catalogue's name and unit
 * and in its category (so "灯管" typed once and "LED灯管" taken from stock are one line), the catalogue's categories
 * in their order, and what was typed freely last, as "other".
 */
@Component
class MaterialUse {

    private final RepairStatsQueries stats;
    private final StockIssues catalogue;

    MaterialUse(RepairStatsQueries stats, StockIssues catalogue) {
        this.stats = stats;
        this.catalogue = catalogue;
    }

    List<RepairStatsQueries.MaterialTotal> of(long schoolId, Instant from, Instant to, Long categoryId) {
        List<RepairStatsQueries.MaterialTotal> rows = stats.materials(schoolId, from, to, categoryId);
        Map<Long, StockIssues.ItemRef> items = catalogue.items(schoolId,
                rows.stream().map(RepairStatsQueries.MaterialTotal::itemId).filter(Objects::nonNull).toList());
        return rows.stream().map(row -> named(row, row.itemId() == null ? null : items.get(row.itemId())))
                .sorted(Comparator.comparingInt((RepairStatsQueries.MaterialTotal row) -> order(row, items))
                        .thenComparing(RepairStatsQueries.MaterialTotal::categoryName,
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(RepairStatsQueries.MaterialTotal::quantity, Comparator.reverseOrder())
                        .thenComparing(RepairStatsQueries.MaterialTotal::name))
                .toList();
    }

    private static RepairStatsQueries.MaterialTotal named(RepairStatsQueries.MaterialTotal row,
                                                          StockIssues.ItemRef item) {
        return item == null ? new RepairStatsQueries.MaterialTotal(null, row.name(), row.unit(), null, row.quantity(),
                row.repairs())
                : new RepairStatsQueries.MaterialTotal(item.itemId(), item.name(), item.unit(), item.categoryName(),
                row.quantity(), row.repairs());
    }

    private static int order(RepairStatsQueries.MaterialTotal row, Map<Long, StockIssues.ItemRef> items) {
        StockIssues.ItemRef item = row.itemId() == null ? null : items.get(row.itemId());
        return item == null ? Integer.MAX_VALUE : item.categoryOrder();
    }
}
