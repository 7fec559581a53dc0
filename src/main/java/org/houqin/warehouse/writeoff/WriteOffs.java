package org.houqin.warehouse.writeoff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;
import org.houqin.approval.ApprovalDecided;
import org.houqin.approval.ApprovalHandler;
import org.houqin.approval.Approvals;
import org.houqin.approval.Submission;
import org.houqin.audit.AuditLog;
import org.houqin.iam.IamApi;
import org.houqin.platform.db.Versioned;
import org.houqin.platform.document.DocumentHistory;
import org.houqin.platform.document.StatusFlow;
import org.houqin.platform.document.Submissions;
import org.houqin.platform.numbers.DocumentNumbers;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.timeline.TimelineEntry;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.RuleViolation;
import org.houqin.warehouse.MovementKind;
import org.houqin.warehouse.WarehouseDocuments;
import org.houqin.warehouse.catalogue.Catalogue;
import org.houqin.warehouse.stock.StockLedger;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 报损单: goods broken, spoiled or lost are written off a store only once approved. The document is numbered
 * ({@code BS-2026-00001}), valued at the store's average cost and submitted in one transaction; the approval's end
 * takes the goods out of stock on the write-off day (refused, and the decision with it, when they are no longer
 * there), or leaves the document returned or rejected. A returned write-off can only be cancelled and made again.
 */
@Service
public class WriteOffs implements ApprovalHandler {

    public record Row(long id, String number, long storeId, String storeName, WriteOffReason reason,
                      LocalDate writtenOn, String note, WriteOffStatus status, BigDecimal amount, Long createdBy,
                      String createdByName, Instant createdAt, Instant finishedAt, int version, String summary) {

        public String badge() {
            return status.badge();
        }
    }

    @Schema(name = "WriteOffLine")
    public record LineRow(long id, long itemId, String code, String name, String specification, String unit,
                          BigDecimal quantity, BigDecimal amount) {
    }

    private final WriteOffStore store;
    private final Catalogue catalogue;
    private final StockLedger ledger;
    private final Approvals approvals;
    private final DocumentNumbers numbers;
    private final DocumentHistory documents;
    private final AuditLog audit;
    private final IamApi iam;
    private final SchoolClock clock;
    private final Submissions submissions;

    WriteOffs(WriteOffStore store, Catalogue catalogue, StockLedger ledger, Approvals approvals,
              DocumentNumbers numbers, DocumentHistory documents, AuditLog audit, IamApi iam, SchoolClock clock, Submissions submissions) {
        this.submissions = submissions;
        this.store = store;
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.approvals = approvals;
        this.numbers = numbers;
        this.documents = documents;
        this.audit = audit;
        this.iam = iam;
        this.clock = clock;
    }

    @Transactional
    public long create(long schoolId, CurrentUser me, WriteOffForm form) {
        return submissions.once(schoolId, WarehouseDocuments.WRITE_OFF, form.getSubmissionKey(),
                () -> createOnce(schoolId, me, form));
    }

    private long createOnce(long schoolId, CurrentUser me, WriteOffForm form) {
        if (catalogue.store(schoolId, form.getStoreId()).filter(Catalogue.Store::active).isEmpty()) {
            throw new RuleViolation("storeId", "receipt.store.unknown");
        }
        if (form.getWrittenOn().isAfter(clock.today())) {
            throw new RuleViolation("writtenOn", "writeOff.date.future");
        }
        List<Integer> filled = catalogue.checkLines(schoolId, form.getLines(), false);
        BigDecimal amount = BigDecimal.ZERO;
        for (int i : filled) {
            WriteOffForm.Line line = form.getLines().get(i);
            StockLedger.Balance held = ledger.balance(schoolId, line.getItemId(), form.getStoreId());
            if (held.quantity().compareTo(line.getQuantity()) < 0) {
                throw new RuleViolation("lines[" + i + "].quantity", "writeOff.moreThanHeld");
            }
            amount = amount.add(held.amount().multiply(line.getQuantity())
                    .divide(held.quantity(), 2, RoundingMode.HALF_UP));
        }
        String number = numbers.next(schoolId, WarehouseDocuments.WRITE_OFF);
        long id = store.insert(schoolId, new WriteOffStore.NewWriteOff(number, form.getStoreId(), form.getReason(),
                form.getWrittenOn(), form.getNote(), amount, me.userId(), me.displayName()));
        for (int i : filled) {
            store.insertLine(schoolId, id, form.getLines().get(i).getItemId(), form.getLines().get(i).getQuantity());
        }
        documents.created(schoolId, WarehouseDocuments.WRITE_OFF, id, number, me);
        audit.changedIn(schoolId, "warehouse", "write_off", id, "CREATE", null,
                Map.of("number", number, "lines", filled.size(), "amount", amount));
        Row row = find(schoolId, id).orElseThrow();
        approvals.submit(schoolId, new Submission(WarehouseDocuments.WRITE_OFF.code(), id, number,
                row.storeName() + "：" + row.summary(), amount, null, me.departmentId(), me.userId(),
                WarehouseDocuments.WRITE_OFF.link(id)));
        return id;
    }

    /** A returned write-off is dropped; the storekeeper makes a new one if goods are still to be written off. */
    @Transactional
    public void cancel(long schoolId, CurrentUser me, long id, int version) {
        Row row = require(schoolId, id);
        move(schoolId, row, version, WriteOffStatus.FLOW.take("cancel", row.status()), me.userId(), me.displayName());
    }

    @Override
    public String documentType() {
        return WarehouseDocuments.WRITE_OFF.code();
    }

    /** The approval's end: approved, the goods leave the store on the write-off day. */
    @Override
    public void decided(ApprovalDecided decided) {
        long schoolId = decided.schoolId();
        Row row = require(schoolId, decided.documentId());
        StatusFlow.Step<WriteOffStatus> step = WriteOffStatus.FLOW.take(decided.step(), row.status());
        if (step.to() == WriteOffStatus.POSTED) {
            for (LineRow line : lines(schoolId, row.id())) {
                long movement = ledger.stockOut(schoolId, MovementKind.ISSUE, new StockLedger.Line(line.itemId(),
                        row.storeId(), line.quantity(), BigDecimal.ZERO, row.writtenOn(),
                        WarehouseDocuments.WRITE_OFF.code(), row.id(), row.number(), row.note()));
                store.posted(line.id(), movement);
            }
        }
        move(schoolId, row, row.version(), step, decided.decidedBy(),
                iam.displayNames(List.of(decided.decidedBy())).get(decided.decidedBy()));
    }

    @Transactional(readOnly = true)
    public PageResult<Row> page(long schoolId, ListQuery query) {
        return store.page(schoolId, query);
    }

    @Transactional(readOnly = true)
    public Optional<Row> find(long schoolId, long id) {
        return store.find(schoolId, id);
    }

    @Transactional(readOnly = true)
    public List<LineRow> lines(long schoolId, long id) {
        return store.lines(schoolId, id);
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> history(long schoolId, long id) {
        return documents.of(schoolId, WarehouseDocuments.WRITE_OFF, id);
    }

    private Row require(long schoolId, long id) {
        return find(schoolId, id).orElseThrow(() -> new NotFoundException("write-off", id));
    }

    private void move(long schoolId, Row row, int version, StatusFlow.Step<WriteOffStatus> step, Long actorId,
                      String actorName) {
        Versioned.saved(store.move(schoolId, row.id(), version, step, clock.now()), "write-off", row.id());
        documents.stepped(schoolId, WarehouseDocuments.WRITE_OFF, row.id(), WriteOffStatus.FLOW, step, actorId,
                actorName, null);
        audit.changedIn(schoolId, "warehouse", "write_off", row.id(),
                step.to() == WriteOffStatus.POSTED ? "POST" : step.action().toUpperCase(),
                Map.of("status", step.from().name()), Map.of("status", step.to().name()));
    }
}
