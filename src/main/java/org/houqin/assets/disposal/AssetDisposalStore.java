package org.houqin.assets.disposal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.houqin.assets.AssetStatus;
import org.houqin.platform.db.Listing;
import org.houqin.platform.db.Rows;
import org.houqin.platform.db.Where;
import org.houqin.platform.document.StatusFlow;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
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

    PageResult<AssetDisposals.Row> page(long schoolId, ListQuery query, DisposalStatus status) {
        Where where = Where.of("d.school_id", "school", schoolId).equal("d.status", status);
        if (query.hasSearch()) {
            where.and(SEARCH, "like", query.likePattern());
        }
        return Listing.of(jdbc, COLUMNS, "assets.disposal d").where(where).orderBy("d.created_at DESC, d.id DESC")
                .page(query, AssetDisposals.Row.class);
    }

    Optional<AssetDisposals.Row> find(long schoolId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assets.disposal d WHERE d.school_id = ? AND d.id = ?")
                .params(schoolId, id)
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

    /** A request's number or reason, or the number or name of an asset on it. */
    private static final String SEARCH = "(lower(d.number) LIKE lower(:like) OR d.reason LIKE :like OR EXISTS (SELECT 1"
            + " FROM assets.disposal_line sl JOIN assets.asset sa ON sa.id = sl.asset_id WHERE sl.disposal_id = d.id"
            + " AND (lower(sa.number) LIKE lower(:like) OR lower(sa.name) LIKE lower(:like))))";

    private static final String COLUMNS = """
            d.id, d.number, d.kind, d.reason, d.residual_value, d.disposed_on, d.status, d.original_value,
                   d.net_value, d.created_by_name, d.created_at, d.finished_at, d.version,
                   (SELECT count(*) FROM assets.disposal_line l WHERE l.disposal_id = d.id) AS cards,
                   (SELECT string_agg(a.name || CASE WHEN l.quantity > 1 THEN ' ×' || l.quantity ELSE '' END, '、'
                           ORDER BY l.id)
                    FROM assets.disposal_line l JOIN assets.asset a ON a.id = l.asset_id
                    WHERE l.disposal_id = d.id) AS summary""";
}
