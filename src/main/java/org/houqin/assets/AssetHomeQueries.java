package org.houqin.assets;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The counts the assets module shows on the home page. */
@Component
class AssetHomeQueries {

    private final JdbcClient jdbc;

    AssetHomeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    long idle(long schoolId) {
        return count("SELECT count(*) FROM assets.asset WHERE school_id = ? AND status = 'IDLE'", schoolId);
    }

    /** Campaigns counting now: all of them for keepers, the ones the user counts in for team members. */
    @Transactional(readOnly = true)
    long countingStocktakes(long schoolId, boolean all, long userId) {
        return count("""
                SELECT count(*) FROM assets.stocktake s WHERE s.school_id = ? AND s.status = 'COUNTING'
                  AND (? OR EXISTS (SELECT 1 FROM assets.stocktake_member m WHERE m.stocktake_id = s.id
                                    AND m.user_id = ?))""", schoolId, all, userId);
    }

    @Transactional(readOnly = true)
    long openCompensations(long schoolId) {
        return count("SELECT count(*) FROM assets.compensation WHERE school_id = ? AND status IN ('PENDING', 'DUE')",
                schoolId);
    }

    @Transactional(readOnly = true)
    long heldBy(long schoolId, long staffId) {
        return count("""
                SELECT count(*) FROM assets.asset WHERE school_id = ? AND custodian_staff_id = ?
                  AND status <> 'DISPOSED'""", schoolId, staffId);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
