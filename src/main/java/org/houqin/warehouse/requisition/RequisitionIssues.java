package org.houqin.warehouse.requisition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.houqin.audit.AuditLog;
import org.houqin.notifications.Notifications;
import org.houqin.platform.files.Attachments;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.RuleViolation;
import org.houqin.warehouse.MovementKind;
import org.houqin.warehouse.WarehouseDocuments;
import org.houqin.warehouse.catalogue.Catalogue;
import org.houqin.warehouse.stock.StockLedger;
import org.houqin.warehouse.transfer.Transfers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The storekeeper's side of an approved requisition: handing the goods over at the store's tablet, in part or in
 * full, with the receiver's signature, and closing what is left with a reason.
 */
@Service
public class RequisitionIssues {

    private final Requisitions requisitions;
    private final RequisitionStore store;
    private final StockLedger ledger;
    private final Attachments attachments;
    private final Notifications notifications;
    private final AuditLog audit;
    private final SchoolClock clock;
    private final Transfers transfers;
    private final Catalogue catalogue;

    RequisitionIssues(Requisitions requisitions, RequisitionStore store, StockLedger ledger, Attachments attachments,
                      Notifications notifications, AuditLog audit, SchoolClock clock, Transfers transfers,
                      Catalogue catalogue) {
        this.transfers = transfers;
        this.catalogue = catalogue;
        this.requisitions = requisitions;
        this.store = store;
        this.ledger = ledger;
        this.attachments = attachments;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Hands over goods for an approved requisition: each quantity leaves the store through the ledger (refused when
     * the stock is not there), the receiver's signature is kept, the requisition becomes partly or fully issued. A
     * line issued from another store is first moved to the requisition's store by a numbered transfer, in the same
     * transaction: both stand on the ledger, or neither does.
     */
    @Transactional
    public long issue(long schoolId, CurrentUser me, long id, IssueForm form) {
        RequisitionRow row = requisitions.find(schoolId, id);
        Requisition requisition = requisitions.load(schoolId, id, form.getVersion());
        LocalDate today = clock.today();
        if (form.getIssuedOn().isAfter(today)) {
            throw new RuleViolation("issuedOn", "requisition.issue.future");
        }
        if (form.getIssuedOn().isBefore(clock.dateOf(row.submittedAt()))) {
            throw new RuleViolation("issuedOn", "requisition.issue.beforeRequest");
        }
        Map<Long, BigDecimal> quantities = requisition.issue(form.quantities());
        Map<Long, Long> sources = form.sources(row.storeId());
        var signature = attachments.storeSignature(schoolId, "requisition", id, "signature", form.getSignature());
        long issueId = store.insertIssue(schoolId, id, form.getIssuedOn(), me.userId(), me.displayName(),
                form.getReceiverName(), signature.id());
        List<RequisitionLineRow> lines = store.lines(schoolId, id);
        for (int i = 0; i < lines.size(); i++) {
            RequisitionLineRow line = lines.get(i);
            BigDecimal quantity = quantities.get(line.id());
            if (quantity != null) {
                Long transfer = sources.containsKey(line.id())
                        ? bringOver(schoolId, me, row, form, i, line, quantity, sources.get(line.id())) : null;
                store.insertIssueLine(schoolId, issueId, line.id(), quantity, takeOut(schoolId, row, form, i, line,
                        quantity), transfer);
            }
        }
        requisitions.save(schoolId, requisition, null);
        Map<String, Object> after = new HashMap<>();
        after.put("status", requisition.status.name());
        after.put("issue", issueId);
        after.put("receiver", form.getReceiverName());
        after.put("quantities", quantities);
        after.put("fromStores", sources);
        audit.changedIn(schoolId, "warehouse", "requisition", id, "ISSUE", null, after);
        notifications.notify(schoolId, List.of(row.requesterUserId()), "requisition.notify.issued",
                List.of(row.number(), row.summary()), WarehouseDocuments.REQUISITION.link(id));
        return issueId;
    }

    /** 调拨 of a line's quantity from another store in use to the requisition's store; the transfer's id. */
    private long bringOver(long schoolId, CurrentUser me, RequisitionRow row, IssueForm form, int i,
                           RequisitionLineRow line, BigDecimal quantity, long fromStoreId) {
        String field = "lines[" + i + "].fromStoreId";
        if (catalogue.store(schoolId, fromStoreId).filter(Catalogue.Store::active).isEmpty()) {
            throw new RuleViolation(field, "receipt.store.unknown");
        }
        try {
            return transfers.forIssue(schoolId, me, fromStoreId, row.storeId(), form.getIssuedOn(), row.number(),
                    new Transfers.Move(line.itemId(), quantity), field);
        } catch (RuleViolation e) {
            throw "stock.insufficient".equals(e.messageKey())
                    ? new RuleViolation("lines[" + i + "].quantity", "requisition.issue.insufficientThere") : e;
        }
    }

    /** 出库 of a line's quantity from the requisition's store; the ledger line's id. */
    private long takeOut(long schoolId, RequisitionRow row, IssueForm form, int i, RequisitionLineRow line,
                         BigDecimal quantity) {
        try {
            return ledger.stockOut(schoolId, MovementKind.ISSUE, new StockLedger.Line(line.itemId(), row.storeId(),
                    quantity, BigDecimal.ZERO, form.getIssuedOn(), WarehouseDocuments.REQUISITION.code(), row.id(),
                    row.number(), form.getReceiverName(), row.departmentId()));
        } catch (RuleViolation e) {
            if ("stock.insufficient".equals(e.messageKey())) {
                throw new RuleViolation("lines[" + i + "].quantity", "requisition.issue.insufficient");
            }
            throw e;
        }
    }

    /** The storekeeper ends an approved requisition with what has been issued so far. */
    @Transactional
    public void close(long schoolId, CurrentUser me, long id, int version, String note) {
        if (note == null || note.isBlank()) {
            throw new RuleViolation("note", "requisition.close.noteRequired");
        }
        RequisitionRow row = requisitions.find(schoolId, id);
        Requisition requisition = requisitions.load(schoolId, id, version);
        requisition.close();
        requisitions.save(schoolId, requisition, note.strip());
        audit.changedIn(schoolId, "warehouse", "requisition", id, "CLOSE", null,
                Map.of("status", "CLOSED", "note", note.strip()));
        notifications.notify(schoolId, List.of(row.requesterUserId()), "requisition.notify.closed",
                List.of(row.number(), note.strip()), WarehouseDocuments.REQUISITION.link(id));
    }
}
