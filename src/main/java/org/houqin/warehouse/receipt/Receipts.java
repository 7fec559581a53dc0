package org.houqin.warehouse.receipt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;
import org.houqin.audit.AuditLog;
import org.houqin.platform.document.DocumentHistory;
import org.houqin.platform.document.Submissions;
import org.houqin.platform.numbers.DocumentNumbers;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.timeline.TimelineEntry;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.RuleViolation;
import org.houqin.warehouse.MovementKind;
import org.houqin.warehouse.WarehouseDocuments;
import org.houqin.warehouse.catalogue.Catalogue;
import org.houqin.warehouse.stock.StockLedger;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 入库单: records goods received, numbers the document ({@code RK-2026-00001}) and puts each line into the stock
 * ledger at its price, all in one transaction. A line entered wrongly is reversed from the item's ledger
 * ({@code StockCorrections}); the receipt's history says so.
 */
@Service
public class Receipts {

    public record Row(long id, String number, LocalDate receivedOn, String storeName, ReceiptSource source,
                      String supplier, String invoiceNumber, BigDecimal total, long lines) {
    }

    @Schema(name = "ReceiptLine")
    public record LineRow(String code, String name, String specification, String unit, BigDecimal quantity,
                          BigDecimal unitPrice, BigDecimal amount) {
    }

    /** The most rows the Excel export holds. */
    static final int EXPORT_LIMIT = 10_000;

    private final ReceiptStore store;
    private final Catalogue catalogue;
    private final StockLedger ledger;
    private final DocumentNumbers numbers;
    private final DocumentHistory documents;
    private final AuditLog audit;
    private final SchoolClock clock;
    private final Submissions submissions;

    Receipts(ReceiptStore store, Catalogue catalogue, StockLedger ledger, DocumentNumbers numbers,
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

    /** A receipt made by whoever is signed in, or by the system (the demo's deliveries). */
    @Transactional
    public long create(long schoolId, ReceiptForm form) {
        return create(schoolId, CurrentUser.find().orElse(null), form);
    }

    @Transactional
    public long create(long schoolId, CurrentUser me, ReceiptForm form) {
        return submissions.once(schoolId, WarehouseDocuments.RECEIPT, form.getSubmissionKey(),
                () -> createOnce(schoolId, me, form));
    }

    private long createOnce(long schoolId, CurrentUser me, ReceiptForm form) {
        if (catalogue.store(schoolId, form.getStoreId()).filter(Catalogue.Store::active).isEmpty()) {
            throw new RuleViolation("storeId", "receipt.store.unknown");
        }
        if (form.getReceivedOn().isAfter(clock.today())) {
            throw new RuleViolation("receivedOn", "receipt.date.future");
        }
        List<ReceiptForm.Line> lines = catalogue.checkLines(schoolId, form.getLines(), false).stream()
                .map(form.getLines()::get).toList();
        BigDecimal total = lines.stream().map(Receipts::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        String number = numbers.next(schoolId, WarehouseDocuments.RECEIPT);
        long id = store.insert(schoolId, new ReceiptStore.NewReceipt(number, form.getStoreId(), form.getReceivedOn(),
                form.getSource(), form.getSupplier(), form.getInvoiceNumber(), form.getNote(), total,
                me == null ? null : me.userId()));
        for (ReceiptForm.Line line : lines) {
            long movement = ledger.stockIn(schoolId, MovementKind.RECEIPT, new StockLedger.Line(line.getItemId(),
                    form.getStoreId(), line.getQuantity(), line.getUnitPrice(), form.getReceivedOn(),
                    WarehouseDocuments.RECEIPT.code(), id, number, form.getSupplier()));
            store.insertLine(schoolId, id, new ReceiptStore.NewLine(line.getItemId(), line.getQuantity(),
                    line.getUnitPrice(), amount(line), movement));
        }
        documents.created(schoolId, WarehouseDocuments.RECEIPT, id, number, me);
        audit.changedIn(schoolId, "warehouse", "receipt", id, "CREATE", null,
                Map.of("number", number, "lines", lines.size(), "total", total));
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

    /** Made, and each line reversed since. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> history(long schoolId, long id) {
        return documents.of(schoolId, WarehouseDocuments.RECEIPT, id);
    }

    private static BigDecimal amount(ReceiptForm.Line line) {
        return line.getQuantity().multiply(line.getUnitPrice()).setScale(2, RoundingMode.HALF_UP);
    }
}
