package org.houqin.repairs.category;

import java.util.List;
import java.util.Optional;

import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of a school's repair categories. */
@Component
class CategoryStore {

    /** A category as its form gives it. */
    record Facts(String name, boolean teaching, int sortOrder, boolean active) {
    }

    private final JdbcClient jdbc;

    CategoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CategoryService.Category> all(long schoolId) {
        return jdbc.sql(SELECT + " WHERE school_id = ? ORDER BY sort_order, id").param(schoolId)
                .query(Rows.of(CategoryService.Category.class)).list();
    }

    Optional<CategoryService.Category> find(long schoolId, long id) {
        return jdbc.sql(SELECT + " WHERE school_id = ? AND id = ?").params(schoolId, id)
                .query(Rows.of(CategoryService.Category.class)).optional();
    }

    Optional<CategoryService.Category> byName(long schoolId, String name) {
        return jdbc.sql(SELECT + " WHERE school_id = ? AND name = ?").params(schoolId, name)
                .query(Rows.of(CategoryService.Category.class)).optional();
    }

    long insert(long schoolId, Facts c) {
        return jdbc.sql("""
                INSERT INTO repairs.category (school_id, name, teaching, sort_order, active) VALUES (?, ?, ?, ?, ?)
                RETURNING id""").params(schoolId, c.name(), c.teaching(), c.sortOrder(), c.active())
                .query(Long.class).single();
    }

    boolean update(long schoolId, long id, int version, Facts c) {
        return jdbc.sql("""
                UPDATE repairs.category SET name = ?, teaching = ?, sort_order = ?, active = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?""")
                .params(c.name(), c.teaching(), c.sortOrder(), c.active(), schoolId, id, version).update() == 1;
    }

    /** Adds the category unless the school has one of that name. */
    void insertIfNew(long schoolId, String name, boolean teaching, int sortOrder) {
        jdbc.sql("""
                INSERT INTO repairs.category (school_id, name, teaching, sort_order) VALUES (?, ?, ?, ?)
                ON CONFLICT (school_id, name) DO NOTHING""")
                .params(schoolId, name, teaching, sortOrder).update();
    }

    private static final String SELECT = "SELECT id, name, teaching, sort_order, active, version FROM repairs.category";
}
