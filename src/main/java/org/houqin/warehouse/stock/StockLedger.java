package org.houqin.warehouse.stock;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.RuleViolation;
import org.houqin.warehouse.MovementKind;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way stock changes: a line in the append-only ledger. The database checks each line under the lock of
 * its balance (see the warehouse migration): a stock-out that would leave the balance below zero on its day or any
 * later day is refused, issues are costed at the moving average, and the balance follows the ledger.
 * Call it inside the transaction of the document it belongs to (a receipt, a requisition, a repair).
 */
@Service
public class StockLedger {

    /**
     * A stock-in or stock-out of one item in one store, for a document. Quantities are positive here. An issue
     * names the department that consumes it, for the consumption reports.
     */
    public record Line(long itemId, long storeId, BigDecimal quantity, BigDecimal unitCost, LocalDate occurredOn,
                       String documentType, Long documentId, String documentNumber, String note, Long departmentId) {

        public Line {
            if (quantity == null || quantity.signum() <= 0) {
                throw new RuleViolation("quantity", "stock.quantity.positive");
            }
        }

        public Line(long itemId, long storeId, BigDecimal quantity, BigDecimal unitCost, LocalDate occurredOn,
                    String documentType, Long documentId, String documentNumber, String note) {
            this(itemId, storeId, quantity, unitCost, occurredOn, documentType, documentId, documentNumber, note, null);
        }
    }

    public record Movement(long id, long itemId, long storeId, MovementKind kind, BigDecimal quantity,
                           BigDecimal unitCost, BigDecimal amount, LocalDate occurredOn, String documentType,
                           Long documentId, String documentNumber, Long reversesId, String note, Long departmentId) {
    }

    private final StockLedgerStore store;

    StockLedger(StockLedgerStore store) {
        this.store = store;
    }

    /** 入库: receipts, returns, stocktake gains. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long stockIn(long schoolId, MovementKind kind, Line line) {
        if (kind != MovementKind.RECEIPT && kind != MovementKind.TRANSFER_IN && kind != MovementKind.ADJUST_IN) {
            throw new IllegalArgumentException("Not a stock-in: " + kind);
        }
        if (line.unitCost() == null || line.unitCost().signum() < 0) {
            throw new RuleViolation("unitCost", "stock.unitCost.invalid");
        }
        return insert(schoolId, kind, line.quantity(), line.unitCost(), BigDecimal.ZERO, line, null);
    }

    /** 出库: issues, transfers out, stocktake losses; refused when the stock is not there on that day or later. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long stockOut(long schoolId, MovementKind kind, Line line) {
        if (kind != MovementKind.ISSUE && kind != MovementKind.TRANSFER_OUT && kind != MovementKind.ADJUST_OUT) {
            throw new IllegalArgumentException("Not a stock-out: " + kind);
        }
        return insert(schoolId, kind, line.quantity().negate(), BigDecimal.ZERO, BigDecimal.ZERO, line, null);
    }

    /** The two lines of a transfer: out of the first store, into the second. */
    public record Transfer(long outId, long inId, BigDecimal amount) {
    }

    /**
     * 调拨: the quantity leaves {@code line.storeId()} at its average cost (refused when it is not there) and enters
     * {@code toStoreId} at exactly that value.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Transfer transfer(long schoolId, Line line, long toStoreId) {
        long out = insert(schoolId, MovementKind.TRANSFER_OUT, line.quantity().negate(), BigDecimal.ZERO, BigDecimal.ZERO,
                line, null);
        BigDecimal amount = find(schoolId, out).orElseThrow().amount().negate();
        Line into = new Line(line.itemId(), toStoreId, line.quantity(), BigDecimal.ZERO, line.occurredOn(),
                line.documentType(), line.documentId(), line.documentNumber(), line.note(), null);
        BigDecimal unitCost = amount.divide(line.quantity(), 4, java.math.RoundingMode.HALF_UP);
        long in = insert(schoolId, MovementKind.TRANSFER_IN, line.quantity(), unitCost, amount, into, null);
        return new Transfer(out, in, amount);
    }

    /** Cancels a line by its opposite, at its own cost; a line is reversed at most once. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long reverse(long schoolId, long movementId, LocalDate on, String note) {
        Movement original = find(schoolId, movementId).orElseThrow(() -> RuleViolation.of("stock.movement.unknown"));
        if (original.kind() == MovementKind.REVERSAL) {
            throw RuleViolation.of("stock.reversal.ofReversal");
        }
        Line line = new Line(original.itemId(), original.storeId(), original.quantity().abs(), original.unitCost(), on,
                original.documentType(), original.documentId(), original.documentNumber(), note,
                original.departmentId());
        try {
            return insert(schoolId, MovementKind.REVERSAL, original.quantity().negate(), original.unitCost(),
                    original.amount().negate(), line, movementId);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw RuleViolation.of("stock.reversal.twice");
        }
    }

    @Transactional(readOnly = true)
    public Optional<Movement> find(long schoolId, long id) {
        return store.find(schoolId, id);
    }

    /** The balance of an item in a store now: quantity and value. */
    @Transactional(readOnly = true)
    public Balance balance(long schoolId, long itemId, long storeId) {
        return store.balance(schoolId, itemId, storeId).orElse(new Balance(BigDecimal.ZERO, BigDecimal.ZERO));
    }

    public record Balance(BigDecimal quantity, BigDecimal amount) {
    }

    private long insert(long schoolId, MovementKind kind, BigDecimal signedQuantity, BigDecimal unitCost,
                        BigDecimal amount, Line line, Long reversesId) {
        try {
            return store.insert(schoolId, kind, signedQuantity, unitCost, amount, line, reversesId,
                    CurrentUser.find().map(CurrentUser::userId).orElse(null));
        } catch (DataAccessException e) {
            if (insufficient(e)) {
                throw new RuleViolation("quantity", "stock.insufficient");
            }
            throw e;
        }
    }

    /** The ledger's trigger refuses a stock-out with its own SQL state. */
    private static boolean insufficient(DataAccessException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "HQ001".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
