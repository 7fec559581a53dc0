package org.houqin.warehouse;

import java.util.List;
import java.util.Optional;

import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of what other modules take out of stock: which store an item is taken from, and how many it holds. */
@Component
class StockIssueStore {

    private final JdbcClient jdbc;

    StockIssueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every active item with stock, each from the store it would be taken from: first those that documents of this
     * type took most in the last twelve months (a repair's lamp tubes and taps before paper and textbooks; counted
     * from the ledger's monthly sums), then by category and code.
     */
    List<StockIssues.OnHand> onHand(long schoolId, String documentType) {
        return jdbc.sql(onHand("") + """

                        LEFT JOIN (SELECT c.item_id, sum(c.lines) AS taken FROM warehouse.consumption_month c
                                   WHERE c.school_id = :school AND c.document_type = :type AND c.kind = 'ISSUE'
                                     AND c.month >= date_trunc('month', current_date - 365)
                                   GROUP BY c.item_id) used ON used.item_id = x.item_id
                        ORDER BY coalesce(used.taken, 0) DESC, x.sort_order, x.code""")
                .param("school", schoolId).param("type", documentType)
                .query(Rows.of(StockIssues.OnHand.class)).list();
    }

    java.util.Map<Long, StockIssues.ItemRef> items(long schoolId, java.util.Collection<Long> itemIds) {
        return jdbc.sql("""
                        SELECT i.id AS item_id, i.name, i.unit, c.name AS category_name, c.sort_order AS category_order
                        FROM warehouse.item i JOIN warehouse.item_category c ON c.id = i.category_id
                        WHERE i.school_id = :school AND i.id = ANY(:ids)""")
                .param("school", schoolId).param("ids", itemIds.toArray(Long[]::new))
                .query(Rows.of(StockIssues.ItemRef.class)).list().stream()
                .collect(java.util.stream.Collectors.toMap(StockIssues.ItemRef::itemId, item -> item));
    }

    /** The store an item is taken from: its default store if it holds some, else the one holding most. */
    Optional<StockIssues.OnHand> source(long schoolId, long itemId) {
        return jdbc.sql(onHand(" AND i.id = :item")).param("school", schoolId).param("item", itemId)
                .query(Rows.of(StockIssues.OnHand.class)).optional();
    }

    private static String onHand(String condition) {
        return """
                SELECT x.item_id, x.name, x.specification, x.unit, x.category_name, x.store_id, x.store_name, x.quantity
                FROM (SELECT DISTINCT ON (i.id) i.id AS item_id, i.name, i.specification, i.unit,
                             c.name AS category_name, c.sort_order, i.code, s.id AS store_id, s.name AS store_name,
                             b.quantity
                      FROM warehouse.item i
                      JOIN warehouse.item_category c ON c.id = i.category_id
                      JOIN warehouse.balance b ON b.item_id = i.id AND b.quantity > 0
                      JOIN warehouse.store s ON s.id = b.store_id AND s.active
                      WHERE i.school_id = :school AND i.active""" + condition + """

                      ORDER BY i.id, (s.id IS NOT DISTINCT FROM i.default_store_id) DESC, b.quantity DESC) x""";
    }
}
