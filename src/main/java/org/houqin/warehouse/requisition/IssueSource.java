package org.houqin.warehouse.requisition;

import java.math.BigDecimal;

import org.houqin.warehouse.stock.StoreStockQueries;

/**
 * What the issue form offers for a line: all that is left, from the requisition's store when it holds that much,
 * else from the fullest other store that does (an issue from another store, shown on the form for the storekeeper to
 * confirm), else what the requisition's store holds.
 */
final class IssueSource {

    private IssueSource() {
    }

    static IssueForm.Line suggest(RequisitionLineRow line, long ownStoreId, StoreStockQueries.ItemStock held) {
        BigDecimal left = line.remaining().max(BigDecimal.ZERO);
        BigDecimal own = held == null ? line.available() : held.in(ownStoreId);
        if (left.signum() == 0 || own.compareTo(left) >= 0 || held == null) {
            return new IssueForm.Line(line.id(), plain(left.min(own).max(BigDecimal.ZERO)), null);
        }
        return held.elsewhere(ownStoreId).stream().filter(s -> s.quantity().compareTo(left) >= 0).findFirst()
                .map(s -> new IssueForm.Line(line.id(), plain(left), s.storeId()))
                .orElseGet(() -> new IssueForm.Line(line.id(), plain(left.min(own).max(BigDecimal.ZERO)), null));
    }

    private static BigDecimal plain(BigDecimal quantity) {
        return new BigDecimal(quantity.stripTrailingZeros().toPlainString());
    }
}
