package org.houqin.warehouse.stocktake;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.houqin.approval.ApprovalDecided;
import org.houqin.approval.ApprovalHandler;
import org.houqin.approval.Approvals;
import org.houqin.approval.Submission;
import org.houqin.audit.AuditLog;
import org.houqin.platform.document.Submissions;
import org.houqin.platform.excel.ExcelImport;
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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 盘点: starts a count of a store with its book quantities ({@code PD-2026-00003}), records what is found, submits the
 * differences for approval and, once approved, posts them to the ledger as 盘盈 (ADJUST_IN) and 盘亏 (ADJUST_OUT) on
 * the counting day — never before.
 */
@Service
public class Stocktakes implements ApprovalHandler {

    /** The columns of the count sheet in Excel, the same going out and coming back. */
    static final String CODE = "物品编码";
    static final String COUNTED = "实盘数量";
    static final String NOTE = "备注";

    /** A stocktake as the list and its page show it, with how many lines are counted and different. */
    public record Row(long id, String number, long storeId, String storeName, LocalDate countedOn,
                      StocktakeStatus status, String note, String createdByName, Instant createdAt,
                      Instant submittedAt, Instant finishedAt, BigDecimal gainAmount, BigDecimal lossAmount,
                      int version, long lines, long counted, long different) {
    }

    /** A line of the count sheet: the book quantity and average cost of the counting day, and what was found. */
    public record LineRow(long id, long itemId, String code, String name, String specification, String unit,
                          String categoryName, BigDecimal bookQuantity, BigDecimal unitCost,
                          BigDecimal countedQuantity, String note, String countedByName) {

        public BigDecimal difference() {
            return countedQuantity == null ? null : countedQuantity.subtract(bookQuantity);
        }

        public BigDecimal differenceAmount() {
            BigDecimal difference = difference();
            return difference == null ? null : difference.multiply(unitCost).setScale(2, RoundingMode.HALF_UP);
        }
    }

    private final StocktakeStore store;
    private final Catalogue catalogue;
    private final StockLedger ledger;
    private final Approvals approvals;
    private final DocumentNumbers numbers;
    private final AuditLog audit;
    private final SchoolClock clock;
    private final Submissions submissions;

    Stocktakes(StocktakeStore store, Catalogue catalogue, StockLedger ledger, Approvals approvals,
               DocumentNumbers numbers, AuditLog audit, SchoolClock clock, Submissions submissions) {
        this.submissions = submissions;
        this.store = store;
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.approvals = approvals;
        this.numbers = numbers;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long start(long schoolId, CurrentUser me, StartForm form) {
        return submissions.once(schoolId, WarehouseDocuments.STOCKTAKE, form.getSubmissionKey(),
                () -> startOnce(schoolId, me, form));
    }

    private long startOnce(long schoolId, CurrentUser me, StartForm form) {
        if (catalogue.store(schoolId, form.getStoreId()).filter(Catalogue.Store::active).isEmpty()) {
            throw new RuleViolation("storeId", "receipt.store.unknown");
        }
        if (form.getCountedOn().isAfter(clock.today())) {
            throw new RuleViolation("countedOn", "stocktake.date.future");
        }
        String number = numbers.next(schoolId, WarehouseDocuments.STOCKTAKE);
        long id;
        try {
            id = store.insert(schoolId, number, form.getStoreId(), form.getCountedOn(), form.getNote(), me.userId(),
                    me.displayName(), clock.now());
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("storeId", "stocktake.store.busy");
        }
        int lines = store.snapshot(schoolId, id, form.getStoreId(), form.getCountedOn());
        audit.changedIn(schoolId, "warehouse", "stocktake", id, "CREATE", null,
                Map.of("number", number, "store", form.getStoreId(), "lines", lines));
        return id;
    }

    /** Saves the counts sent (blank ones stay uncounted), refused when someone saved in between. */
    @Transactional
    public void count(long schoolId, CurrentUser me, long id, CountForm form) {
        Stocktake stocktake = load(schoolId, id, form.getVersion());
        stocktake.count();
        var known = stocktake.lines.stream().map(Stocktake.Line::id).toList();
        for (CountForm.Line line : form.getLines()) {
            if (line.getLineId() == null || !known.contains(line.getLineId())) {
                continue;
            }
            store.count(schoolId, id, line.getLineId(), line.getCounted(), line.getNote(), me.displayName());
        }
        if (!store.touch(schoolId, id, form.getVersion())) {
            throw new OptimisticLockingFailureException("stocktake " + id + " changed");
        }
        audit.changedIn(schoolId, "warehouse", "stocktake", id, "COUNT", null, Map.of("lines", form.getLines().size()));
    }

    /**
     * Reads the counts from the count sheet filled in Excel: every row must name an item of this count and a quantity
     * (or stay blank); one bad row refuses the whole file with the row numbers, and nothing is saved.
     */
    @Transactional
    public int importCounts(long schoolId, CurrentUser me, long id, int version, InputStream excel) {
        Stocktake stocktake = load(schoolId, id, version);
        stocktake.count();
        List<ExcelImport.ImportRow> rows = ExcelImport.read(excel, List.of(CODE, COUNTED));
        List<String> problems = new ArrayList<>();
        Map<Long, Object[]> counts = new HashMap<>();
        for (ExcelImport.ImportRow row : rows) {
            try {
                String code = row.get(CODE);
                String counted = row.get(COUNTED);
                if (code == null || counted == null) {
                    continue;
                }
                var line = store.lineOfItem(schoolId, id, code);
                if (line.isEmpty()) {
                    problems.add(row.number() + ":" + code);
                    continue;
                }
                BigDecimal quantity = new BigDecimal(counted.replace(",", ""));
                if (quantity.signum() < 0 || quantity.scale() > 3 || quantity.compareTo(new BigDecimal("9999999")) > 0) {
                    problems.add(row.number() + ":" + counted);
                    continue;
                }
                String note = row.get(NOTE);
                counts.put(line.get(), new Object[] {quantity, note == null || note.length() <= 100 ? note
                        : note.substring(0, 100)});
            } catch (NumberFormatException | org.houqin.platform.imports.RowProblem e) {
                problems.add(String.valueOf(row.number()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation("file", "stocktake.import.rows", String.join("、", problems.subList(0,
                    Math.min(problems.size(), 10))));
        }
        counts.forEach((line, value) -> store.count(schoolId, id, line, (BigDecimal) value[0], (String) value[1],
                me.displayName()));
        if (!store.touch(schoolId, id, version)) {
            throw new OptimisticLockingFailureException("stocktake " + id + " changed");
        }
        audit.changedIn(schoolId, "warehouse", "stocktake", id, "IMPORT", null, Map.of("lines", counts.size()));
        return counts.size();
    }

    /** Sends the differences for approval, or posts a count that matches the book at once. */
    @Transactional
    public void submit(long schoolId, CurrentUser me, long id, int version) {
        Row row = find(schoolId, id);
        Stocktake stocktake = load(schoolId, id, version);
        Stocktake.Differences differences = stocktake.submit();
        save(schoolId, stocktake, differences);
        audit.changedIn(schoolId, "warehouse", "stocktake", id, "SUBMIT", null, Map.of("status", stocktake.status.name(),
                "gain", differences.gain(), "loss", differences.loss()));
        if (stocktake.status == StocktakeStatus.SUBMITTED) {
            approvals.submit(schoolId, new Submission(WarehouseDocuments.STOCKTAKE.code(), id, row.number(),
                    row.storeName() + " " + row.countedOn() + "：+" + differences.gain().toPlainString() + " / -"
                            + differences.loss().toPlainString(),
                    differences.total(), null, me.departmentId(), me.userId(), link(id)));
        }
    }

    @Transactional
    public void cancel(long schoolId, CurrentUser me, long id, int version) {
        Stocktake stocktake = load(schoolId, id, version);
        stocktake.cancel();
        save(schoolId, stocktake, null);
        audit.changedIn(schoolId, "warehouse", "stocktake", id, "CANCEL", null, Map.of("status", "CANCELLED"));
    }

    @Override
    public String documentType() {
        return WarehouseDocuments.STOCKTAKE.code();
    }

    /** The approval's end: an approved count posts its differences on its counting day. */
    @Override
    public void decided(ApprovalDecided decided) {
        long schoolId = decided.schoolId();
        Row row = store.find(schoolId, decided.documentId())
                .orElseThrow(() -> new NotFoundException("stocktake", decided.documentId()));
        Stocktake stocktake = store.load(schoolId, row.id()).orElseThrow();
        stocktake.decided(decided.outcome().name());
        if (stocktake.status == StocktakeStatus.POSTED) {
            post(schoolId, row, stocktake);
        }
        save(schoolId, stocktake, null);
    }

    private void post(long schoolId, Row row, Stocktake stocktake) {
        for (LineRow line : store.lines(schoolId, row.id(), "different")) {
            BigDecimal difference = line.difference();
            StockLedger.Line movement = new StockLedger.Line(line.itemId(), row.storeId(), difference.abs(),
                    line.unitCost(), row.countedOn(), WarehouseDocuments.STOCKTAKE.code(), row.id(), row.number(), line.note());
            long id = difference.signum() > 0 ? ledger.stockIn(schoolId, MovementKind.ADJUST_IN, movement)
                    : ledger.stockOut(schoolId, MovementKind.ADJUST_OUT, movement);
            store.posted(line.id(), id);
        }
        audit.changedIn(schoolId, "warehouse", "stocktake", row.id(), "POST", null, Map.of("status", "POSTED"));
    }

    /** Newest first, searched by note, or by number in any case. */
    @Transactional(readOnly = true)
    PageResult<Row> page(long schoolId, ListQuery query) {
        return store.page(schoolId, query);
    }

    @Transactional(readOnly = true)
    public Row find(long schoolId, long id) {
        return store.find(schoolId, id).orElseThrow(() -> new NotFoundException("stocktake", id));
    }

    /** The lines in code order; {@code show} narrows them to the {@code uncounted} or the {@code different} ones. */
    @Transactional(readOnly = true)
    public List<LineRow> lines(long schoolId, long id, String show) {
        return store.lines(schoolId, id, show);
    }

    static String link(long id) {
        return "/warehouse/stocktakes/" + id;
    }

    private Stocktake load(long schoolId, long id, int version) {
        Stocktake stocktake = store.load(schoolId, id).orElseThrow(() -> new NotFoundException("stocktake", id));
        if (stocktake.version != version) {
            throw new OptimisticLockingFailureException("stocktake " + id + " changed");
        }
        return stocktake;
    }

    private void save(long schoolId, Stocktake stocktake, Stocktake.Differences differences) {
        if (!store.save(schoolId, stocktake, differences, clock.now())) {
            throw new OptimisticLockingFailureException("stocktake " + stocktake.id + " changed");
        }
    }
}
