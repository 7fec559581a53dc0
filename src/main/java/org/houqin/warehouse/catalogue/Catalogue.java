package org.houqin.warehouse.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import org.houqin.audit.AuditLog;
import org.houqin.platform.db.Versioned;
import org.houqin.platform.document.DocumentLines;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.RuleViolation;
import org.houqin.platform.web.Sorts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The school's stores (总仓库, 文印室), its item categories (an editable dictionary) and its item catalogue. */
@Service
public class Catalogue {

    @Schema(name = "WarehouseStore")
    public record Store(long id, String code, String name, boolean active, int version) {
    }

    @Schema(name = "CatalogueCategory")
    public record Category(long id, String name, int sortOrder, boolean active) {
    }

    @Schema(name = "CatalogueItem")
    public record Item(long id, String code, String name, String specification, String unit, long categoryId,
                       BigDecimal reorderPoint, Long defaultStoreId, boolean active, int version) {
    }

    /** An item as the catalogue lists it, with its category's and default store's names. */
    @Schema(name = "CatalogueRow")
    public record Row(long id, String code, String name, String specification, String unit, String categoryName,
                      BigDecimal reorderPoint, String storeName, boolean active) {
    }

    static final Sorts SORTS = Sorts.of("code", "i.code", "name", "i.name", "category", "c.sort_order",
            "reorder", "i.reorder_point").neverNull("code", "name", "reorder");

    /** The categories every school starts with. */
    static final List<String> DEFAULT_CATEGORIES = List.of("办公用品", "清洁用品", "维修材料", "教材", "作业本", "电教耗材",
            "劳保用品", "其他");

    private final CatalogueStore store;
    private final AuditLog audit;

    Catalogue(CatalogueStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    @Transactional
    public long addStore(long schoolId, String code, String name) {
        return Forms.unique("code", "store.code.duplicate", () -> store.insertStore(schoolId, code, name));
    }

    /** Adds a store from its form, with an audit row. */
    @Transactional
    public long createStore(long schoolId, String code, String name) {
        long id = addStore(schoolId, code, name);
        audit.changed("warehouse", "store", id, "CREATE", null, store(schoolId, id).orElseThrow());
        return id;
    }

    /** Saves a store from its form where nobody changed it since, with an audit row. */
    @Transactional
    public void updateStore(long schoolId, long id, String code, String name, boolean active, int version) {
        Store before = store(schoolId, id).orElseThrow(() -> new NotFoundException("store", id));
        boolean saved = Forms.unique("code", "store.code.duplicate",
                () -> store.updateStore(schoolId, id, code, name, active, version));
        Versioned.saved(saved, "store", id);
        audit.changed("warehouse", "store", id, "UPDATE", before, store(schoolId, id).orElseThrow());
    }

    @Transactional
    public long addItem(long schoolId, String code, String name, String specification, String unit, long categoryId,
                        BigDecimal reorderPoint, Long defaultStoreId) {
        return Forms.unique("code", "item.code.duplicate", () -> store.insertItem(schoolId,
                new CatalogueStore.ItemValues(code, name, specification, unit, categoryId, reorderPoint, defaultStoreId)));
    }

    /** A page of the catalogue, searched by code, name or specification, optionally of one category. */
    @Transactional(readOnly = true)
    public PageResult<Row> page(long schoolId, ListQuery query, Long categoryId) {
        return store.page(schoolId, query, categoryId);
    }

    @Transactional(readOnly = true)
    public List<Row> all(long schoolId, ListQuery query, Long categoryId) {
        return store.all(schoolId, query, categoryId);
    }

    /** The items in use, by code: what a document's form offers. */
    @Transactional(readOnly = true)
    public List<Row> activeItems(long schoolId) {
        return all(schoolId, new ListQuery(null, "code", null, 1), null).stream().filter(Row::active).toList();
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
        CatalogueStore.ItemValues values = new CatalogueStore.ItemValues(form.getCode(), form.getName(),
                form.getSpecification(), form.getUnit(), form.getCategoryId(), form.getReorderPoint(),
                form.getDefaultStoreId());
        boolean saved = Forms.unique("code", "item.code.duplicate",
                () -> store.updateItem(schoolId, id, values, form.isActive(), form.getVersion()));
        Versioned.saved(saved, "item", id);
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

    @Transactional(readOnly = true)
    public Optional<Store> store(long schoolId, long id) {
        return stores(schoolId).stream().filter(s -> s.id() == id).findFirst();
    }

    @Transactional(readOnly = true)
    public List<Store> stores(long schoolId) {
        return store.stores(schoolId);
    }

    /** The stores in use: what a document's form offers. */
    @Transactional(readOnly = true)
    public List<Store> activeStores(long schoolId) {
        return stores(schoolId).stream().filter(Store::active).toList();
    }

    @Transactional(readOnly = true)
    public List<Category> categories(long schoolId) {
        return store.categories(schoolId);
    }

    /** Gives a new school the default categories, once. */
    @Transactional
    public void createDefaultCategories(long schoolId) {
        for (int i = 0; i < DEFAULT_CATEGORIES.size(); i++) {
            store.insertCategory(schoolId, DEFAULT_CATEGORIES.get(i), (i + 1) * 10);
        }
    }

    /**
     * The filled lines of a document's form, answered at the line when its item is not the school's (or not in use,
     * when {@code activeOnly}), the line is incomplete (no quantity, or what else the line needs), or its item is
     * there twice; at least one line is needed.
     *
     * @return the indexes of the filled lines, in order
     */
    @Transactional(readOnly = true)
    public List<Integer> checkLines(long schoolId, List<? extends ItemLine> lines, boolean activeOnly) {
        Set<Long> items = new HashSet<>();
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ItemLine line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            if (line.getItemId() == null || item(schoolId, line.getItemId())
                    .filter(found -> found.active() || !activeOnly).isEmpty()) {
                throw new RuleViolation(DocumentLines.field(i, "itemId"), "receipt.item.unknown");
            }
            if (!line.isComplete()) {
                throw new RuleViolation(DocumentLines.field(i, "quantity"), line.incompleteKey());
            }
            if (!items.add(line.getItemId())) {
                throw new RuleViolation(DocumentLines.field(i, "itemId"), "requisition.item.twice");
            }
            filled.add(i);
        }
        if (filled.isEmpty()) {
            throw new RuleViolation(DocumentLines.field(0, "itemId"), "receipt.lines.none");
        }
        return filled;
    }

    @Transactional(readOnly = true)
    public Optional<Item> item(long schoolId, long id) {
        return store.item(schoolId, id);
    }

    /** The item with this code (codes are unique in a school). */
    @Transactional(readOnly = true)
    public Optional<Item> itemByCode(long schoolId, String code) {
        return store.itemByCode(schoolId, code);
    }
}
