package org.houqin.warehouse.writeoff;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.houqin.platform.db.Listing;
import org.houqin.platform.db.Rows;
import org.houqin.platform.db.Search;
import org.houqin.platform.db.Where;
import org.houqin.platform.document.StatusFlow;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of write-offs and their lines. */
@Component
class WriteOffStore {

    private final JdbcClient jdbc;

    WriteOffStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A write-off as it is saved: submitted, valued at the store's average cost. */
    record NewWriteOff(String number, long storeId, WriteOffReason reason, LocalDate writtenOn, String note,
                       BigDecimal amount, long createdBy, String createdByName) {
    }

    long insert(long schoolId, NewWriteOff w) {
        return jdbc.sql("""
                INSERT INTO warehouse.write_off (school_id, number, store_id, reason, written_on, note, status, amount,
                                                 created_by, created_by_name)
                VALUES (?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?) RETURNING id""")
                .params(schoolId, w.number(), w.storeId(), w.reason().name(), w.writtenOn(), w.note(), w.amount(),
                        w.createdBy(), w.createdByName()).query(Long.class).single();
    }

    void insertLine(long schoolId, long writeOffId, long itemId, BigDecimal quantity) {
        jdbc.sql("""
                INSERT INTO warehouse.write_off_line (school_id, write_off_id, item_id, quantity)
                VALUES (?, ?, ?, ?)""").params(schoolId, writeOffId, itemId, quantity).update();
    }

    /** The ledger line a write-off line was posted as. */
    void posted(long lineId, long movementId) {
        jdbc.sql("UPDATE warehouse.write_off_line SET movement_id = ? WHERE id = ?").params(movementId, lineId).update();
    }

    /** Moves a write-off one step of its flow, where it still has the status and version it was read with. */
    boolean move(long schoolId, long id, int version, StatusFlow.Step<WriteOffStatus> step, Instant now) {
        return jdbc.sql("""
                UPDATE warehouse.write_off SET status = ?, finished_at = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND status = ? AND version = ?""")
                .params(step.to().name(), step.to().finished() ? Timestamp.from(now) : null, schoolId, id,
                        step.from().name(), version).update() == 1;
    }

    /** A page of the school's write-offs, newest first, searched by number (any case) or what happened. */
    PageResult<WriteOffs.Row> page(long schoolId, ListQuery query) {
        return Listing.of(jdbc, COLUMNS, FROM).countFrom("warehouse.write_off w")
                .where(Where.of("w.school_id", "school", schoolId).search(query, SEARCH))
                .orderBy("w.written_on DESC, w.id DESC").page(query, WriteOffs.Row.class);
    }

    Optional<WriteOffs.Row> find(long schoolId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM " + FROM + " WHERE w.school_id = :school AND w.id = :id")
                .param("school", schoolId)
                .param("id", id).query(Rows.of(WriteOffs.Row.class)).optional();
    }

    List<WriteOffs.LineRow> lines(long schoolId, long id) {
        return jdbc.sql("""
                SELECT l.id, l.item_id, i.code, i.name, i.specification, i.unit, l.quantity,
                       CASE WHEN m.id IS NOT NULL THEN -m.amount END AS amount
                FROM warehouse.write_off_line l JOIN warehouse.item i ON i.id = l.item_id
                LEFT JOIN warehouse.movement m ON m.id = l.movement_id
                WHERE l.school_id = ? AND l.write_off_id = ? ORDER BY l.id""").params(schoolId, id)
                .query(Rows.of(WriteOffs.LineRow.class)).list();
    }

    private static final Search SEARCH = Search.in("w.note").ignoringCase("w.number");

    private static final String COLUMNS = """
            w.id, w.number, w.store_id, s.name AS store_name, w.reason, w.written_on, w.note, w.status, w.amount,
                   w.created_by, w.created_by_name, w.created_at, w.finished_at, w.version,
                   (SELECT string_agg(i.name || ' ' || trim_scale(l.quantity) || i.unit, '、' ORDER BY l.id)
                    FROM warehouse.write_off_line l JOIN warehouse.item i ON i.id = l.item_id
                    WHERE l.write_off_id = w.id) AS summary""";

    private static final String FROM = "warehouse.write_off w JOIN warehouse.store s ON s.id = w.store_id";
}
