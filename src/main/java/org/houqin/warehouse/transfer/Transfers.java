package org.houqin.warehouse.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

import io.swagger.v3.oas.annotations.media.Schema;
import org.houqin.audit.AuditLog;
import org.houqin.platform.document.DocumentHistory;
import org.houqin.platform.document.DocumentLines;
import org.houqin.platform.document.Submissions;
import org.houqin.platform.numbers.DocumentNumbers;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.timeline.TimelineEntry;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.RuleViolation;
import org.houqin.warehouse.WarehouseDocuments;
import org.houqin.warehouse.catalogue.Catalogue;
import org.houqin.warehouse.stock.StockLedger;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 调拨单: numbers the document ({@code DB-2026-00001}) and moves each line through the ledger in one transaction; a
 * line whose stock is not in the first store refuses the whole document at that line.
 */
@Service
public class Transfers {

    public record Row(long id, String number, LocalDate transferredOn, String fromStoreName, String toStoreName,
                      String note, String createdByName, BigDecimal total, long lines) {
    }

    @Schema(name = "TransferLine")
    public record LineRow(String code, String name, String specification, String unit, BigDecimal quantity,
                          BigDecimal amount) {
    }

    /** The most rows the Excel export holds. */
    static final int EXPORT_LIMIT = 10_000;

    private final TransferStore store;
    private final Catalogue catalogue;
    private final StockLedger ledger;
    private final DocumentNumbers numbers;
    private final DocumentHistory documents;
    private final AuditLog audit;
    private final SchoolClock clock;
    private final Submissions submissions;

    Transfers(TransferStore store, Catalogue catalogue, StockLedger ledger, DocumentNumbers numbers,
              DocumentHistory documents, AuditLog audit, SchoolClock clock, Submissions submissions) {
        this.submissions = submissions;
        this.store = store;
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.numbers = numbers;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long create(long schoolId, CurrentUser me, TransferForm form) {
        return submissions.once(schoolId, WarehouseDocuments.TRANSFER, form.getSubmissionKey(),
                () -> createOnce(schoolId, me, form));
    }

    private long createOnce(long schoolId, CurrentUser me, TransferForm form) {
        if (catalogue.store(schoolId, form.getFromStoreId()).filter(Catalogue.Store::active).isEmpty()) {
            throw new RuleViolation("fromStoreId", "receipt.store.unknown");
        }
        if (catalogue.store(schoolId, form.getToStoreId()).filter(Catalogue.Store::active).isEmpty()) {
            throw new RuleViolation("toStoreId", "receipt.store.unknown");
        }
        if (form.getFromStoreId().equals(form.getToStoreId())) {
            throw new RuleViolation("toStoreId", "transfer.sameStore");
        }
        if (form.getTransferredOn().isAfter(clock.today())) {
            throw new RuleViolation("transferredOn", "transfer.date.future");
        }
        List<Integer> filled = catalogue.checkLines(schoolId, form.getLines(), false);
        List<Move> moves = filled.stream().map(form.getLines()::get)
                .map(line -> new Move(line.getItemId(), line.getQuantity())).toList();
        return record(schoolId, me, form.getFromStoreId(), form.getToStoreId(), form.getTransferredOn(), form.getNote(),
                moves, i -> DocumentLines.field(filled.get(i), "quantity"));
    }

    /** A line to move: the item and how much of it. */
    public record Move(long itemId, BigDecimal quantity) {
    }

    /**
     * 调拨 for a requisition issued from another store: a numbered transfer of one line, in the issue's transaction
     * (the caller checked both stores). Refused with {@code field} when the stock is not in the first store.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long forIssue(long schoolId, CurrentUser me, long fromStoreId, long toStoreId, LocalDate on, String note,
                         Move move, String field) {
        return record(schoolId, me, fromStoreId, toStoreId, on, note, List.of(move), i -> field);
    }

    /** Numbers and saves a transfer and moves each line through the ledger; a line short of stock refuses it all. */
    private long record(long schoolId, CurrentUser me, long from, long to, LocalDate on, String note, List<Move> moves,
                        IntFunction<String> fieldOf) {
        String number = numbers.next(schoolId, WarehouseDocuments.TRANSFER);
        long id = store.insert(schoolId, new TransferStore.NewTransfer(number, from, to, on, note, me.userId(),
                me.displayName()));
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < moves.size(); i++) {
            Move line = moves.get(i);
            StockLedger.Transfer moved;
            try {
                moved = ledger.transfer(schoolId, new StockLedger.Line(line.itemId(), from, line.quantity(),
                        BigDecimal.ZERO, on, WarehouseDocuments.TRANSFER.code(), id, number, note), to);
            } catch (RuleViolation e) {
                throw new RuleViolation(fieldOf.apply(i), e.messageKey());
            }
            total = total.add(moved.amount());
            store.insertLine(schoolId, id, new TransferStore.NewLine(line.itemId(), line.quantity(), moved.amount(),
                    moved.outId(), moved.inId()));
        }
        documents.created(schoolId, WarehouseDocuments.TRANSFER, id, number, me);
        audit.changedIn(schoolId, "warehouse", "transfer", id, "CREATE", null,
                Map.of("number", number, "lines", moves.size(), "amount", total));
        return id;
    }

    @Transactional(readOnly = true)
    public PageResult<Row> page(long schoolId, ListQuery query) {
        return store.page(schoolId, query);
    }

    @Transactional(readOnly = true)
    public List<Row> all(long schoolId, ListQuery query) {
        return store.all(schoolId, query, EXPORT_LIMIT);
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
        return documents.of(schoolId, WarehouseDocuments.TRANSFER, id);
    }
}
