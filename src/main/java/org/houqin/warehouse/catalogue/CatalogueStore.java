package org.houqin.warehouse.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.houqin.platform.db.Listing;
import org.houqin.platform.db.Rows;
import org.houqin.platform.db.Search;
import org.houqin.platform.db.Where;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of the school's stores, item categories and item catalogue. */
@Component
class CatalogueStore {

    /** An item as it is saved. */
    record ItemValues(String code, String name, String specification, String unit, long categoryId,
                      BigDecimal reorderPoint, Long defaultStoreId) {
    }

    private final JdbcClient jdbc;

    CatalogueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertStore(long schoolId, String code, String name) {
        return jdbc.sql("INSERT INTO warehouse.store (school_id, code, name) VALUES (?, ?, ?) RETURNING id")
                .params(schoolId, code, name).query(Long.class).single();
    }

    /** Saves a store where it still has the version it was read with. */
    boolean updateStore(long schoolId, long id, String code, String name, boolean active, int version) {
        return jdbc.sql("""
                UPDATE warehouse.store SET code = ?, name = ?, active = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?""")
                .params(code, name, active, schoolId, id, version).update() == 1;
    }

    List<Catalogue.Store> stores(long schoolId) {
        return jdbc.sql("SELECT id, code, name, active, version FROM warehouse.store WHERE school_id = ? ORDER BY code")
                .param(schoolId).query(Rows.of(Catalogue.Store.class)).list();
    }

    List<Catalogue.Category> categories(long schoolId) {
        return jdbc.sql("""
                SELECT id, name, sort_order, active FROM warehouse.item_category WHERE school_id = ?
                ORDER BY sort_order, id""").param(schoolId).query(Rows.of(Catalogue.Category.class)).list();
    }

    /** Adds a category unless the school has one of that name. */
    void insertCategory(long schoolId, String name, int sortOrder) {
        jdbc.sql("""
                INSERT INTO warehouse.item_category (school_id, name, sort_order) VALUES (?, ?, ?)
                ON CONFLICT (school_id, name) DO NOTHING""").params(schoolId, name, sortOrder).update();
    }

    long insertItem(long schoolId, ItemValues item) {
        return jdbc.sql("""
                INSERT INTO warehouse.item (school_id, code, name, specification, unit, category_id, reorder_point,
                                            default_store_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, item.code(), item.name(), item.specification(), item.unit(), item.categoryId(),
                        item.reorderPoint(), item.defaultStoreId())
                .query(Long.class).single();
    }

    /** Saves an item where it still has the version it was read with. */
    boolean updateItem(long schoolId, long id, ItemValues item, boolean active, int version) {
        return jdbc.sql("""
                UPDATE warehouse.item SET code = ?, name = ?, specification = ?, unit = ?, category_id = ?,
                       reorder_point = ?, default_store_id = ?, active = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?""")
                .params(item.code(), item.name(), item.specification(), item.unit(), item.categoryId(),
                        item.reorderPoint(), item.defaultStoreId(), active, schoolId, id, version).update() == 1;
    }

    Optional<Catalogue.Item> item(long schoolId, long id) {
        return jdbc.sql(ITEM + " WHERE school_id = ? AND id = ?").params(schoolId, id)
                .query(Rows.of(Catalogue.Item.class)).optional();
    }

    Optional<Catalogue.Item> itemByCode(long schoolId, String code) {
        return jdbc.sql(ITEM + " WHERE school_id = ? AND code = ?").params(schoolId, code)
                .query(Rows.of(Catalogue.Item.class)).optional();
    }

    private static final String ITEM = """
            SELECT id, code, name, specification, unit, category_id, reorder_point, default_store_id, active, version
            FROM warehouse.item""";

    PageResult<Catalogue.Row> page(long schoolId, ListQuery query, Long categoryId) {
        return listing(schoolId, query, categoryId).page(query, Catalogue.Row.class);
    }

    List<Catalogue.Row> all(long schoolId, ListQuery query, Long categoryId) {
        return listing(schoolId, query, categoryId).all(Listing.EXPORT_LIMIT, Catalogue.Row.class);
    }

    /** The catalogue searched by name, or by code or specification in any case, optionally of one category. */
    private Listing listing(long schoolId, ListQuery query, Long categoryId) {
        return Listing.of(jdbc, COLUMNS, FROM).countFrom("warehouse.item i")
                .where(Where.of("i.school_id", "school", schoolId).search(query, SEARCH)
                        .equal("i.category_id", categoryId))
                .orderBy(Catalogue.SORTS, query, "i.id");
    }

    private static final Search SEARCH = Search.in("i.name").ignoringCase("i.code", "i.specification");

    private static final String COLUMNS = """
            i.id, i.code, i.name, i.specification, i.unit, c.name AS category_name, i.reorder_point,
            s.name AS store_name, i.active""";

    private static final String FROM = """
            warehouse.item i JOIN warehouse.item_category c ON c.id = i.category_id
            LEFT JOIN warehouse.store s ON s.id = i.default_store_id""";
}
