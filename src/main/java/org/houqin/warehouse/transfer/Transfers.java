package org.houqin.warehouse.transfer;

import java.math.BigDecimal;
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
import org.houqin.warehouse.WarehouseDocuments;
import org.houqin.warehouse.catalogue.Catalogue;
import org.houqin.warehouse.stock.StockLedger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
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

    public record LineRow(String code, String name, String specification, String unit, BigDecimal quantity,
                          BigDecimal amount) {
    }

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final StockLedger ledger;
    private final DocumentNumbers numbers;
    private final AuditLog audit;
    private final SchoolClock clock;

    Transfers(JdbcClient jdbc, Catalogue catalogue, StockLedger ledger, DocumentNumbers numbers, AuditLog audit,
              SchoolClock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.numbers = numbers;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long create(long schoolId, CurrentUser me, TransferForm form) {
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
        String number = numbers.next(schoolId, WarehouseDocuments.TRANSFER);
        long id = jdbc.sql("""
                INSERT INTO warehouse.transfer (school_id, number, from_store_id, to_store_id, transferred_on, note,
                                                created_by, created_by_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, number, form.getFromStoreId(), form.getToStoreId(), form.getTransferredOn(),
                        form.getNote(), me.userId(), me.displayName()).query(Long.class).single();
        BigDecimal total = BigDecimal.ZERO;
        for (int i : filled) {
            TransferForm.Line line = form.getLines().get(i);
            StockLedger.Transfer moved;
            try {
                moved = ledger.transfer(schoolId, new StockLedger.Line(line.getItemId(), form.getFromStoreId(),
                        line.getQuantity(), BigDecimal.ZERO, form.getTransferredOn(), WarehouseDocuments.TRANSFER.code(), id, number, form.getNote()),
                        form.getToStoreId());
            } catch (RuleViolation e) {
                throw new RuleViolation("lines[" + i + "].quantity", e.messageKey());
            }
            total = total.add(moved.amount());
            jdbc.sql("""
                    INSERT INTO warehouse.transfer_line (school_id, transfer_id, item_id, quantity, amount,
                                                         out_movement_id, in_movement_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(schoolId, id, line.getItemId(), line.getQuantity(), moved.amount(), moved.outId(),
                            moved.inId()).update();
        }
        audit.changedIn(schoolId, "warehouse", "transfer", id, "CREATE", null,
                Map.of("number", number, "lines", filled.size(), "amount", total));
        return id;
    }

    @Transactional(readOnly = true)
    public PageResult<Row> page(long schoolId, ListQuery query) {
        long total = jdbc.sql("SELECT count(*) FROM warehouse.transfer t WHERE t.school_id = :school" + SEARCH)
                .param("school", schoolId).param("q", query.q()).param("like", query.likePattern())
                .query(Long.class).single();
        List<Row> rows = jdbc.sql(SELECT + " WHERE t.school_id = :school" + SEARCH
                        + " ORDER BY t.transferred_on DESC, t.id DESC LIMIT :limit OFFSET :offset")
                .param("school", schoolId).param("q", query.q()).param("like", query.likePattern())
                .param("limit", ListQuery.PAGE_SIZE).param("offset", query.offset()).query(Rows.of(Row.class)).list();
        return new PageResult<>(rows, query.page(), total);
    }

    @Transactional(readOnly = true)
    public List<Row> all(long schoolId, ListQuery query) {
        return jdbc.sql(SELECT + " WHERE t.school_id = :school" + SEARCH + " ORDER BY t.transferred_on DESC, t.id DESC LIMIT 10000")
                .param("school", schoolId).param("q", query.q()).param("like", query.likePattern())
                .query(Rows.of(Row.class)).list();
    }

    @Transactional(readOnly = true)
    public Optional<Row> find(long schoolId, long id) {
        return jdbc.sql(SELECT + " WHERE t.school_id = :school AND t.id = :id").param("school", schoolId)
                .param("id", id).query(Rows.of(Row.class)).optional();
    }

    @Transactional(readOnly = true)
    public List<LineRow> lines(long schoolId, long id) {
        return jdbc.sql("""
                SELECT i.code, i.name, i.specification, i.unit, l.quantity, l.amount
                FROM warehouse.transfer_line l JOIN warehouse.item i ON i.id = l.item_id
                WHERE l.school_id = ? AND l.transfer_id = ? ORDER BY l.id""").params(schoolId, id)
                .query(Rows.of(LineRow.class)).list();
    }

    private static final String SEARCH = " AND (:q = '' OR t.number ILIKE :like OR t.note ILIKE :like)";

    private static final String SELECT = """
            SELECT t.id, t.number, t.transferred_on, f.name AS from_store_name, s.name AS to_store_name, t.note,
                   t.created_by_name,
                   (SELECT coalesce(sum(l.amount), 0) FROM warehouse.transfer_line l WHERE l.transfer_id = t.id) AS total,
                   (SELECT count(*) FROM warehouse.transfer_line l WHERE l.transfer_id = t.id) AS lines
            FROM warehouse.transfer t JOIN warehouse.store f ON f.id = t.from_store_id
            JOIN warehouse.store s ON s.id = t.to_store_id""";
}
