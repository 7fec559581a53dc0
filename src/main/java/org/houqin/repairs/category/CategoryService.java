package org.houqin.repairs.category;

import org.houqin.audit.AuditLog;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saves categories with an audit row; a name is unique in a school. */
@Service
class CategoryService {

    private final Categories categories;
    private final AuditLog audit;

    CategoryService(Categories categories, AuditLog audit) {
        this.categories = categories;
        this.audit = audit;
    }

    @Transactional
    public long create(long schoolId, CategoryForm form) {
        long id = Forms.unique("name", "repair.category.duplicate", () -> categories.insert(schoolId, form));
        audit.changed("repairs", "category", id, "CREATE", null, categories.find(schoolId, id).orElseThrow());
        return id;
    }

    @Transactional
    public void update(long schoolId, long id, CategoryForm form) {
        Categories.Category before = categories.find(schoolId, id).orElseThrow(() -> new NotFoundException("repair category", id));
        boolean saved = Forms.unique("name", "repair.category.duplicate", () -> categories.update(schoolId, id, form));
        if (!saved) {
            throw new OptimisticLockingFailureException("repair category " + id + " changed");
        }
        audit.changed("repairs", "category", id, "UPDATE", before, categories.find(schoolId, id).orElseThrow());
    }
}
