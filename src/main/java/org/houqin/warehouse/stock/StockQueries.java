package org.houqin.warehouse.stock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.houqin.platform.db.Listing;
import org.houqin.platform.db.Rows;
import org.houqin.platform.db.Search;
import org.houqin.platform.db.Where;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.Sorts;
import org.houqin.warehouse.MovementKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** 库存台账 and an item's 出入库流水: what the ledger adds up to, and the lines themselves with the balance after each. */
@Component
@Transactional(readOnly = true)
class StockQueries {

    static final Sorts SORTS = Sorts.of("code", "i.code", "name", "i.name", "store",
            "(SELECT s.code FROM warehouse.store s WHERE s.id = b.store_id)", "quantity", "b.quantity",
            "amount", "b.amount");

    record Filter(Long storeId, Long categoryId, boolean low) {
    }

    record BalanceRow(long itemId, long storeId, String code, String name, String specification, String unit,
                      String categoryName, String storeName, BigDecimal quantity, BigDecimal amount,
                      BigDecimal reorderPoint) {

        public boolean low() {
            return quantity.compareTo(reorderPoint) < 0;
        }

        public BigDecimal averageCost() {
            return quantity.signum() == 0 ? BigDecimal.ZERO : amount.divide(quantity, 2, java.math.RoundingMode.HALF_UP);
        }
    }

    record Totals(long lines, BigDecimal amount, long low) {
    }

    record LedgerRow(long id, LocalDate occurredOn, MovementKind kind, BigDecimal quantity, BigDecimal unitCost,
                     BigDecimal amount, String documentType, String documentNumber, Long reversesId, String note,
                     BigDecimal balanceAfter, boolean reversed) {

        /** A receipt line entered wrongly is corrected by reversing it (issues are returned by a 退库 receipt). */
        public boolean reversible() {
            return kind == MovementKind.RECEIPT && !reversed && reversesId == null;
        }
    }

    private final JdbcClient jdbc;

    StockQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageResult<BalanceRow> balances(long schoolId, ListQuery query, Filter filter) {
        return balanceListing(schoolId, query, filter).page(query, BalanceRow.class);
    }

    /** The page of balances with the count, value and low lines of all of them, from one scan. */
    Listing.Totalled<BalanceRow, Totals> balancesWithTotals(long schoolId, ListQuery query, Filter filter) {
        return balanceListing(schoolId, query, filter).pageWithTotals(query, query.size(),
                Rows.of(BalanceRow.class), "coalesce(sum(b.amount), 0) AS total_amount,"
                        + " count(*) FILTER (WHERE b.quantity < i.reorder_point) AS total_low",
                (rs, n) -> new Totals(rs.getLong("listing_total"), rs.getBigDecimal("total_amount"),
                        rs.getLong("total_low")));
    }

    List<BalanceRow> allBalances(long schoolId, ListQuery query, Filter filter) {
        return balanceListing(schoolId, query, filter).all(Listing.EXPORT_LIMIT, BalanceRow.class);
    }

    /** An item's lines in a store, newest first, each with the balance after it (in the order of days). */
    PageResult<LedgerRow> ledger(long schoolId, long itemId, long storeId, int page) {
        return Listing.of(jdbc, """
                        m.id, m.occurred_on, m.kind, m.quantity, m.unit_cost, m.amount, m.document_type,
                        m.document_number, m.reverses_id, m.note,
                        sum(m.quantity) OVER (ORDER BY m.occurred_on, m.id) AS balance_after,
                        EXISTS (SELECT 1 FROM warehouse.movement r WHERE r.reverses_id = m.id) AS reversed""",
                        "warehouse.movement m")
                .where(Where.of("m.school_id", "school", schoolId).and("m.item_id = :item", "item", itemId)
                        .and("m.store_id = :store", "store", storeId))
                .orderBy("m.occurred_on DESC, m.id DESC")
                .page(new ListQuery(null, null, null, page), LedgerRow.class);
    }

    /** Every item's balance per store, searched by name, or by code or specification in any case. */
    private Listing balanceListing(long schoolId, ListQuery query, Filter filter) {
        return Listing.of(jdbc, COLUMNS, FROM)
                .where(balanceWhere(schoolId, query, filter))
                .orderBy(SORTS, query, "i.id, b.store_id");
    }

    private static Where balanceWhere(long schoolId, ListQuery query, Filter filter) {
        return Where.of("b.school_id", "school", schoolId).search(query, SEARCH)
                .equal("b.store_id", filter.storeId())
                .equal("i.category_id", filter.categoryId())
                .andIf(filter.low(), "b.quantity < i.reorder_point");
    }

    private static final Search SEARCH = Search.in("i.name").ignoringCase("i.code", "i.specification");

    /**
     * The category's and the store's names are looked up for the rows of the page only: PostgreSQL evaluates these
     * subqueries after the sort and the limit, where joining the two tables had matched all 2,197 balances of the
     * benchmark's school first (bench/README.md).
     */
    private static final String COLUMNS = """
            b.item_id, b.store_id, i.code, i.name, i.specification, i.unit,
            (SELECT c.name FROM warehouse.item_category c WHERE c.id = i.category_id) AS category_name,
            (SELECT s.name FROM warehouse.store s WHERE s.id = b.store_id) AS store_name,
            b.quantity, b.amount, i.reorder_point""";

    /** The page, the count and the totals: the conditions use the balance and its item only. */
    private static final String FROM = "warehouse.balance b JOIN warehouse.item i ON i.id = b.item_id";
}
