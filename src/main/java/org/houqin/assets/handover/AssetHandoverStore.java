package org.houqin.assets.handover;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.houqin.platform.db.Listing;
import org.houqin.platform.db.Rows;
import org.houqin.platform.db.Where;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of handover records and their lines; signed lines are never changed. */
@Component
class AssetHandoverStore {

    private final JdbcClient jdbc;

    AssetHandoverStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long schoolId, String number, HandoverForm form, long userId, String userName) {
        return jdbc.sql("""
                INSERT INTO assets.handover (school_id, number, kind, handed_on, room_id, department_id, class_id,
                       custodian_staff_id, borrower, due_on, receiver_name, note, created_by, created_by_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, number, form.getKind().name(), form.getHandedOn(), form.getRoomId(),
                        form.getDepartmentId(), form.getClassId(), form.getCustodianStaffId(),
                        form.getKind() == HandoverKind.LOAN ? form.getBorrower() : null,
                        form.getKind() == HandoverKind.LOAN ? form.getDueOn() : null, form.getReceiverName(),
                        form.getNote(), userId, userName)
                .query(Long.class).single();
    }

    void insertLine(long schoolId, long handoverId, long assetId, int quantity, String from, String to) {
        jdbc.sql("""
                INSERT INTO assets.handover_line (school_id, handover_id, asset_id, quantity, from_place, to_place)
                VALUES (?, ?, ?, ?, ?, ?)""").params(schoolId, handoverId, assetId, quantity, from, to).update();
    }

    void signed(long id, Instant at) {
        jdbc.sql("UPDATE assets.handover SET signed_at = ? WHERE id = ?").params(Timestamp.from(at), id).update();
    }

    PageResult<AssetHandovers.Row> page(long schoolId, ListQuery query, HandoverKind kind) {
        Where where = Where.of("h.school_id", "school", schoolId).equal("h.kind", kind);
        if (query.hasSearch()) {
            where.and(SEARCH, "like", query.likePattern());
        }
        return Listing.of(jdbc, COLUMNS, "assets.handover h").where(where).orderBy("h.handed_on DESC, h.id DESC")
                .page(query, AssetHandovers.Row.class);
    }

    /** The record if that person signed for it: the custodian it handed the assets to. */
    Optional<AssetHandovers.Row> findSignedBy(long schoolId, long id, long staffId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assets.handover h WHERE h.school_id = ? AND h.id = ?"
                        + " AND h.custodian_staff_id = ?").params(schoolId, id, staffId)
                .query(Rows.of(AssetHandovers.Row.class)).optional();
    }

    Optional<AssetHandovers.Row> find(long schoolId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assets.handover h WHERE h.school_id = ? AND h.id = ?")
                .params(schoolId, id)
                .query(Rows.of(AssetHandovers.Row.class)).optional();
    }

    List<AssetHandovers.LineRow> lines(long schoolId, long id) {
        return jdbc.sql("""
                SELECT l.id, l.asset_id, a.number, a.name, a.model, l.quantity, a.unit_value, l.from_place, l.to_place
                FROM assets.handover_line l JOIN assets.asset a ON a.id = l.asset_id
                WHERE l.school_id = ? AND l.handover_id = ? ORDER BY l.id""").params(schoolId, id)
                .query(Rows.of(AssetHandovers.LineRow.class)).list();
    }

    /** A record's number, receiver or borrower, or the number or name of an asset on it. */
    private static final String SEARCH = "(lower(h.number) LIKE lower(:like) OR h.receiver_name LIKE :like"
            + " OR h.borrower LIKE :like OR EXISTS (SELECT 1 FROM assets.handover_line sl"
            + " JOIN assets.asset sa ON sa.id = sl.asset_id WHERE sl.handover_id = h.id"
            + " AND (lower(sa.number) LIKE lower(:like) OR lower(sa.name) LIKE lower(:like))))";

    private static final String COLUMNS = """
            h.id, h.number, h.kind, h.handed_on, h.room_id, h.department_id, h.class_id, h.custodian_staff_id,
                   h.borrower, h.due_on, h.receiver_name, h.note, h.signed_at, h.created_by_name, h.created_at,
                   (SELECT count(*) FROM assets.handover_line l WHERE l.handover_id = h.id) AS lines,
                   (SELECT coalesce(sum(l.quantity), 0) FROM assets.handover_line l WHERE l.handover_id = h.id) AS items,
                   (SELECT coalesce(sum(l.quantity * a.unit_value), 0) FROM assets.handover_line l
                    JOIN assets.asset a ON a.id = l.asset_id WHERE l.handover_id = h.id) AS value,
                   (SELECT string_agg(a.name, '、' ORDER BY l.id) FROM assets.handover_line l
                    JOIN assets.asset a ON a.id = l.asset_id WHERE l.handover_id = h.id) AS summary""";
}
