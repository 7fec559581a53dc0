package org.houqin.repairs.category;

import java.util.List;
import java.util.Optional;

import org.houqin.audit.AuditLog;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 报修类别: the school's editable list, saved with an audit row; a name is unique in a school, and requests keep
 * their category when it is switched off.
 */
@Service
public class CategoryService {

    public record Category(long id, String name, boolean teaching, int sortOrder, boolean active, int version) {
    }

    /** The categories every school starts with; the teaching ones stop lessons when they fail. */
    static final List<Category> DEFAULTS = List.of(new Category(0, "照明", false, 10, true, 0),
            new Category(0, "水路阀门", false, 20, true, 0), new Category(0, "电路插座", false, 30, true, 0),
            new Category(0, "门窗锁具", false, 40, true, 0), new Category(0, "课桌椅", true, 50, true, 0),
            new Category(0, "多媒体教学设备", true, 60, true, 0), new Category(0, "网络电脑", false, 70, true, 0),
            new Category(0, "空调", false, 80, true, 0), new Category(0, "墙面屋顶", false, 90, true, 0),
            new Category(0, "其他", false, 100, true, 0));

    private final CategoryStore categories;
    private final AuditLog audit;

    CategoryService(CategoryStore categories, AuditLog audit) {
        this.categories = categories;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Category> all(long schoolId) {
        return categories.all(schoolId);
    }

    @Transactional(readOnly = true)
    public List<Category> active(long schoolId) {
        return all(schoolId).stream().filter(Category::active).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Category> find(long schoolId, long id) {
        return categories.find(schoolId, id);
    }

    @Transactional(readOnly = true)
    public Optional<Category> byName(long schoolId, String name) {
        return categories.byName(schoolId, name);
    }

    /** Gives a school the default categories, once. */
    @Transactional
    public void createDefaults(long schoolId) {
        for (Category category : DEFAULTS) {
            categories.insertIfNew(schoolId, category.name(), category.teaching(), category.sortOrder());
        }
    }

    @Transactional
    long create(long schoolId, CategoryForm form) {
        long id = Forms.unique("name", "repair.category.duplicate", () -> categories.insert(schoolId, facts(form)));
        audit.changed("repairs", "category", id, "CREATE", null, categories.find(schoolId, id).orElseThrow());
        return id;
    }

    @Transactional
    void update(long schoolId, long id, CategoryForm form) {
        Category before = categories.find(schoolId, id)
                .orElseThrow(() -> new NotFoundException("repair category", id));
        boolean saved = Forms.unique("name", "repair.category.duplicate",
                () -> categories.update(schoolId, id, form.getVersion(), facts(form)));
        if (!saved) {
            throw new OptimisticLockingFailureException("repair category " + id + " changed");
        }
        audit.changed("repairs", "category", id, "UPDATE", before, categories.find(schoolId, id).orElseThrow());
    }

    private static CategoryStore.Facts facts(CategoryForm form) {
        return new CategoryStore.Facts(form.getName(), form.isTeaching(), form.getSortOrder(), form.isActive());
    }
}
