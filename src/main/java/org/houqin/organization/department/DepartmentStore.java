package org.houqin.organization.department;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.houqin.organization.OrganizationApi;
import org.houqin.platform.cache.SchoolCaches;
import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of a school's department tree. */
@Component
class DepartmentStore {

    /** A department as a form gives it, for adding or editing. */
    record Facts(Long parentId, String code, String name, int sortOrder) {
    }

    private final JdbcClient jdbc;
    private final SchoolCaches caches;

    DepartmentStore(JdbcClient jdbc, SchoolCaches caches) {
        this.jdbc = jdbc;
        this.caches = caches;
    }

    /** The whole tree in display order: each department followed by its children. */
    List<DepartmentService.Row> tree(long schoolId) {
        return jdbc.sql("""
                WITH RECURSIVE t AS (
                    SELECT d.id, d.parent_id, d.code, d.name, d.sort_order, d.version, 0 AS depth,
                           ARRAY[d.sort_order, d.id] AS path
                    FROM organization.department d WHERE d.school_id = :school AND d.parent_id IS NULL
                    UNION ALL
                    SELECT c.id, c.parent_id, c.code, c.name, c.sort_order, c.version, t.depth + 1,
                           t.path || ARRAY[c.sort_order, c.id]
                    FROM organization.department c JOIN t ON c.parent_id = t.id
                )
                SELECT t.id, t.parent_id, t.code, t.name, t.sort_order, t.depth,
                       (SELECT count(*) FROM organization.staff s WHERE s.department_id = t.id AND s.active) AS staff_count,
                       t.version
                FROM t ORDER BY t.path
                """).param("school", schoolId).query(Rows.of(DepartmentService.Row.class)).list();
    }

    Set<Long> subtree(long departmentId) {
        return new HashSet<>(jdbc.sql("""
                WITH RECURSIVE t AS (
                    SELECT id FROM organization.department WHERE id = ?
                    UNION ALL
                    SELECT c.id FROM organization.department c JOIN t ON c.parent_id = t.id
                )
                SELECT id FROM t
                """).param(departmentId).query(Long.class).list());
    }

    Optional<Long> idByName(long schoolId, String name) {
        return jdbc.sql("SELECT id FROM organization.department WHERE school_id = ? AND name = ? ORDER BY id LIMIT 1")
                .params(schoolId, name).query(Long.class).optional();
    }

    long insert(long schoolId, Facts d) {
        caches.evict(OrganizationApi.DEPARTMENTS, schoolId);
        return jdbc.sql("""
                INSERT INTO organization.department (school_id, parent_id, code, name, sort_order)
                VALUES (?, ?, ?, ?, ?) RETURNING id
                """).params(schoolId, d.parentId(), d.code(), d.name(), d.sortOrder()).query(Long.class).single();
    }

    /** @return false when the row changed since {@code version} was read */
    boolean update(long schoolId, long id, int version, Facts d) {
        caches.evict(OrganizationApi.DEPARTMENTS, schoolId);
        return jdbc.sql("""
                UPDATE organization.department
                SET parent_id = ?, code = ?, name = ?, sort_order = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?
                """).params(d.parentId(), d.code(), d.name(), d.sortOrder(), schoolId, id, version).update() == 1;
    }
}
