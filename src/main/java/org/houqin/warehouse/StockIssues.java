package org.houqin.warehouse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.houqin.platform.web.RuleViolation;
import org.houqin.warehouse.stock.StockLedger;
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

    /** A catalogue item as another module's report names it: by the catalogue's name and unit, in its category. */
    public record ItemRef(long itemId, String name, String unit, String categoryName, int categoryOrder) {
    }

    private final StockIssueStore store;
    private final StockLedger ledger;

    StockIssues(StockIssueStore store, StockLedger ledger) {
        this.store = store;
        this.ledger = ledger;
    }

    /** The catalogue's items of these ids (inactive ones too: a report names what was taken then), by id. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, ItemRef> items(long schoolId, java.util.Collection<Long> itemIds) {
        return itemIds.isEmpty() ? java.util.Map.of() : store.items(schoolId, itemIds);
    }

    /**
     * Every active item with stock, each from the store it would be taken from: what documents of this type (e.g.
     * {@code "BX"}, repairs) took most in the last year first, then by category and code.
     */
    @Transactional(readOnly = true)
    public List<OnHand> onHand(long schoolId, String documentType) {
        return store.onHand(schoolId, documentType);
    }

    /**
     * Takes the items out of stock for a document (e.g. {@code "BX"}, a repair), on a day, for a department (or none).
     * Refused at the use's field when an item is unknown or its stock is short; then nothing is taken.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Taken> issue(long schoolId, String documentType, long documentId, String documentNumber,
                             Long departmentId, LocalDate on, String note, List<Use> uses) {
        return uses.stream().map(use -> {
            OnHand source = store.source(schoolId, use.itemId())
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
}
