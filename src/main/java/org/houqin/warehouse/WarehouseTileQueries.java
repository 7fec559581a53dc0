package org.houqin.warehouse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The warehouse's figures on the home page: what waits for the storekeeper, and one's own open requisitions. */
@Component
@Transactional(readOnly = true)
class WarehouseTileQueries {

    private final JdbcClient jdbc;

    WarehouseTileQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Approved requisitions not yet fully issued. */
    long requisitionsToIssue(long schoolId) {
        return count("""
                SELECT count(*) FROM warehouse.requisition WHERE school_id = ? AND status IN ('APPROVED', 'PARTIAL')""",
                schoolId);
    }

    /** Classes of a distribution under way that have not got their whole list. */
    long classesWaiting(long schoolId) {
        return count("""
                SELECT count(*) FROM warehouse.distribution_class c
                JOIN warehouse.distribution d ON d.id = c.distribution_id
                WHERE c.school_id = ? AND d.status = 'ISSUING' AND c.status <> 'ISSUED'""", schoolId);
    }

    /** Balances of items in use below their reorder point. */
    long lowStock(long schoolId) {
        return count("""
                SELECT count(*) FROM warehouse.balance b JOIN warehouse.item i ON i.id = b.item_id
                WHERE b.school_id = ? AND i.active AND b.quantity < i.reorder_point""", schoolId);
    }

    /** The user's requisitions still waiting for a decision, a change or goods. */
    long myOpenRequisitions(long schoolId, long userId) {
        return count("""
                SELECT count(*) FROM warehouse.requisition WHERE school_id = ? AND requester_user_id = ?
                  AND status IN ('SUBMITTED', 'RETURNED', 'APPROVED', 'PARTIAL')""", schoolId, userId);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
