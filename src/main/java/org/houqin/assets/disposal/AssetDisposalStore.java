package org.houqin.assets.disposal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.houqin.assets.AssetStatus;
import org.houqin.platform.db.Rows;
import org.houqin.platform.document.StatusFlow;
import org.houqin.platform.web.ListQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of disposal requests and their lines. */
@Component
class AssetDisposalStore {

    private final JdbcClient jdbc;

    AssetDisposalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long schoolId, String number, DisposalForm form, BigDecimal original, BigDecimal net, long userId,
                String userName) {
        return jdbc.sql("""
                INSERT INTO assets.disposal (school_id, number, kind, reason, residual_value, disposed_on, status,
                       original_value, net_value, created_by, created_by_name)
                VALUES (?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, number, form.getKind().name(), form.getReason(), form.getResidualValue(),
                        form.getDisposedOn(), original, net, userId, userName)
                .query(Long.class).single();
    }

    void insertLine(long schoolId, long disposalId, long assetId, int quantity, BigDecimal original, BigDecimal net,
                    AssetStatus statusBefore) {
        jdbc.sql("""
                INSERT INTO assets.disposal_line (school_id, disposal_id, asset_id, quantity, original_value,
                                                  net_value, status_before)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(schoolId, disposalId, assetId, quantity, original, net, statusBefore.name()).update();
    }

    /** Moves a request one step of its flow, where it still has the status and version it was read with. */
    boolean move(long schoolId, long id, int version, StatusFlow.Step<DisposalStatus> step, Instant now) {
        return jdbc.sql("""
                UPDATE assets.disposal SET status = ?, finished_at = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND status = ? AND version = ?""")
                .params(step.to().name(), step.to().finished() ? Timestamp.from(now) : null, schoolId, id,
                        step.from().name(), version).update() == 1;
    }

    List<AssetDisposals.Row> page(long schoolId, ListQuery query, DisposalStatus status, int limit, int offset) {
        Map<String, Object> params = params(schoolId, query, status);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(SELECT + where(query, status) + " ORDER BY d.created_at DESC, d.id DESC LIMIT :limit OFFSET :offset")
                .params(params).query(Rows.of(AssetDisposals.Row.class)).list();
    }

    long count(long schoolId, ListQuery query, DisposalStatus status) {
        return jdbc.sql("SELECT count(*) FROM assets.disposal d" + where(query, status))
                .params(params(schoolId, query, status)).query(Long.class).single();
    }

    Optional<AssetDisposals.Row> find(long schoolId, long id) {
        return jdbc.sql(SELECT + " WHERE d.school_id = ? AND d.id = ?").params(schoolId, id)
                .query(Rows.of(AssetDisposals.Row.class)).optional();
    }

    List<AssetDisposals.LineRow> lines(long schoolId, long id) {
        return jdbc.sql("""
                SELECT l.id, l.asset_id, a.number, a.name, a.model, l.quantity, l.original_value, l.net_value,
                       l.status_before, a.purchased_on
                FROM assets.disposal_line l JOIN assets.asset a ON a.id = l.asset_id
                WHERE l.school_id = ? AND l.disposal_id = ? ORDER BY l.id""").params(schoolId, id)
                .query(Rows.of(AssetDisposals.LineRow.class)).list();
    }

    private static String where(ListQuery query, DisposalStatus status) {
        return " WHERE d.school_id = :school" + (status == null ? "" : " AND d.status = :status")
                + (!query.hasSearch() ? "" : " AND (d.number ILIKE :like OR d.reason ILIKE :like OR EXISTS (SELECT 1"
                + " FROM assets.disposal_line sl JOIN assets.asset sa ON sa.id = sl.asset_id WHERE sl.disposal_id = d.id"
                + " AND (sa.number ILIKE :like OR sa.name ILIKE :like)))");
    }

    private static Map<String, Object> params(long schoolId, ListQuery query, DisposalStatus status) {
        Map<String, Object> params = new HashMap<>();
        params.put("school", schoolId);
        if (status != null) {
            params.put("status", status.name());
        }
        if (query.hasSearch()) {
            params.put("like", query.likePattern());
        }
        return params;
    }

    private static final String SELECT = """
            SELECT d.id, d.number, d.kind, d.reason, d.residual_value, d.disposed_on, d.status, d.original_value,
                   d.net_value, d.created_by_name, d.created_at, d.finished_at, d.version,
                   (SELECT count(*) FROM assets.disposal_line l WHERE l.disposal_id = d.id) AS cards,
                   (SELECT string_agg(a.name || CASE WHEN l.quantity > 1 THEN ' ×' || l.quantity ELSE '' END, '、'
                           ORDER BY l.id)
                    FROM assets.disposal_line l JOIN assets.asset a ON a.id = l.asset_id
                    WHERE l.disposal_id = d.id) AS summary
            FROM assets.disposal d""";
}
