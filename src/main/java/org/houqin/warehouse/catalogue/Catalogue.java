package org.houqin.warehouse.catalogue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.houqin.audit.AuditLog;
import org.houqin.platform.db.Rows;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.RuleViolation;
import org.houqin.platform.web.Sorts;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The school's stores (总仓库, 文印室), its item categories (an editable dictionary) and its item catalogue. */
@Service
public class Catalogue {

    public record Store(long id, String code, String name, boolean active, int version) {
    }

    public record Category(long id, String name, int sortOrder, boolean active) {
    }

    public record Item(long id, String code, String name, String specification, String unit, long categoryId,
                       BigDecimal reorderPoint, Long defaultStoreId, boolean active, int version) {
    }

    /** An item as the catalogue lists it, with its category's and default store's names. */
    public record Row(long id, String code, String name, String specification, String unit, String categoryName,
                      BigDecimal reorderPoint, String storeName, boolean active) {
    }

    static final Sorts SORTS = Sorts.of("code", "i.code", "name", "i.name", "category", "c.sort_order",
            "reorder", "i.reorder_point");

    /** The categories every school starts with. */
    static final List<String> DEFAULT_CATEGORIES = List.of("办公用品", "清洁用品", "维修材料", "教材", "作业本", "电教耗材",
            "劳保用品", "其他");

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Catalogue(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
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

    /** A page of the catalogue, searched by code, name or specification, optionally of one category. */
    @Transactional(readOnly = true)
    public PageResult<Row> page(long schoolId, ListQuery query, Long categoryId) {
        String where = ROW_WHERE;
        long total = jdbc.sql("SELECT count(*) FROM warehouse.item i" + where).params(params(schoolId, query, categoryId))
                .query(Long.class).single();
        List<Row> rows = jdbc.sql(ROW_SELECT + where + " ORDER BY " + SORTS.orderBy(query) + ", i.id LIMIT :limit OFFSET :offset")
                .params(params(schoolId, query, categoryId)).param("limit", ListQuery.PAGE_SIZE)
                .param("offset", query.offset()).query(Rows.of(Row.class)).list();
        return new PageResult<>(rows, query.page(), total);
    }

    @Transactional(readOnly = true)
    public List<Row> all(long schoolId, ListQuery query, Long categoryId) {
        return jdbc.sql(ROW_SELECT + ROW_WHERE + " ORDER BY " + SORTS.orderBy(query) + ", i.id")
                .params(params(schoolId, query, categoryId)).query(Rows.of(Row.class)).list();
    }

    /** Adds an item from the form, after checking its category and store are the school's. */
    @Transactional
    public long addItem(long schoolId, ItemForm form) {
        check(schoolId, form);
        long id = addItem(schoolId, form.getCode(), form.getName(), form.getSpecification(), form.getUnit(),
                form.getCategoryId(), form.getReorderPoint(), form.getDefaultStoreId());
        audit.changedIn(schoolId, "warehouse", "item", id, "CREATE", null, item(schoolId, id).orElseThrow());
        return id;
    }

    @Transactional
    public void updateItem(long schoolId, long id, ItemForm form) {
        Item before = item(schoolId, id).orElseThrow(() -> new NotFoundException("item", id));
        check(schoolId, form);
        boolean saved = Forms.unique("code", "item.code.duplicate", () -> jdbc.sql("""
                UPDATE warehouse.item SET code = ?, name = ?, specification = ?, unit = ?, category_id = ?,
                       reorder_point = ?, default_store_id = ?, active = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?""")
                .params(form.getCode(), form.getName(), form.getSpecification(), form.getUnit(), form.getCategoryId(),
                        form.getReorderPoint(), form.getDefaultStoreId(), form.isActive(), schoolId, id,
                        form.getVersion()).update() == 1);
        if (!saved) {
            throw new OptimisticLockingFailureException("item " + id + " changed");
        }
        audit.changedIn(schoolId, "warehouse", "item", id, "UPDATE", before, item(schoolId, id).orElseThrow());
    }

    private void check(long schoolId, ItemForm form) {
        if (categories(schoolId).stream().noneMatch(c -> c.id() == form.getCategoryId())) {
            throw new RuleViolation("categoryId", "item.category.unknown");
        }
        if (form.getDefaultStoreId() != null && store(schoolId, form.getDefaultStoreId()).isEmpty()) {
            throw new RuleViolation("defaultStoreId", "item.store.unknown");
        }
    }

    @Transactional
    public void updateStore(long schoolId, long id, String code, String name, boolean active, int version) {
        boolean saved = Forms.unique("code", "store.code.duplicate", () -> jdbc.sql("""
                UPDATE warehouse.store SET code = ?, name = ?, active = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?""")
                .params(code, name, active, schoolId, id, version).update() == 1);
        if (!saved) {
            throw new OptimisticLockingFailureException("store " + id + " changed");
        }
    }

    @Transactional(readOnly = true)
    public Optional<Store> store(long schoolId, long id) {
        return stores(schoolId).stream().filter(s -> s.id() == id).findFirst();
    }

    private static Map<String, Object> params(long schoolId, ListQuery query, Long categoryId) {
        Map<String, Object> params = new HashMap<>();
        params.put("school", schoolId);
        params.put("q", query.q());
        params.put("like", query.likePattern());
        params.put("category", categoryId);
        return params;
    }

    private static final String ROW_SELECT = """
            SELECT i.id, i.code, i.name, i.specification, i.unit, c.name AS category_name, i.reorder_point,
                   s.name AS store_name, i.active
            FROM warehouse.item i JOIN warehouse.item_category c ON c.id = i.category_id
            LEFT JOIN warehouse.store s ON s.id = i.default_store_id""";

    private static final String ROW_WHERE = " WHERE i.school_id = :school"
            + " AND (:q = '' OR i.code ILIKE :like OR i.name ILIKE :like OR i.specification ILIKE :like)"
            + " AND (CAST(:category AS bigint) IS NULL OR i.category_id = :category)";

    @Transactional(readOnly = true)
    public List<Store> stores(long schoolId) {
        return jdbc.sql("SELECT id, code, name, active, version FROM warehouse.store WHERE school_id = ? ORDER BY code")
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

    /**
     * The filled lines of a document's form, answered at the line when its item is not the school's (or not in use,
     * when {@code activeOnly}), its quantity is missing, or its item is there twice; at least one line is needed.
     *
     * @return the indexes of the filled lines, in order
     */
    @Transactional(readOnly = true)
    public List<Integer> checkLines(long schoolId, List<? extends ItemLine> lines, boolean activeOnly) {
        java.util.Set<Long> items = new java.util.HashSet<>();
        List<Integer> filled = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ItemLine line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            if (line.getItemId() == null || item(schoolId, line.getItemId())
                    .filter(found -> found.active() || !activeOnly).isEmpty()) {
                throw new RuleViolation("lines[" + i + "].itemId", "receipt.item.unknown");
            }
            if (line.getQuantity() == null) {
                throw new RuleViolation("lines[" + i + "].quantity", "validation.required");
            }
            if (!items.add(line.getItemId())) {
                throw new RuleViolation("lines[" + i + "].itemId", "requisition.item.twice");
            }
            filled.add(i);
        }
        if (filled.isEmpty()) {
            throw new RuleViolation("lines[0].itemId", "receipt.lines.none");
        }
        return filled;
    }

    @Transactional(readOnly = true)
    public Optional<Item> item(long schoolId, long id) {
        return jdbc.sql("""
                SELECT id, code, name, specification, unit, category_id, reorder_point, default_store_id, active, version
                FROM warehouse.item WHERE school_id = ? AND id = ?""").params(schoolId, id)
                .query(Rows.of(Item.class)).optional();
    }
}
