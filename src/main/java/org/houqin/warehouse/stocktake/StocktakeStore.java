package org.houqin.warehouse.stocktake;

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
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes stocktakes and their lines. */
@Component
class StocktakeStore {

    private final JdbcClient jdbc;

    StocktakeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first, searched by note, or by number in any case. */
    PageResult<Stocktakes.Row> page(long schoolId, ListQuery query) {
        return Listing.of(jdbc, COLUMNS, FROM).countFrom("warehouse.stocktake t")
                .where(Where.of("t.school_id", "school", schoolId).search(query, SEARCH))
                .orderBy("t.counted_on DESC, t.id DESC").page(query, Stocktakes.Row.class);
    }

    Optional<Stocktakes.Row> find(long schoolId, long id) {
        return jdbc.sql(SELECT + " WHERE t.school_id = :school AND t.id = :id").param("school", schoolId).param("id", id)
                .query(Rows.of(Stocktakes.Row.class)).optional();
    }

    /** The lines in code order; {@code show} narrows them to the uncounted or the different ones. */
    List<Stocktakes.LineRow> lines(long schoolId, long stocktakeId, String show) {
        String filter = switch (show == null ? "" : show) {
            case "uncounted" -> " AND l.counted_quantity IS NULL";
            case "different" -> " AND l.counted_quantity IS NOT NULL AND l.counted_quantity <> l.book_quantity";
            default -> "";
        };
        return jdbc.sql("""
                SELECT l.id, l.item_id, i.code, i.name, i.specification, i.unit, c.name AS category_name, l.book_quantity,
                       l.unit_cost, l.counted_quantity, l.note, l.counted_by_name
                FROM warehouse.stocktake_line l
                JOIN warehouse.item i ON i.id = l.item_id
                JOIN warehouse.item_category c ON c.id = i.category_id
                WHERE l.school_id = ? AND l.stocktake_id = ?""" + filter + " ORDER BY i.code")
                .params(schoolId, stocktakeId).query(Rows.of(Stocktakes.LineRow.class)).list();
    }

    /** The stocktake for a change, its row locked until the transaction ends. */
    Optional<Stocktake> load(long schoolId, long id) {
        Optional<Stocktakes.Row> row = jdbc.sql("SELECT id FROM warehouse.stocktake WHERE school_id = ? AND id = ? FOR UPDATE")
                .params(schoolId, id).query(Long.class).optional().flatMap(found -> find(schoolId, id));
        return row.map(r -> new Stocktake(r.id(), r.status(), r.version(), jdbc.sql("""
                SELECT id, book_quantity AS book, counted_quantity AS counted, unit_cost
                FROM warehouse.stocktake_line WHERE school_id = ? AND stocktake_id = ? ORDER BY id""")
                .params(schoolId, id).query(Rows.of(Stocktake.Line.class)).list()));
    }

    long insert(long schoolId, String number, long storeId, LocalDate countedOn, String note, long userId,
                String userName, Instant at) {
        return jdbc.sql("""
                INSERT INTO warehouse.stocktake (school_id, number, store_id, counted_on, status, note, created_by,
                                                 created_by_name, created_at)
                VALUES (?, ?, ?, ?, 'COUNTING', ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, number, storeId, countedOn, note, userId, userName, Timestamp.from(at))
                .query(Long.class).single();
    }

    /**
     * Takes the book: every active item kept in the store (its default store, or stock there), with the quantity and
     * average cost the ledger gives at the end of the counting day.
     */
    int snapshot(long schoolId, long stocktakeId, long storeId, LocalDate countedOn) {
        return jdbc.sql("""
                INSERT INTO warehouse.stocktake_line (school_id, stocktake_id, item_id, book_quantity, unit_cost)
                SELECT :school, :stocktake, i.id, coalesce(m.quantity, 0),
                       CASE WHEN coalesce(m.quantity, 0) > 0 THEN round(m.amount / m.quantity, 4)
                            ELSE coalesce((SELECT r.unit_cost FROM warehouse.movement r WHERE r.item_id = i.id
                                             AND r.kind = 'RECEIPT' ORDER BY r.occurred_on DESC, r.id DESC LIMIT 1), 0)
                       END
                FROM warehouse.item i
                LEFT JOIN LATERAL (SELECT sum(quantity) AS quantity, sum(amount) AS amount FROM warehouse.movement
                                   WHERE item_id = i.id AND store_id = :store AND occurred_on <= :day) m ON true
                WHERE i.school_id = :school AND i.active
                  AND (i.default_store_id = :store
                       OR EXISTS (SELECT 1 FROM warehouse.balance b WHERE b.item_id = i.id AND b.store_id = :store))""")
                .param("school", schoolId).param("stocktake", stocktakeId).param("store", storeId)
                .param("day", countedOn).update();
    }

    void count(long schoolId, long stocktakeId, long lineId, BigDecimal counted, String note, String by) {
        jdbc.sql("""
                UPDATE warehouse.stocktake_line SET counted_quantity = ?, note = ?, counted_by_name = ?
                WHERE school_id = ? AND stocktake_id = ? AND id = ?""")
                .params(counted, note, counted == null ? null : by, schoolId, stocktakeId, lineId).update();
    }

    Optional<Long> lineOfItem(long schoolId, long stocktakeId, String itemCode) {
        return jdbc.sql("""
                SELECT l.id FROM warehouse.stocktake_line l JOIN warehouse.item i ON i.id = l.item_id
                WHERE l.school_id = ? AND l.stocktake_id = ? AND i.code = ?""")
                .params(schoolId, stocktakeId, itemCode).query(Long.class).optional();
    }

    void posted(long lineId, long movementId) {
        jdbc.sql("UPDATE warehouse.stocktake_line SET movement_id = ? WHERE id = ?").params(movementId, lineId).update();
    }

    /** Saves a step; false when someone else changed the stocktake since it was loaded. */
    boolean save(long schoolId, Stocktake stocktake, Stocktake.Differences differences, Instant at) {
        String status = stocktake.status.name();
        return jdbc.sql("""
                UPDATE warehouse.stocktake SET status = ?,
                       submitted_at = CASE WHEN ? IN ('SUBMITTED', 'POSTED') AND submitted_at IS NULL THEN ?
                                           WHEN ? = 'SUBMITTED' THEN ? ELSE submitted_at END,
                       finished_at = CASE WHEN ? IN ('POSTED', 'REJECTED', 'CANCELLED') THEN ? ELSE finished_at END,
                       gain_amount = coalesce(?, gain_amount), loss_amount = coalesce(?, loss_amount),
                       version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?""")
                .params(status, status, ts(at), status, ts(at), status, ts(at),
                        differences == null ? null : differences.gain(), differences == null ? null : differences.loss(),
                        schoolId, stocktake.id, stocktake.version).update() == 1;
    }

    /** A count that changes nothing but the lines still moves the version, so two phones cannot overwrite silently. */
    boolean touch(long schoolId, long id, int version) {
        return jdbc.sql("UPDATE warehouse.stocktake SET version = version + 1 WHERE school_id = ? AND id = ? AND version = ?")
                .params(schoolId, id, version).update() == 1;
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static final Search SEARCH = Search.in("t.note").ignoringCase("t.number");

    private static final String COLUMNS = """
            t.id, t.number, t.store_id, s.name AS store_name, t.counted_on, t.status, t.note, t.created_by_name,
                   t.created_at, t.submitted_at, t.finished_at, t.gain_amount, t.loss_amount, t.version,
                   (SELECT count(*) FROM warehouse.stocktake_line l WHERE l.stocktake_id = t.id) AS lines,
                   (SELECT count(*) FROM warehouse.stocktake_line l WHERE l.stocktake_id = t.id
                      AND l.counted_quantity IS NOT NULL) AS counted,
                   (SELECT count(*) FROM warehouse.stocktake_line l WHERE l.stocktake_id = t.id
                      AND l.counted_quantity <> l.book_quantity) AS different""";

    private static final String FROM = "warehouse.stocktake t JOIN warehouse.store s ON s.id = t.store_id";

    private static final String SELECT = "SELECT " + COLUMNS + " FROM " + FROM;
}
