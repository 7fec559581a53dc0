package org.houqin.warehouse.writeoff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.houqin.approval.ApprovalDecided;
import org.houqin.approval.ApprovalHandler;
import org.houqin.approval.Approvals;
import org.houqin.approval.Submission;
import org.houqin.audit.AuditLog;
import org.houqin.platform.db.Rows;
import org.houqin.platform.numbers.DocumentNumbers;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.RuleViolation;
import org.houqin.warehouse.MovementKind;
import org.houqin.warehouse.WarehouseDocuments;
import org.houqin.warehouse.catalogue.Catalogue;
import org.houqin.warehouse.stock.StockLedger;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    public enum Status { SUBMITTED, RETURNED, REJECTED, POSTED, CANCELLED }

    public record Row(long id, String number, long storeId, String storeName, WriteOffReason reason,
                      LocalDate writtenOn, String note, Status status, BigDecimal amount, Long createdBy,
                      String createdByName, Instant createdAt, Instant finishedAt, int version, String summary) {

        public String badge() {
            return switch (status) {
                case SUBMITTED -> "text-bg-warning";
                case RETURNED -> "text-bg-info";
                case REJECTED -> "text-bg-danger";
                case POSTED -> "text-bg-success";
                case CANCELLED -> "text-bg-light";
            };
        }
    }

    public record LineRow(long id, long itemId, String code, String name, String specification, String unit,
                          BigDecimal quantity, BigDecimal amount) {
    }

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final StockLedger ledger;
    private final Approvals approvals;
    private final DocumentNumbers numbers;
    private final AuditLog audit;
    private final SchoolClock clock;

    WriteOffs(JdbcClient jdbc, Catalogue catalogue, StockLedger ledger, Approvals approvals, DocumentNumbers numbers,
              AuditLog audit, SchoolClock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.approvals = approvals;
        this.numbers = numbers;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long create(long schoolId, CurrentUser me, WriteOffForm form) {
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
        long id = jdbc.sql("""
                INSERT INTO warehouse.write_off (school_id, number, store_id, reason, written_on, note, status, amount,
                                                 created_by, created_by_name)
                VALUES (?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?) RETURNING id""")
                .params(schoolId, number, form.getStoreId(), form.getReason().name(), form.getWrittenOn(),
                        form.getNote(), amount, me.userId(), me.displayName()).query(Long.class).single();
        for (int i : filled) {
            WriteOffForm.Line line = form.getLines().get(i);
            jdbc.sql("""
                    INSERT INTO warehouse.write_off_line (school_id, write_off_id, item_id, quantity)
                    VALUES (?, ?, ?, ?)""").params(schoolId, id, line.getItemId(), line.getQuantity()).update();
        }
        audit.changedIn(schoolId, "warehouse", "write_off", id, "CREATE", null,
                Map.of("number", number, "lines", filled.size(), "amount", amount));
        Row row = find(schoolId, id).orElseThrow();
        approvals.submit(schoolId, new Submission(WarehouseDocuments.WRITE_OFF.code(), id, number, row.storeName() + "：" + row.summary(),
                amount, null, me.departmentId(), me.userId(), "/warehouse/write-offs/" + id));
        return id;
    }

    /** A returned write-off is dropped; the storekeeper makes a new one if goods are still to be written off. */
    @Transactional
    public void cancel(long schoolId, CurrentUser me, long id, int version) {
        Row row = find(schoolId, id).orElseThrow(() -> new NotFoundException("write-off", id));
        if (row.status() != Status.RETURNED) {
            throw RuleViolation.of("writeOff.notReturned");
        }
        move(schoolId, row, version, Status.CANCELLED);
        audit.changedIn(schoolId, "warehouse", "write_off", id, "CANCEL", Map.of("status", "RETURNED"),
                Map.of("status", "CANCELLED"));
    }

    @Override
    public String documentType() {
        return WarehouseDocuments.WRITE_OFF.code();
    }

    @Override
    public void decided(ApprovalDecided decided) {
        long schoolId = decided.schoolId();
        Row row = find(schoolId, decided.documentId())
                .orElseThrow(() -> new NotFoundException("write-off", decided.documentId()));
        if (row.status() != Status.SUBMITTED) {
            throw RuleViolation.of("writeOff.notSubmitted");
        }
        Status next = switch (decided.outcome()) {
            case APPROVED -> Status.POSTED;
            case RETURNED -> Status.RETURNED;
            case REJECTED -> Status.REJECTED;
        };
        if (next == Status.POSTED) {
            for (LineRow line : lines(schoolId, row.id())) {
                long movement = ledger.stockOut(schoolId, MovementKind.ISSUE, new StockLedger.Line(line.itemId(),
                        row.storeId(), line.quantity(), BigDecimal.ZERO, row.writtenOn(), WarehouseDocuments.WRITE_OFF.code(), row.id(),
                        row.number(), row.note()));
                jdbc.sql("UPDATE warehouse.write_off_line SET movement_id = ? WHERE id = ?").params(movement, line.id())
                        .update();
            }
        }
        move(schoolId, row, row.version(), next);
        audit.changedIn(schoolId, "warehouse", "write_off", row.id(), next == Status.POSTED ? "POST" : "UPDATE",
                Map.of("status", "SUBMITTED"), Map.of("status", next.name()));
    }

    @Transactional(readOnly = true)
    public PageResult<Row> page(long schoolId, ListQuery query) {
        long total = jdbc.sql("SELECT count(*) FROM warehouse.write_off w WHERE w.school_id = :school" + SEARCH)
                .param("school", schoolId).param("q", query.q()).param("like", query.likePattern())
                .query(Long.class).single();
        List<Row> rows = jdbc.sql(SELECT + " WHERE w.school_id = :school" + SEARCH
                        + " ORDER BY w.written_on DESC, w.id DESC LIMIT :limit OFFSET :offset")
                .param("school", schoolId).param("q", query.q()).param("like", query.likePattern())
                .param("limit", ListQuery.PAGE_SIZE).param("offset", query.offset()).query(Rows.of(Row.class)).list();
        return new PageResult<>(rows, query.page(), total);
    }

    @Transactional(readOnly = true)
    public Optional<Row> find(long schoolId, long id) {
        return jdbc.sql(SELECT + " WHERE w.school_id = :school AND w.id = :id").param("school", schoolId)
                .param("id", id).query(Rows.of(Row.class)).optional();
    }

    @Transactional(readOnly = true)
    public List<LineRow> lines(long schoolId, long id) {
        return jdbc.sql("""
                SELECT l.id, l.item_id, i.code, i.name, i.specification, i.unit, l.quantity,
                       CASE WHEN m.id IS NOT NULL THEN -m.amount END AS amount
                FROM warehouse.write_off_line l JOIN warehouse.item i ON i.id = l.item_id
                LEFT JOIN warehouse.movement m ON m.id = l.movement_id
                WHERE l.school_id = ? AND l.write_off_id = ? ORDER BY l.id""").params(schoolId, id)
                .query(Rows.of(LineRow.class)).list();
    }

    private void move(long schoolId, Row row, int version, Status status) {
        boolean saved = jdbc.sql("""
                UPDATE warehouse.write_off SET status = ?, finished_at = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?""")
                .params(status.name(), status == Status.RETURNED ? null : Timestamp.from(clock.now()), schoolId,
                        row.id(), version).update() == 1;
        if (!saved) {
            throw new OptimisticLockingFailureException("write-off " + row.id() + " changed");
        }
    }

    private static final String SEARCH = " AND (:q = '' OR w.number ILIKE :like OR w.note ILIKE :like)";

    private static final String SELECT = """
            SELECT w.id, w.number, w.store_id, s.name AS store_name, w.reason, w.written_on, w.note, w.status, w.amount,
                   w.created_by, w.created_by_name, w.created_at, w.finished_at, w.version,
                   (SELECT string_agg(i.name || ' ' || trim_scale(l.quantity) || i.unit, '、' ORDER BY l.id)
                    FROM warehouse.write_off_line l JOIN warehouse.item i ON i.id = l.item_id
                    WHERE l.write_off_id = w.id) AS summary
            FROM warehouse.write_off w JOIN warehouse.store s ON s.id = w.store_id""";
}
