package org.houqin.warehouse.receipt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.houqin.audit.AuditLog;
import org.houqin.platform.db.Rows;
import org.houqin.platform.numbers.DocumentNumbers;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.RuleViolation;
import org.houqin.warehouse.MovementKind;
import org.houqin.warehouse.WarehouseDocuments;
import org.houqin.warehouse.catalogue.Catalogue;
import org.houqin.warehouse.stock.StockLedger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 入库单: records goods received, numbers the document ({@code RK-2026-00001}) and puts each line into the stock
 * ledger at its price, all in one transaction.
 */
@Service
public class Receipts {

    public record Row(long id, String number, LocalDate receivedOn, String storeName, ReceiptSource source,
                      String supplier, String invoiceNumber, BigDecimal total, long lines) {
    }

    public record LineRow(String code, String name, String specification, String unit, BigDecimal quantity,
                          BigDecimal unitPrice, BigDecimal amount) {
    }

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final StockLedger ledger;
    private final DocumentNumbers numbers;
    private final AuditLog audit;
    private final SchoolClock clock;

    Receipts(JdbcClient jdbc, Catalogue catalogue, StockLedger ledger, DocumentNumbers numbers, AuditLog audit,
             SchoolClock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.numbers = numbers;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long create(long schoolId, ReceiptForm form) {
        if (catalogue.store(schoolId, form.getStoreId()).filter(Catalogue.Store::active).isEmpty()) {
            throw new RuleViolation("storeId", "receipt.store.unknown");
        }
        if (form.getReceivedOn().isAfter(clock.today())) {
            throw new RuleViolation("receivedOn", "receipt.date.future");
        }
        List<ReceiptForm.Line> lines = form.filled();
        if (lines.isEmpty()) {
            throw new RuleViolation("lines[0].itemId", "receipt.lines.none");
        }
        for (int i = 0; i < form.getLines().size(); i++) {
            ReceiptForm.Line line = form.getLines().get(i);
            if (line.isEmpty()) {
                continue;
            }
            if (line.getItemId() == null || catalogue.item(schoolId, line.getItemId()).isEmpty()) {
                throw new RuleViolation("lines[" + i + "].itemId", "receipt.item.unknown");
            }
            if (line.getQuantity() == null || line.getUnitPrice() == null) {
                throw new RuleViolation("lines[" + i + "].quantity", "receipt.line.incomplete");
            }
        }
        BigDecimal total = lines.stream().map(l -> amount(l)).reduce(BigDecimal.ZERO, BigDecimal::add);
        String number = numbers.next(schoolId, WarehouseDocuments.RECEIPT);
        long id = jdbc.sql("""
                INSERT INTO warehouse.receipt (school_id, number, store_id, received_on, source, supplier, invoice_number,
                                               note, total, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, number, form.getStoreId(), form.getReceivedOn(), form.getSource().name(),
                        form.getSupplier(),
                        form.getInvoiceNumber(), form.getNote(), total,
                        CurrentUser.find().map(CurrentUser::userId).orElse(null))
                .query(Long.class).single();
        for (ReceiptForm.Line line : lines) {
            long movement = ledger.stockIn(schoolId, MovementKind.RECEIPT, new StockLedger.Line(line.getItemId(),
                    form.getStoreId(), line.getQuantity(), line.getUnitPrice(), form.getReceivedOn(), WarehouseDocuments.RECEIPT.code(), id, number,
                    form.getSupplier()));
            jdbc.sql("""
                    INSERT INTO warehouse.receipt_line (school_id, receipt_id, item_id, quantity, unit_price, amount,
                                                        movement_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(schoolId, id, line.getItemId(), line.getQuantity(), line.getUnitPrice(), amount(line),
                            movement).update();
        }
        audit.changedIn(schoolId, "warehouse", "receipt", id, "CREATE", null,
                Map.of("number", number, "lines", lines.size(), "total", total));
        return id;
    }

    @Transactional(readOnly = true)
    public PageResult<Row> page(long schoolId, ListQuery query) {
        long total = jdbc.sql("SELECT count(*) FROM warehouse.receipt r WHERE r.school_id = :school" + SEARCH)
                .param("school", schoolId).param("q", query.q()).param("like", query.likePattern())
                .query(Long.class).single();
        List<Row> rows = jdbc.sql(SELECT + " WHERE r.school_id = :school" + SEARCH
                        + " ORDER BY r.received_on DESC, r.id DESC LIMIT :limit OFFSET :offset")
                .param("school", schoolId).param("q", query.q()).param("like", query.likePattern())
                .param("limit", ListQuery.PAGE_SIZE).param("offset", query.offset()).query(Rows.of(Row.class)).list();
        return new PageResult<>(rows, query.page(), total);
    }

    @Transactional(readOnly = true)
    public List<Row> all(long schoolId, ListQuery query) {
        return jdbc.sql(SELECT + " WHERE r.school_id = :school" + SEARCH + " ORDER BY r.received_on DESC, r.id DESC LIMIT 10000")
                .param("school", schoolId).param("q", query.q()).param("like", query.likePattern())
                .query(Rows.of(Row.class)).list();
    }

    @Transactional(readOnly = true)
    public Optional<Row> find(long schoolId, long id) {
        return jdbc.sql(SELECT + " WHERE r.school_id = :school AND r.id = :id").param("school", schoolId).param("id", id)
                .query(Rows.of(Row.class)).optional();
    }

    @Transactional(readOnly = true)
    public List<LineRow> lines(long schoolId, long id) {
        return jdbc.sql("""
                SELECT i.code, i.name, i.specification, i.unit, l.quantity, l.unit_price, l.amount
                FROM warehouse.receipt_line l JOIN warehouse.item i ON i.id = l.item_id
                WHERE l.school_id = ? AND l.receipt_id = ? ORDER BY l.id""").params(schoolId, id)
                .query(Rows.of(LineRow.class)).list();
    }

    private static BigDecimal amount(ReceiptForm.Line line) {
        return line.getQuantity().multiply(line.getUnitPrice()).setScale(2, RoundingMode.HALF_UP);
    }

    private static final String SEARCH = " AND (:q = '' OR r.number ILIKE :like OR r.supplier ILIKE :like"
            + " OR r.invoice_number ILIKE :like)";

    private static final String SELECT = """
            SELECT r.id, r.number, r.received_on, s.name AS store_name, r.source, r.supplier, r.invoice_number, r.total,
                   (SELECT count(*) FROM warehouse.receipt_line l WHERE l.receipt_id = r.id) AS lines
            FROM warehouse.receipt r JOIN warehouse.store s ON s.id = r.store_id""";
}
