package org.houqin.warehouse.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.houqin.platform.db.Listing;
import org.houqin.platform.db.Rows;
import org.houqin.platform.db.Search;
import org.houqin.platform.db.Where;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of transfers and their lines. */
@Component
class TransferStore {

    /** A transfer as it is saved. */
    record NewTransfer(String number, long fromStoreId, long toStoreId, LocalDate transferredOn, String note,
                       long createdBy, String createdByName) {
    }

    /** A line as it is saved: the value that moved and its two ledger lines. */
    record NewLine(long itemId, BigDecimal quantity, BigDecimal amount, long outMovementId, long inMovementId) {
    }

    private final JdbcClient jdbc;

    TransferStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long schoolId, NewTransfer t) {
        return jdbc.sql("""
                INSERT INTO warehouse.transfer (school_id, number, from_store_id, to_store_id, transferred_on, note,
                                                created_by, created_by_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, t.number(), t.fromStoreId(), t.toStoreId(), t.transferredOn(), t.note(),
                        t.createdBy(), t.createdByName()).query(Long.class).single();
    }

    void insertLine(long schoolId, long transferId, NewLine line) {
        jdbc.sql("""
                INSERT INTO warehouse.transfer_line (school_id, transfer_id, item_id, quantity, amount,
                                                     out_movement_id, in_movement_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(schoolId, transferId, line.itemId(), line.quantity(), line.amount(), line.outMovementId(),
                        line.inMovementId()).update();
    }

    PageResult<Transfers.Row> page(long schoolId, ListQuery query) {
        return listing(schoolId, query).page(query, Transfers.Row.class);
    }

    List<Transfers.Row> all(long schoolId, ListQuery query, int limit) {
        return listing(schoolId, query).all(limit, Transfers.Row.class);
    }

    Optional<Transfers.Row> find(long schoolId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM " + FROM + " WHERE t.school_id = :school AND t.id = :id")
                .param("school", schoolId).param("id", id).query(Rows.of(Transfers.Row.class)).optional();
    }

    List<Transfers.LineRow> lines(long schoolId, long id) {
        return jdbc.sql("""
                SELECT i.code, i.name, i.specification, i.unit, l.quantity, l.amount
                FROM warehouse.transfer_line l JOIN warehouse.item i ON i.id = l.item_id
                WHERE l.school_id = ? AND l.transfer_id = ? ORDER BY l.id""").params(schoolId, id)
                .query(Rows.of(Transfers.LineRow.class)).list();
    }

    /** Newest first, searched by note, or by number in any case. */
    private Listing listing(long schoolId, ListQuery query) {
        return Listing.of(jdbc, COLUMNS, FROM).countFrom("warehouse.transfer t")
                .where(Where.of("t.school_id", "school", schoolId).search(query, SEARCH))
                .orderBy("t.transferred_on DESC, t.id DESC");
    }

    private static final Search SEARCH = Search.in("t.note").ignoringCase("t.number");

    private static final String COLUMNS = """
            t.id, t.number, t.transferred_on, f.name AS from_store_name, s.name AS to_store_name, t.note,
            t.created_by_name,
            (SELECT coalesce(sum(l.amount), 0) FROM warehouse.transfer_line l WHERE l.transfer_id = t.id) AS total,
            (SELECT count(*) FROM warehouse.transfer_line l WHERE l.transfer_id = t.id) AS lines""";

    private static final String FROM = """
            warehouse.transfer t JOIN warehouse.store f ON f.id = t.from_store_id
            JOIN warehouse.store s ON s.id = t.to_store_id""";
}
