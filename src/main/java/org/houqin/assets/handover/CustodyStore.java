package org.houqin.assets.handover;

import java.math.BigDecimal;
import java.util.List;

import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of custodians' signed confirmations; a confirmation is never changed. */
@Component
class CustodyStore {

    private final JdbcClient jdbc;

    CustodyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long schoolId, long staffId, int assets, int items, BigDecimal value, long signedBy) {
        return jdbc.sql("""
                INSERT INTO assets.custody_confirmation (school_id, staff_id, asset_count, item_count, total_value,
                                                         signed_by)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, staffId, assets, items, value, signedBy).query(Long.class).single();
    }

    List<Custody.Confirmation> confirmations(long schoolId, long staffId, int limit) {
        return jdbc.sql("""
                SELECT id, asset_count, item_count, total_value, signed_at FROM assets.custody_confirmation
                WHERE school_id = ? AND staff_id = ? ORDER BY signed_at DESC, id DESC LIMIT ?""")
                .params(schoolId, staffId, limit).query(Rows.of(Custody.Confirmation.class)).list();
    }
}
