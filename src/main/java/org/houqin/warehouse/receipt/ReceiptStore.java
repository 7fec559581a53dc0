package org.houqin.warehouse.receipt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.houqin.platform.db.Listing;
import org.houqin.platform.db.Rows;
import org.houqin.platform.db.Search;
import org.houqin.platform.db.Where;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of receipts and their lines. */
@Component
class ReceiptStore {

    /** A receipt as it is saved. */
    record NewReceipt(String number, long storeId, LocalDate receivedOn, ReceiptSource source, String supplier,
                      String invoiceNumber, String note, BigDecimal total, Long createdBy) {
    }

    /** A line as it is saved, with the ledger line it was put into stock as. */
    record NewLine(long itemId, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, long movementId) {
    }

    private final JdbcClient jdbc;

    ReceiptStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long schoolId, NewReceipt r) {
        return jdbc.sql("""
                INSERT INTO warehouse.receipt (school_id, number, store_id, received_on, source, supplier, invoice_number,
                                               note, total, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, r.number(), r.storeId(), r.receivedOn(), r.source().name(), r.supplier(),
                        r.invoiceNumber(), r.note(), r.total(), r.createdBy())
                .query(Long.class).single();
    }

    void insertLine(long schoolId, long receiptId, NewLine line) {
        jdbc.sql("""
                INSERT INTO warehouse.receipt_line (school_id, receipt_id, item_id, quantity, unit_price, amount,
                                                    movement_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(schoolId, receiptId, line.itemId(), line.quantity(), line.unitPrice(), line.amount(),
                        line.movementId()).update();
    }

    PageResult<Receipts.Row> page(long schoolId, ListQuery query) {
        return listing(schoolId, query).page(query, Receipts.Row.class);
    }

    List<Receipts.Row> all(long schoolId, ListQuery query, int limit) {
        return listing(schoolId, query).all(limit, Receipts.Row.class);
    }

    Optional<Receipts.Row> find(long schoolId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM " + FROM + " WHERE r.school_id = :school AND r.id = :id")
                .param("school", schoolId).param("id", id).query(Rows.of(Receipts.Row.class)).optional();
    }

    List<Receipts.LineRow> lines(long schoolId, long id) {
        return jdbc.sql("""
                SELECT i.code, i.name, i.specification, i.unit, l.quantity, l.unit_price, l.amount
                FROM warehouse.receipt_line l JOIN warehouse.item i ON i.id = l.item_id
                WHERE l.school_id = ? AND l.receipt_id = ? ORDER BY l.id""").params(schoolId, id)
                .query(Rows.of(Receipts.LineRow.class)).list();
    }

    /** Newest first, searched by supplier, or by number or invoice number in any case. */
    private Listing listing(long schoolId, ListQuery query) {
        return Listing.of(jdbc, COLUMNS, FROM).countFrom("warehouse.receipt r")
                .where(Where.of("r.school_id", "school", schoolId).search(query, SEARCH))
                .orderBy("r.received_on DESC, r.id DESC");
    }

    private static final Search SEARCH = Search.in("r.supplier").ignoringCase("r.number", "r.invoice_number");

    private static final String COLUMNS = """
            r.id, r.number, r.received_on, s.name AS store_name, r.source, r.supplier, r.invoice_number, r.total,
            (SELECT count(*) FROM warehouse.receipt_line l WHERE l.receipt_id = r.id) AS lines""";

    private static final String FROM = "warehouse.receipt r JOIN warehouse.store s ON s.id = r.store_id";
}
