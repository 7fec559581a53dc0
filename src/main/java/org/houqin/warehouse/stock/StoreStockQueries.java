package org.houqin.warehouse.stock;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How much of an item each store in use holds now, and the item's usual store: what a requester sees while choosing
 * and what the storekeeper may issue from another store.
 */
@Service
public class StoreStockQueries {

    /** One store's balance of an item. */
    public record StoreStock(long storeId, String storeName, BigDecimal quantity) {
    }

    /** An item across the stores in use (in the order of their codes), with its usual store if it has one. */
    public record ItemStock(long itemId, String unit, Long usualStoreId, List<StoreStock> stores) {

        /** What the store holds, zero when it is not a store in use. */
        public BigDecimal in(long storeId) {
            return stores.stream().filter(s -> s.storeId() == storeId).map(StoreStock::quantity).findFirst()
                    .orElse(BigDecimal.ZERO);
        }

        /** The other stores that hold some of it, the fullest first. */
        public List<StoreStock> elsewhere(long storeId) {
            return stores.stream().filter(s -> s.storeId() != storeId && s.quantity().signum() > 0)
                    .sorted((a, b) -> b.quantity().compareTo(a.quantity())).toList();
        }

        /** The other stores that hold some of it, as {@link #text()} writes them; empty when none does. */
        public String elsewhereText(long storeId) {
            return String.join(" · ", elsewhere(storeId).stream().map(s -> s.storeName() + " "
                    + s.quantity().stripTrailingZeros().toPlainString() + " " + unit).toList());
        }

        /** "文印室 380 包 · 总仓库 0 包": names, plain numbers and the unit, the same in every language. */
        public String text() {
            return String.join(" · ", stores.stream().map(s -> s.storeName() + " "
                    + s.quantity().stripTrailingZeros().toPlainString() + " " + unit).toList());
        }
    }

    record Row(long itemId, String unit, Long usualStoreId, long storeId, String storeName, BigDecimal quantity) {
    }

    private final JdbcClient jdbc;

    StoreStockQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every active item of the school, by id. */
    @Transactional(readOnly = true)
    public Map<Long, ItemStock> ofActiveItems(long schoolId) {
        return group(jdbc.sql(SELECT + " AND i.active ORDER BY i.id, s.code").param("school", schoolId)
                .query(Rows.of(Row.class)).list());
    }

    /** These items (active or not), by id. */
    @Transactional(readOnly = true)
    public Map<Long, ItemStock> of(long schoolId, Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return group(jdbc.sql(SELECT + " AND i.id = ANY(:items) ORDER BY i.id, s.code").param("school", schoolId)
                .param("items", itemIds.toArray(Long[]::new)).query(Rows.of(Row.class)).list());
    }

    /** One item. */
    @Transactional(readOnly = true)
    public Optional<ItemStock> of(long schoolId, long itemId) {
        return Optional.ofNullable(of(schoolId, List.of(itemId)).get(itemId));
    }

    private static Map<Long, ItemStock> group(List<Row> rows) {
        Map<Long, ItemStock> items = new LinkedHashMap<>();
        for (Row row : rows) {
            items.computeIfAbsent(row.itemId(), id -> new ItemStock(id, row.unit(), row.usualStoreId(), new java.util.ArrayList<>()))
                    .stores().add(new StoreStock(row.storeId(), row.storeName(), row.quantity()));
        }
        return items;
    }

    private static final String SELECT = """
            SELECT i.id AS item_id, i.unit, CASE WHEN u.active THEN i.default_store_id END AS usual_store_id,
                   s.id AS store_id, s.name AS store_name, coalesce(b.quantity, 0) AS quantity
            FROM warehouse.item i
            JOIN warehouse.store s ON s.school_id = i.school_id AND s.active
            LEFT JOIN warehouse.store u ON u.id = i.default_store_id
            LEFT JOIN warehouse.balance b ON b.item_id = i.id AND b.store_id = s.id
            WHERE i.school_id = :school""";
}
