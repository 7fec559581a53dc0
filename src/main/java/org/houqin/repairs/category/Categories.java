package org.houqin.repairs.category;

import java.util.List;
import java.util.Optional;

import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** 报修类别: the school's editable list. Requests keep their category when it is switched off. */
@Component
public class Categories {

    /** The categories every school starts with; the teaching ones stop lessons when they fail. */
    static final List<Category> DEFAULTS = List.of(new Category(0, "照明", false, 10, true, 0),
            new Category(0, "水路阀门", false, 20, true, 0), new Category(0, "电路插座", false, 30, true, 0),
            new Category(0, "门窗锁具", false, 40, true, 0), new Category(0, "课桌椅", true, 50, true, 0),
            new Category(0, "多媒体教学设备", true, 60, true, 0), new Category(0, "网络电脑", false, 70, true, 0),
            new Category(0, "空调", false, 80, true, 0), new Category(0, "墙面屋顶", false, 90, true, 0),
            new Category(0, "其他", false, 100, true, 0));

    public record Category(long id, String name, boolean teaching, int sortOrder, boolean active, int version) {
    }

    private final JdbcClient jdbc;

    Categories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Category> all(long schoolId) {
        return jdbc.sql(SELECT + " WHERE school_id = ? ORDER BY sort_order, id").param(schoolId).query(Rows.of(Category.class)).list();
    }

    @Transactional(readOnly = true)
    public List<Category> active(long schoolId) {
        return all(schoolId).stream().filter(Category::active).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Category> find(long schoolId, long id) {
        return jdbc.sql(SELECT + " WHERE school_id = ? AND id = ?").params(schoolId, id).query(Rows.of(Category.class)).optional();
    }

    @Transactional(readOnly = true)
    public Optional<Category> byName(long schoolId, String name) {
        return jdbc.sql(SELECT + " WHERE school_id = ? AND name = ?").params(schoolId, name).query(Rows.of(Category.class)).optional();
    }

    long insert(long schoolId, CategoryForm form) {
        return jdbc.sql("""
                INSERT INTO repairs.category (school_id, name, teaching, sort_order, active) VALUES (?, ?, ?, ?, ?)
                RETURNING id""").params(schoolId, form.getName(), form.isTeaching(), form.getSortOrder(), form.isActive())
                .query(Long.class).single();
    }

    boolean update(long schoolId, long id, CategoryForm form) {
        return jdbc.sql("""
                UPDATE repairs.category SET name = ?, teaching = ?, sort_order = ?, active = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?""")
                .params(form.getName(), form.isTeaching(), form.getSortOrder(), form.isActive(), schoolId, id,
                        form.getVersion()).update() == 1;
    }

    /** Gives a school the default categories, once. */
    @Transactional
    public void createDefaults(long schoolId) {
        for (Category category : DEFAULTS) {
            jdbc.sql("""
                    INSERT INTO repairs.category (school_id, name, teaching, sort_order) VALUES (?, ?, ?, ?)
                    ON CONFLICT (school_id, name) DO NOTHING""")
                    .params(schoolId, category.name(), category.teaching(), category.sortOrder()).update();
        }
    }

    private static final String SELECT = "SELECT id, name, teaching, sort_order, active, version FROM repairs.category";
}
