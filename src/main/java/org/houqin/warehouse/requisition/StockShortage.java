package org.houqin.warehouse.requisition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.houqin.warehouse.stock.StoreStockQueries;

/**
 * 库存不足: a line asking more than its store holds now. It does not stop a requisition — stock may arrive, and the
 * storekeeper can issue from another store or in part — but the requester must see it and still ask, and the
 * approver sees it on the requisition.
 */
final class StockShortage {

    private StockShortage() {
    }

    /** More asked than held; nothing asked is never short. */
    static boolean exceeds(BigDecimal asked, BigDecimal available) {
        return asked != null && asked.compareTo(available == null ? BigDecimal.ZERO : available) > 0;
    }

    /** The indexes of a form's filled lines that ask more than {@code storeId} holds of their item. */
    static List<Integer> lines(List<RequisitionForm.Line> lines, Long storeId, Map<Long, StoreStockQueries.ItemStock> stock) {
        List<Integer> shortLines = new ArrayList<>();
        if (storeId == null) {
            return shortLines;
        }
        for (int i = 0; i < lines.size(); i++) {
            RequisitionForm.Line line = lines.get(i);
            StoreStockQueries.ItemStock item = line.getItemId() == null ? null : stock.get(line.getItemId());
            if (item != null && exceeds(line.getQuantity(), item.in(storeId))) {
                shortLines.add(i);
            }
        }
        return shortLines;
    }

    /** The lines of a saved requisition whose remaining quantity is more than its store holds. */
    static long count(List<RequisitionLineRow> lines) {
        return lines.stream().filter(line -> exceeds(line.remaining(), line.available())).count();
    }
}
