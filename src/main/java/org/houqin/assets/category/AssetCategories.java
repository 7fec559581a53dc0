package org.houqin.assets.category;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.houqin.audit.AuditLog;
import org.houqin.organization.SchoolCreated;
import org.houqin.platform.cache.SchoolCaches;
import org.houqin.platform.db.Versioned;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 资产分类: the school's GB/T 14885 tree with the useful life each category gives new cards. New schools get the
 * default tree when they are created.
 */
@Service
public class AssetCategories {

    public record Category(long id, String code, String name, Long parentId, boolean depreciable,
                           Integer usefulLifeMonths, boolean appliance, boolean active, int version, int depth,
                           long assetCount, boolean heading) {

        public String label() {
            return code + " " + name;
        }

        /** A 门类 heading the classes below it (通用设备): cards go into a class, not here. */
        public boolean takesCards() {
            return !heading;
        }

        /** The life in years when it is a whole number of years, else in months, for the category list. */
        public String lifeText() {
            if (usefulLifeMonths == null) {
                return "—";
            }
            return usefulLifeMonths % 12 == 0 ? usefulLifeMonths / 12 + " 年" : usefulLifeMonths + " 个月";
        }
    }

    /** The cache of {@link #tree(long)}, evicted by the store on every write (ADR 0030). */
    static final String CACHE = "assets.categories";

    private final AssetCategoryStore store;
    private final AuditLog audit;
    private final SchoolCaches.Named<List<Category>> cachedTree;

    AssetCategories(AssetCategoryStore store, AuditLog audit, SchoolCaches caches) {
        this.store = store;
        this.audit = audit;
        this.cachedTree = caches.named(CACHE);
    }

    @EventListener
    void on(SchoolCreated school) {
        store.seed(school.schoolId());
    }

    /**
     * The whole tree in code order, each with its depth, for pickers and filters: cached per school. Rules read the
     * database ({@link #find}, {@link #withDescendants}).
     */
    @Transactional(readOnly = true)
    public List<Category> tree(long schoolId) {
        return cachedTree.get(schoolId, () -> List.copyOf(tree(schoolId, false)));
    }

    /** The tree with the number of cards on the books in each category, for the category list. */
    @Transactional(readOnly = true)
    public List<Category> treeWithCounts(long schoolId) {
        return tree(schoolId, true);
    }

    private List<Category> tree(long schoolId, boolean counted) {
        List<Category> flat = store.all(schoolId, counted);
        Map<Long, Category> byId = new java.util.HashMap<>();
        flat.forEach(c -> byId.put(c.id(), c));
        List<Category> out = new ArrayList<>();
        for (Category c : flat) {
            int depth = 0;
            for (Long p = c.parentId(); p != null && depth < 10; p = byId.get(p) == null ? null : byId.get(p).parentId()) {
                depth++;
            }
            out.add(new Category(c.id(), c.code(), c.name(), c.parentId(), c.depreciable(), c.usefulLifeMonths(),
                    c.appliance(), c.active(), c.version(), depth, c.assetCount(), c.heading()));
        }
        return out;
    }

    @Transactional(readOnly = true)
    public Optional<Category> find(long schoolId, long id) {
        return tree(schoolId, false).stream().filter(c -> c.id() == id).findFirst();
    }

    /** A category and everything under it, for filters and reports. */
    @Transactional(readOnly = true)
    public Set<Long> withDescendants(long schoolId, long id) {
        List<Category> all = tree(schoolId, false);
        Set<Long> ids = new HashSet<>(Set.of(id));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Category c : all) {
                if (c.parentId() != null && ids.contains(c.parentId()) && ids.add(c.id())) {
                    grew = true;
                }
            }
        }
        return ids;
    }

    @Transactional
    public long create(long schoolId, AssetCategoryForm form) {
        form.check();
        long id = Forms.unique("code", "assetCategory.code.taken", () -> store.insert(schoolId, values(form)));
        store.relink(schoolId, false);
        audit.changedIn(schoolId, "assets", "asset_category", id, "CREATE", null,
                Map.of("code", form.getCode(), "name", form.getName()));
        return id;
    }

    @Transactional
    public void update(long schoolId, long id, AssetCategoryForm form) {
        form.check();
        Category before = find(schoolId, id).orElseThrow(() -> new NotFoundException("category", id));
        Versioned.saved(Forms.unique("code", "assetCategory.code.taken",
                () -> store.update(schoolId, id, form.getVersion(), values(form))), "category", id);
        store.relink(schoolId, !before.code().equals(form.getCode()));
        audit.changedIn(schoolId, "assets", "asset_category", id, "UPDATE",
                Map.of("code", before.code(), "name", before.name(), "life", String.valueOf(before.usefulLifeMonths())),
                Map.of("code", form.getCode(), "name", form.getName(), "life", String.valueOf(form.lifeMonths())));
    }

    /**
     * The category a GB/T 14885 code names under its nearest parent in the school's tree (2010105 under 2010000), or
     * none when the tree has no parent for it.
     */
    @Transactional(readOnly = true)
    public Optional<Category> parentOf(long schoolId, String code) {
        return tree(schoolId).stream().filter(c -> !c.code().equals(code) && !stem(c.code()).isEmpty()
                        && code.startsWith(stem(c.code())))
                .max(Comparator.comparingInt(c -> stem(c.code()).length()));
    }

    /**
     * A category an import names by its GB/T 14885 code that the school's tree lacks: added under its parent, with
     * the parent's useful life and appliance flag, in the import's transaction.
     */
    @Transactional
    public long createFromCode(long schoolId, String code, String name) {
        Category parent = parentOf(schoolId, code).orElseThrow(() -> new NotFoundException("category", code));
        long id = store.insert(schoolId, new AssetCategoryStore.Values(code, name, parent.depreciable(),
                parent.usefulLifeMonths(), parent.appliance(), true));
        store.relink(schoolId, false);
        audit.changedIn(schoolId, "assets", "asset_category", id, "CREATE", null, Map.of("code", code, "name", name));
        return id;
    }

    private static String stem(String code) {
        return code.replaceAll("0+$", "");
    }

    /** A category of an imported table, checked. */
    record Imported(String code, String name, Integer lifeMonths, boolean appliance) {
    }

    /**
     * Writes an imported category table: a code that exists is updated, a new one added, and the tree relinked from
     * the codes. Runs in the import's transaction.
     */
    @Transactional
    void saveImported(long schoolId, List<Imported> lines) {
        lines.forEach(line -> store.upsert(schoolId, new AssetCategoryStore.Values(line.code(), line.name(),
                line.lifeMonths() != null, line.lifeMonths(), line.appliance(), true)));
        store.relink(schoolId, true);
        audit.changedIn(schoolId, "assets", "asset_category", null, "IMPORT", null, Map.of("rows", lines.size()));
    }

    private static AssetCategoryStore.Values values(AssetCategoryForm form) {
        return new AssetCategoryStore.Values(form.getCode(), form.getName(), form.isDepreciable(), form.lifeMonths(),
                form.isAppliance(), form.isActive());
    }
}
