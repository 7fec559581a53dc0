package org.houqin.assets.category;

import java.util.List;

import org.houqin.platform.cache.SchoolCaches;
import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of the category tree; parents are worked out by the database from the codes (ADR 0013). */
@Component
class AssetCategoryStore {

    /** A category as a form or an import gives it. */
    record Values(String code, String name, boolean depreciable, Integer lifeMonths, boolean appliance,
                  boolean active) {
    }

    private final JdbcClient jdbc;
    private final SchoolCaches caches;

    AssetCategoryStore(JdbcClient jdbc, SchoolCaches caches) {
        this.jdbc = jdbc;
        this.caches = caches;
    }

    /** A new school's tree (GB/T 14885's top levels with useful lives). */
    void seed(long schoolId) {
        caches.evict(AssetCategories.CACHE, schoolId);
        jdbc.sql("SELECT assets.seed_school(?)").param(schoolId).query((rs, n) -> 1).list();
    }

    /** The categories in code order, with the cards on the books in each when {@code counted}. */
    List<AssetCategories.Category> all(long schoolId, boolean counted) {
        return jdbc.sql("""
                SELECT c.id, c.code, c.name, c.parent_id, c.depreciable, c.useful_life_months, c.appliance, c.active,
                       c.version, 0 AS depth,
                       CASE WHEN :counted THEN (SELECT count(*) FROM assets.asset a WHERE a.category_id = c.id
                                                  AND a.status <> 'DISPOSED') ELSE 0 END AS asset_count,
                       (c.parent_id IS NULL AND NOT c.depreciable
                        AND EXISTS (SELECT 1 FROM assets.category k WHERE k.parent_id = c.id)) AS heading
                FROM assets.category c WHERE c.school_id = :school ORDER BY c.code""").param("counted", counted)
                .param("school", schoolId).query(Rows.of(AssetCategories.Category.class)).list();
    }

    long insert(long schoolId, Values v) {
        caches.evict(AssetCategories.CACHE, schoolId);
        return jdbc.sql("""
                INSERT INTO assets.category (school_id, code, name, depreciable, useful_life_months, appliance, active)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, v.code(), v.name(), v.depreciable(), v.lifeMonths(), v.appliance(), v.active())
                .query(Long.class).single();
    }

    boolean update(long schoolId, long id, int version, Values v) {
        caches.evict(AssetCategories.CACHE, schoolId);
        return jdbc.sql("""
                UPDATE assets.category SET code = ?, name = ?, depreciable = ?, useful_life_months = ?, appliance = ?,
                       active = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?""")
                .params(v.code(), v.name(), v.depreciable(), v.lifeMonths(), v.appliance(), v.active(), schoolId, id,
                        version).update() == 1;
    }

    /** A code that exists is updated, a new one added. */
    void upsert(long schoolId, Values v) {
        caches.evict(AssetCategories.CACHE, schoolId);
        jdbc.sql("""
                INSERT INTO assets.category (school_id, code, name, depreciable, useful_life_months, appliance)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (school_id, code) DO UPDATE SET name = EXCLUDED.name,
                       depreciable = EXCLUDED.depreciable, useful_life_months = EXCLUDED.useful_life_months,
                       appliance = EXCLUDED.appliance, version = assets.category.version + 1""")
                .params(schoolId, v.code(), v.name(), v.depreciable(), v.lifeMonths(), v.appliance()).update();
    }

    /** Works every category's parent out again from the codes (after a code changed or a table was imported). */
    void relink(long schoolId, boolean fromScratch) {
        caches.evict(AssetCategories.CACHE, schoolId);
        if (fromScratch) {
            jdbc.sql("UPDATE assets.category SET parent_id = NULL WHERE school_id = ?").param(schoolId).update();
        }
        jdbc.sql("SELECT assets.link_parents(?)").param(schoolId).query((rs, n) -> 1).list();
    }
}
