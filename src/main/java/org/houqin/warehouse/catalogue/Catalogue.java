package org.houqin.warehouse.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.houqin.platform.db.Rows;
import org.houqin.platform.web.Forms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The school's stores (总仓库, 文印室), its item categories (an editable dictionary) and its item catalogue. */
@Service
public class Catalogue {

    public record Store(long id, String code, String name, boolean active) {
    }

    public record Category(long id, String name, int sortOrder, boolean active) {
    }

    public record Item(long id, String code, String name, String specification, String unit, long categoryId,
                       BigDecimal reorderPoint, Long defaultStoreId, boolean active) {
    }

    /** The categories every school starts with. */
    static final List<String> DEFAULT_CATEGORIES = List.of("办公用品", "清洁用品", "维修材料", "教材", "作业本", "电教耗材",
            "劳保用品", "其他");

    private final JdbcClient jdbc;

    Catalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public long addStore(long schoolId, String code, String name) {
        return Forms.unique("code", "store.code.duplicate", () -> jdbc.sql("""
                INSERT INTO warehouse.store (school_id, code, name) VALUES (?, ?, ?) RETURNING id""")
                .params(schoolId, code, name).query(Long.class).single());
    }

    @Transactional
    public long addItem(long schoolId, String code, String name, String specification, String unit, long categoryId,
                        BigDecimal reorderPoint, Long defaultStoreId) {
        return Forms.unique("code", "item.code.duplicate", () -> jdbc.sql("""
                INSERT INTO warehouse.item (school_id, code, name, specification, unit, category_id, reorder_point,
                                            default_store_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, code, name, specification, unit, categoryId, reorderPoint, defaultStoreId)
                .query(Long.class).single());
    }

    @Transactional(readOnly = true)
    public List<Store> stores(long schoolId) {
        return jdbc.sql("SELECT id, code, name, active FROM warehouse.store WHERE school_id = ? ORDER BY code")
                .param(schoolId).query(Rows.of(Store.class)).list();
    }

    @Transactional(readOnly = true)
    public List<Category> categories(long schoolId) {
        return jdbc.sql("SELECT id, name, sort_order, active FROM warehouse.item_category WHERE school_id = ? ORDER BY sort_order, id")
                .param(schoolId).query(Rows.of(Category.class)).list();
    }

    /** Gives a new school the default categories, once. */
    @Transactional
    public void createDefaultCategories(long schoolId) {
        for (int i = 0; i < DEFAULT_CATEGORIES.size(); i++) {
            jdbc.sql("""
                    INSERT INTO warehouse.item_category (school_id, name, sort_order) VALUES (?, ?, ?)
                    ON CONFLICT (school_id, name) DO NOTHING""").params(schoolId, DEFAULT_CATEGORIES.get(i), (i + 1) * 10)
                    .update();
        }
    }

    @Transactional(readOnly = true)
    public Optional<Item> item(long schoolId, long id) {
        return jdbc.sql("""
                SELECT id, code, name, specification, unit, category_id, reorder_point, default_store_id, active
                FROM warehouse.item WHERE school_id = ? AND id = ?""").params(schoolId, id)
                .query(Rows.of(Item.class)).optional();
    }
}
