package org.houqin.warehouse.stock;

import java.util.Map;

import org.houqin.audit.AuditLog;
import org.houqin.platform.document.DocumentHistory;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.timeline.Message;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.houqin.warehouse.MovementKind;
import org.houqin.warehouse.WarehouseDocuments;
import org.houqin.warehouse.catalogue.Catalogue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 冲销: a receipt line entered wrongly (wrong quantity, wrong price, wrong item) is cancelled by its opposite today,
 * with the reason, and entered again correctly; the ledger refuses it when the goods have already been issued. The
 * receipt's history tells which line was reversed and why.
 */
@Service
class StockCorrections {

    private final StockLedger ledger;
    private final Catalogue catalogue;
    private final DocumentHistory documents;
    private final AuditLog audit;
    private final SchoolClock clock;

    StockCorrections(StockLedger ledger, Catalogue catalogue, DocumentHistory documents, AuditLog audit,
                     SchoolClock clock) {
        this.ledger = ledger;
        this.catalogue = catalogue;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long reverse(long schoolId, CurrentUser me, long itemId, long storeId, long movementId, String reason) {
        StockLedger.Movement movement = ledger.find(schoolId, movementId)
                .filter(m -> m.itemId() == itemId && m.storeId() == storeId)
                .orElseThrow(() -> new NotFoundException("movement", movementId));
        if (movement.kind() != MovementKind.RECEIPT) {
            throw RuleViolation.of("stock.reversal.receiptsOnly");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "stock.reversal.reason");
        }
        String why = reason.strip().length() > 200 ? reason.strip().substring(0, 200) : reason.strip();
        long id;
        try {
            id = ledger.reverse(schoolId, movementId, clock.today(), why);
        } catch (RuleViolation e) {
            throw new RuleViolation("reason", e.messageKey());
        }
        if (WarehouseDocuments.RECEIPT.code().equals(movement.documentType()) && movement.documentId() != null) {
            Catalogue.Item item = catalogue.item(schoolId, itemId).orElseThrow();
            documents.noted(schoolId, WarehouseDocuments.RECEIPT, movement.documentId(), "REVERSAL",
                    Message.of("receipt.event.lineReversed", item.name(), movement.quantity(), item.unit(), why), me);
        }
        audit.changedIn(schoolId, "warehouse", "movement", movementId, "REVERSE", null,
                Map.of("reversal", id, "reason", why));
        return id;
    }
}
