package org.houqin.warehouse.writeoff;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.houqin.platform.db.Rows;
import org.houqin.platform.document.StatusFlow;
import org.houqin.platform.web.ListQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of write-offs and their lines. */
@Component
class WriteOffStore {

    private final JdbcClient jdbc;

    WriteOffStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long schoolId, String number, WriteOffForm form, BigDecimal amount, long userId, String userName) {
        return jdbc.sql("""
                INSERT INTO warehouse.write_off (school_id, number, store_id, reason, written_on, note, status, amount,
                                                 created_by, created_by_name)
                VALUES (?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?) RETURNING id""")
                .params(schoolId, number, form.getStoreId(), form.getReason().name(), form.getWrittenOn(),
                        form.getNote(), amount, userId, userName).query(Long.class).single();
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

    List<WriteOffs.Row> page(long schoolId, ListQuery query, int limit, int offset) {
        return jdbc.sql(SELECT + " WHERE w.school_id = :school" + search(query)
                        + " ORDER BY w.written_on DESC, w.id DESC LIMIT :limit OFFSET :offset")
                .param("school", schoolId).params(searchParams(query)).param("limit", limit).param("offset", offset)
                .query(Rows.of(WriteOffs.Row.class)).list();
    }

    long count(long schoolId, ListQuery query) {
        return jdbc.sql("SELECT count(*) FROM warehouse.write_off w WHERE w.school_id = :school" + search(query))
                .param("school", schoolId).params(searchParams(query)).query(Long.class).single();
    }

    Optional<WriteOffs.Row> find(long schoolId, long id) {
        return jdbc.sql(SELECT + " WHERE w.school_id = :school AND w.id = :id").param("school", schoolId)
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

    private static String search(ListQuery query) {
        return query.hasSearch() ? " AND (w.number ILIKE :like OR w.note ILIKE :like)" : "";
    }

    private static java.util.Map<String, Object> searchParams(ListQuery query) {
        return query.hasSearch() ? java.util.Map.of("like", query.likePattern()) : java.util.Map.of();
    }

    private static final String SELECT = """
            SELECT w.id, w.number, w.store_id, s.name AS store_name, w.reason, w.written_on, w.note, w.status, w.amount,
                   w.created_by, w.created_by_name, w.created_at, w.finished_at, w.version,
                   (SELECT string_agg(i.name || ' ' || trim_scale(l.quantity) || i.unit, '、' ORDER BY l.id)
                    FROM warehouse.write_off_line l JOIN warehouse.item i ON i.id = l.item_id
                    WHERE l.write_off_id = w.id) AS summary
            FROM warehouse.write_off w JOIN warehouse.store s ON s.id = w.store_id""";
}
