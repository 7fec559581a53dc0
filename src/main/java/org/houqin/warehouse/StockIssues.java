package org.houqin.warehouse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.houqin.platform.db.Rows;
import org.houqin.platform.web.RuleViolation;
import org.houqin.warehouse.stock.StockLedger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules take out of stock for their own documents: a repair's materials when it is completed. The
 * issue joins the caller's transaction, so the document and the stock change together or not at all, and the
 * ledger's check of the balance decides.
 */
@Service
public class StockIssues {

    /** An item on hand: the store it is taken from (its default store, else the one holding most) and how many. */
    public record OnHand(long itemId, String name, String specification, String unit, String categoryName,
                         long storeId, String storeName, BigDecimal quantity) {
    }

    /** One use of an item: how many, and the form field to answer at when the stock is not there. */
    public record Use(long itemId, BigDecimal quantity, String field) {
    }

    /** What was taken: the item's name and unit as the document keeps them, and the ledger line. */
    public record Taken(long itemId, String name, String unit, BigDecimal quantity, long movementId) {
    }

    private final JdbcClient jdbc;
    private final StockLedger ledger;

    StockIssues(JdbcClient jdbc, StockLedger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /** Every active item with stock, each from the store it would be taken from, by category and code. */
    @Transactional(readOnly = true)
    public List<OnHand> onHand(long schoolId) {
        return jdbc.sql(onHand("") + " ORDER BY x.sort_order, x.code").param("school", schoolId)
                .query(Rows.of(OnHand.class)).list();
    }

    /**
     * Takes the items out of stock for a document (e.g. {@code "BX"}, a repair), on a day, for a department (or none).
     * Refused at the use's field when an item is unknown or its stock is short; then nothing is taken.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Taken> issue(long schoolId, String documentType, long documentId, String documentNumber,
                             Long departmentId, LocalDate on, String note, List<Use> uses) {
        return uses.stream().map(use -> {
            OnHand source = source(schoolId, use.itemId())
                    .orElseThrow(() -> new RuleViolation(use.field(), "stock.insufficient"));
            long movement;
            try {
                movement = ledger.stockOut(schoolId, MovementKind.ISSUE, new StockLedger.Line(use.itemId(),
                        source.storeId(), use.quantity(), BigDecimal.ZERO, on, documentType, documentId, documentNumber,
                        note, departmentId));
            } catch (RuleViolation e) {
                throw new RuleViolation(use.field(), e.messageKey());
            }
            return new Taken(use.itemId(), source.name(), source.unit(), use.quantity(), movement);
        }).toList();
    }

    private Optional<OnHand> source(long schoolId, long itemId) {
        return jdbc.sql(onHand(" AND i.id = :item")).param("school", schoolId).param("item", itemId)
                .query(Rows.of(OnHand.class)).optional();
    }

    private static String onHand(String condition) {
        return """
                SELECT x.item_id, x.name, x.specification, x.unit, x.category_name, x.store_id, x.store_name, x.quantity
                FROM (SELECT DISTINCT ON (i.id) i.id AS item_id, i.name, i.specification, i.unit,
                             c.name AS category_name, c.sort_order, i.code, s.id AS store_id, s.name AS store_name,
                             b.quantity
                      FROM warehouse.item i
                      JOIN warehouse.item_category c ON c.id = i.category_id
                      JOIN warehouse.balance b ON b.item_id = i.id AND b.quantity > 0
                      JOIN warehouse.store s ON s.id = b.store_id AND s.active
                      WHERE i.school_id = :school AND i.active""" + condition + """

                      ORDER BY i.id, (s.id IS NOT DISTINCT FROM i.default_store_id) DESC, b.quantity DESC) x""";
    }
}
