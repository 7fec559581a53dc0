package org.houqin.warehouse.stock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.houqin.platform.db.Rows;
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
class StockViews {

    static final Sorts SORTS = Sorts.of("code", "i.code", "name", "i.name", "store", "s.code", "quantity", "b.quantity",
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

    StockViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageResult<BalanceRow> balances(long schoolId, ListQuery query, Filter filter) {
        long total = jdbc.sql("SELECT count(*)" + FROM + WHERE).params(params(schoolId, query, filter)).query(Long.class)
                .single();
        List<BalanceRow> rows = jdbc.sql(SELECT + FROM + WHERE + " ORDER BY " + SORTS.orderBy(query)
                        + ", i.id, s.id LIMIT :limit OFFSET :offset").params(params(schoolId, query, filter))
                .param("limit", ListQuery.PAGE_SIZE).param("offset", query.offset()).query(Rows.of(BalanceRow.class)).list();
        return new PageResult<>(rows, query.page(), total);
    }

    List<BalanceRow> allBalances(long schoolId, ListQuery query, Filter filter) {
        return jdbc.sql(SELECT + FROM + WHERE + " ORDER BY " + SORTS.orderBy(query) + ", i.id, s.id")
                .params(params(schoolId, query, filter)).query(Rows.of(BalanceRow.class)).list();
    }

    Totals totals(long schoolId, ListQuery query, Filter filter) {
        return jdbc.sql("SELECT count(*) AS lines, coalesce(sum(b.amount), 0) AS amount,"
                        + " count(*) FILTER (WHERE b.quantity < i.reorder_point) AS low" + FROM + WHERE)
                .params(params(schoolId, query, filter)).query(Rows.of(Totals.class)).single();
    }

    /** An item's lines in a store, newest first, each with the balance after it (in the order of days). */
    PageResult<LedgerRow> ledger(long schoolId, long itemId, long storeId, int page) {
        long total = jdbc.sql("SELECT count(*) FROM warehouse.movement WHERE school_id = ? AND item_id = ? AND store_id = ?")
                .params(schoolId, itemId, storeId).query(Long.class).single();
        List<LedgerRow> rows = jdbc.sql("""
                SELECT m.id, m.occurred_on, m.kind, m.quantity, m.unit_cost, m.amount, m.document_type,
                       m.document_number, m.reverses_id, m.note,
                       sum(m.quantity) OVER (ORDER BY m.occurred_on, m.id) AS balance_after,
                       EXISTS (SELECT 1 FROM warehouse.movement r WHERE r.reverses_id = m.id) AS reversed
                FROM warehouse.movement m WHERE m.school_id = ? AND m.item_id = ? AND m.store_id = ?
                ORDER BY m.occurred_on DESC, m.id DESC LIMIT ? OFFSET ?""")
                .params(schoolId, itemId, storeId, ListQuery.PAGE_SIZE, (page - 1) * ListQuery.PAGE_SIZE)
                .query(Rows.of(LedgerRow.class)).list();
        return new PageResult<>(rows, page, total);
    }

    private static Map<String, Object> params(long schoolId, ListQuery query, Filter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("school", schoolId);
        params.put("q", query.q());
        params.put("like", query.likePattern());
        params.put("store", filter.storeId());
        params.put("category", filter.categoryId());
        params.put("low", filter.low());
        return params;
    }

    private static final String SELECT = """
            SELECT b.item_id, b.store_id, i.code, i.name, i.specification, i.unit, c.name AS category_name,
                   s.name AS store_name, b.quantity, b.amount, i.reorder_point""";

    private static final String FROM = " " + """
             FROM warehouse.balance b JOIN warehouse.item i ON i.id = b.item_id
             JOIN warehouse.item_category c ON c.id = i.category_id JOIN warehouse.store s ON s.id = b.store_id""";

    private static final String WHERE = " WHERE b.school_id = :school"
            + " AND (:q = '' OR i.code ILIKE :like OR i.name ILIKE :like OR i.specification ILIKE :like)"
            + " AND (CAST(:store AS bigint) IS NULL OR b.store_id = :store)"
            + " AND (CAST(:category AS bigint) IS NULL OR i.category_id = :category)"
            + " AND (NOT :low OR b.quantity < i.reorder_point)";
}
