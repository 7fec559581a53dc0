package org.houqin.warehouse.stock;

import java.math.BigDecimal;
import java.util.Optional;

import org.houqin.platform.db.Rows;
import org.houqin.warehouse.MovementKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the ledger: its lines are only ever inserted (the application's database role may not change or delete
 * them) and the database's trigger checks each against its balance.
 */
@Component
class StockLedgerStore {

    private final JdbcClient jdbc;

    StockLedgerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends a line with its signed quantity; the trigger refuses it with SQL state HQ001 when stock falls short. */
    long insert(long schoolId, MovementKind kind, BigDecimal signedQuantity, BigDecimal unitCost, BigDecimal amount,
                StockLedger.Line line, Long reversesId, Long createdBy) {
        return jdbc.sql("""
                INSERT INTO warehouse.movement (school_id, item_id, store_id, kind, quantity, unit_cost, amount,
                       occurred_on, document_type, document_id, document_number, reverses_id, note, created_by,
                       department_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, line.itemId(), line.storeId(), kind.name(), signedQuantity, unitCost, amount,
                        line.occurredOn(), line.documentType(), line.documentId(), line.documentNumber(), reversesId,
                        line.note(), createdBy, line.departmentId())
                .query(Long.class).single();
    }

    Optional<StockLedger.Movement> find(long schoolId, long id) {
        return jdbc.sql("""
                SELECT id, item_id, store_id, kind, quantity, unit_cost, amount, occurred_on, document_type, document_id,
                       document_number, reverses_id, note, department_id
                FROM warehouse.movement WHERE school_id = ? AND id = ?""").params(schoolId, id)
                .query(Rows.of(StockLedger.Movement.class)).optional();
    }

    Optional<StockLedger.Balance> balance(long schoolId, long itemId, long storeId) {
        return jdbc.sql("SELECT quantity, amount FROM warehouse.balance WHERE school_id = ? AND item_id = ? AND store_id = ?")
                .params(schoolId, itemId, storeId).query(Rows.of(StockLedger.Balance.class)).optional();
    }
}
