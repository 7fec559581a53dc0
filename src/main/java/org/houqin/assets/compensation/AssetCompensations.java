package org.houqin.assets.compensation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.houqin.assets.AssetDocuments;
import org.houqin.assets.register.AssetHistory;
import org.houqin.assets.register.Assets;
import org.houqin.assets.settings.AssetSettings;
import org.houqin.audit.AuditLog;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.db.Rows;
import org.houqin.platform.numbers.DocumentNumbers;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.RuleViolation;
import org.houqin.repairs.DamageReported;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 公物损坏赔偿 ({@code PC-2026-00001}). A repair marked man-made damage opens a case by itself, waiting (待核定) for
 * the office to confirm who is responsible and the amount by the rule; so does an asset missing in a stocktake, when
 * the office turns it into a case; the office can also open one directly. Once assessed (待缴费) the notice prints;
 * the payment recorded closes it (已缴清), or the office waives it with a reason (已减免).
 */
@Service
public class AssetCompensations {

    public enum Source { REPAIR, STOCKTAKE, OFFICE }

    public enum Status { PENDING, DUE, PAID, WAIVED }

    public record Row(long id, String number, Source source, Long repairId, String repairNumber, Long stocktakeItemId,
                      Long assetId, String assetNumber, String assetName, Long classId, String studentName,
                      Long staffId, String description, CompensationRule.Basis basis, BigDecimal baseAmount,
                      BigDecimal share, BigDecimal amount, LocalDate dueOn, Status status, BigDecimal paidAmount,
                      LocalDate paidOn, String payerName, String receiptNo, String closeNote, String createdByName,
                      Instant createdAt, Instant closedAt, int version) {

        public String badge() {
            return switch (status) {
                case PENDING -> "text-bg-warning";
                case DUE -> "text-bg-danger";
                case PAID -> "text-bg-success";
                case WAIVED -> "text-bg-secondary";
            };
        }

        public boolean open() {
            return status == Status.PENDING || status == Status.DUE;
        }
    }

    /** A class's cases in a period, for the per-class summary. */
    public record ClassSummary(Long classId, long cases, BigDecimal charged, BigDecimal paid, BigDecimal outstanding,
                               long open) {
    }

    private final JdbcClient jdbc;
    private final Assets assets;
    private final AssetHistory history;
    private final AssetSettings settings;
    private final OrganizationApi organization;
    private final DocumentNumbers numbers;
    private final AuditLog audit;

    private final SchoolClock clock;

    AssetCompensations(JdbcClient jdbc, Assets assets, AssetHistory history, AssetSettings settings,
                       OrganizationApi organization, DocumentNumbers numbers, AuditLog audit, SchoolClock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.assets = assets;
        this.history = history;
        this.settings = settings;
        this.organization = organization;
        this.numbers = numbers;
        this.audit = audit;
    }

    /** A repair found to be man-made damage opens its case, once, in the same transaction. */
    @EventListener
    void on(DamageReported damage) {
        long school = damage.schoolId();
        String number = numbers.next(school, AssetDocuments.COMPENSATION);
        BigDecimal share = settings.of(school).compensationShare();
        long id = jdbc.sql("""
                INSERT INTO assets.compensation (school_id, number, source, repair_id, repair_number, class_id,
                       staff_id, description, basis, base_amount, share, status, created_by_name)
                VALUES (?, ?, 'REPAIR', ?, ?, ?, ?, ?, 'REPAIR_COST', ?, ?, 'PENDING', '报修转入') RETURNING id""")
                .params(school, number, damage.repairId(), damage.number(), damage.classId(), damage.staffId(),
                        cut("报修单 " + damage.number() + " 人为损坏" + (damage.note() == null ? "" : "：" + damage.note()),
                                300), damage.cost(), share)
                .query(Long.class).single();
        audit.changedIn(school, "assets", "compensation", id, "CREATE", null,
                Map.of("number", number, "repair", damage.number()));
    }

    /** An asset missing in a stocktake becomes a case for its net value. */
    @Transactional
    public long fromStocktake(long schoolId, CurrentUser me, long stocktakeItemId) {
        record Missing(long assetId, String result) {
        }
        Missing item = jdbc.sql("SELECT asset_id, result FROM assets.stocktake_item WHERE school_id = ? AND id = ?")
                .params(schoolId, stocktakeItemId).query(Rows.of(Missing.class)).optional()
                .orElseThrow(() -> new NotFoundException("stocktake item", stocktakeItemId));
        if (!"MISSING".equals(item.result())) {
            throw RuleViolation.of("compensation.notMissing");
        }
        Assets.Row card = assets.findAny(schoolId, item.assetId()).orElseThrow();
        BigDecimal net = card.figures(clock.thisMonth(),
                settings.startRule(schoolId)).net();
        String number = numbers.next(schoolId, AssetDocuments.COMPENSATION);
        long id = OnceOnly.insert(() -> jdbc.sql("""
                INSERT INTO assets.compensation (school_id, number, source, stocktake_item_id, asset_id, description,
                       basis, base_amount, share, status, created_by_name)
                VALUES (?, ?, 'STOCKTAKE', ?, ?, ?, 'NET_VALUE', ?, ?, 'PENDING', ?) RETURNING id""")
                .params(schoolId, number, stocktakeItemId, card.id(), cut("清查盘亏：" + card.number() + " " + card.name(),
                        300), net, settings.of(schoolId).compensationShare(), me.displayName())
                .query(Long.class).single());
        audit.changedIn(schoolId, "assets", "compensation", id, "CREATE", null,
                Map.of("number", number, "asset", card.number()));
        return id;
    }

    /** A case the office enters itself, assessed at once. */
    @Transactional
    public long create(long schoolId, CurrentUser me, CompensationForm form) {
        checkResponsible(schoolId, form);
        Long asset = assetOf(schoolId, me, form);
        String number = numbers.next(schoolId, AssetDocuments.COMPENSATION);
        long id = jdbc.sql("""
                INSERT INTO assets.compensation (school_id, number, source, asset_id, description, status,
                                                 created_by_name)
                VALUES (?, ?, 'OFFICE', ?, ?, 'PENDING', ?) RETURNING id""")
                .params(schoolId, number, asset, form.getDescription(), me.displayName()).query(Long.class).single();
        form.setVersion(0);
        assess(schoolId, me, id, form);
        return id;
    }

    /** 核定: who is responsible and the amount by the rule; the notice can then be printed. */
    @Transactional
    public void assess(long schoolId, CurrentUser me, long id, CompensationForm form) {
        Row row = find(schoolId, id).orElseThrow(() -> new NotFoundException("compensation", id));
        if (!row.open()) {
            throw RuleViolation.of("compensation.closed");
        }
        checkResponsible(schoolId, form);
        Long asset = form.getAssetNumber() == null ? row.assetId() : assetOf(schoolId, me, form);
        BigDecimal amount = CompensationRule.amount(form.getBasis(), form.getBaseAmount(), form.getShare());
        if (form.getDueOn() != null && form.getDueOn().isBefore(assets.today())) {
            throw new RuleViolation("dueOn", "compensation.due.past");
        }
        int saved = jdbc.sql("""
                UPDATE assets.compensation SET class_id = ?, student_name = ?, staff_id = ?, asset_id = ?,
                       description = ?, basis = ?, base_amount = ?, share = ?, amount = ?, due_on = ?, status = 'DUE',
                       version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?""")
                .params(form.getClassId(), form.getStudentName(), form.getStaffId(), asset, form.getDescription(),
                        form.getBasis().name(), form.getBaseAmount(), form.getShare(), amount, form.getDueOn(),
                        schoolId, id, form.getVersion()).update();
        if (saved != 1) {
            throw new OptimisticLockingFailureException("compensation " + id + " changed");
        }
        audit.changedIn(schoolId, "assets", "compensation", id, "UPDATE",
                Map.of("status", row.status().name()), Map.of("status", "DUE", "amount", amount));
    }

    @Transactional
    public void pay(long schoolId, CurrentUser me, long id, PaymentForm form) {
        Row row = find(schoolId, id).orElseThrow(() -> new NotFoundException("compensation", id));
        if (row.status() != Status.DUE) {
            throw RuleViolation.of("compensation.notDue");
        }
        if (form.getPaidAmount().compareTo(row.amount()) != 0) {
            throw new RuleViolation("paidAmount", "compensation.paid.mismatch", Assets.money(row.amount()));
        }
        if (form.getPaidOn().isAfter(assets.today())) {
            throw new RuleViolation("paidOn", "handover.date.future");
        }
        close(schoolId, id, form.getVersion(), Status.PAID, form.getPaidAmount(), form.getPaidOn(), form.getPayerName(),
                form.getReceiptNo(), null);
        if (row.assetId() != null) {
            history.record(schoolId, row.assetId(), AssetHistory.Note.of(AssetHistory.Kind.REPAIR,
                    AssetDocuments.COMPENSATION.link(id), "asset.history.compensationPaid", row.number(),
                    Assets.money(form.getPaidAmount())), AssetHistory.Actor.of(me));
        }
        audit.changedIn(schoolId, "assets", "compensation", id, "PAY", Map.of("status", "DUE"),
                Map.of("status", "PAID", "paid", form.getPaidAmount()));
    }

    @Transactional
    public void waive(long schoolId, CurrentUser me, long id, String reason, int version) {
        Row row = find(schoolId, id).orElseThrow(() -> new NotFoundException("compensation", id));
        if (!row.open()) {
            throw RuleViolation.of("compensation.closed");
        }
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.of("compensation.waive.reason");
        }
        close(schoolId, id, version, Status.WAIVED, null, null, null, null, cut(reason.strip(), 200));
        audit.changedIn(schoolId, "assets", "compensation", id, "WAIVE", Map.of("status", row.status().name()),
                Map.of("status", "WAIVED"));
    }

    @Transactional(readOnly = true)
    public PageResult<Row> page(long schoolId, ListQuery query, Status status, Long classId) {
        Map<String, Object> params = new HashMap<>();
        params.put("school", schoolId);
        params.put("q", query.q());
        params.put("like", query.likePattern());
        params.put("status", status == null ? "" : status.name());
        params.put("class", classId == null ? -1L : classId);
        String where = " WHERE p.school_id = :school AND (:status = '' OR p.status = :status)"
                + " AND (:class = -1 OR p.class_id = :class)"
                + " AND (:q = '' OR p.number ILIKE :like OR p.description ILIKE :like OR p.student_name ILIKE :like"
                + " OR p.repair_number ILIKE :like)";
        long total = jdbc.sql("SELECT count(*) FROM assets.compensation p" + where).params(params).query(Long.class)
                .single();
        params.put("limit", ListQuery.PAGE_SIZE);
        params.put("offset", query.offset());
        List<Row> rows = jdbc.sql(SELECT + where + " ORDER BY p.created_at DESC, p.id DESC LIMIT :limit OFFSET :offset")
                .params(params).query(Rows.of(Row.class)).list();
        return new PageResult<>(rows, query.page(), total);
    }

    @Transactional(readOnly = true)
    public Optional<Row> find(long schoolId, long id) {
        return jdbc.sql(SELECT + " WHERE p.school_id = ? AND p.id = ?").params(schoolId, id)
                .query(Rows.of(Row.class)).optional();
    }

    /** Cases opened between the dates, by class (staff cases under no class). */
    @Transactional(readOnly = true)
    public List<ClassSummary> byClass(long schoolId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT class_id, count(*) AS cases,
                       coalesce(sum(amount) FILTER (WHERE status IN ('DUE', 'PAID')), 0) AS charged,
                       coalesce(sum(paid_amount) FILTER (WHERE status = 'PAID'), 0) AS paid,
                       coalesce(sum(amount) FILTER (WHERE status = 'DUE'), 0) AS outstanding,
                       count(*) FILTER (WHERE status IN ('PENDING', 'DUE')) AS open
                FROM assets.compensation
                WHERE school_id = ? AND created_at >= ?::date AND created_at < ?::date + 1
                GROUP BY class_id ORDER BY class_id NULLS LAST""")
                .params(schoolId, from, to).query(Rows.of(ClassSummary.class)).list();
    }

    /** The stocktake items already turned into cases, so the report offers the rest. */
    @Transactional(readOnly = true)
    public Map<Long, Long> casesOfStocktakeItems(long schoolId, List<Long> itemIds) {
        Map<Long, Long> cases = new HashMap<>();
        if (itemIds.isEmpty()) {
            return cases;
        }
        jdbc.sql("SELECT stocktake_item_id, id FROM assets.compensation WHERE school_id = ? AND stocktake_item_id = ANY(?)")
                .params(schoolId, itemIds.toArray(Long[]::new))
                .query((rs, n) -> cases.put(rs.getLong(1), rs.getLong(2))).list();
        return cases;
    }

    private void close(long schoolId, long id, int version, Status status, BigDecimal paid, LocalDate paidOn,
                       String payer, String receipt, String note) {
        int saved = jdbc.sql("""
                UPDATE assets.compensation SET status = ?, paid_amount = ?, paid_on = ?, payer_name = ?, receipt_no = ?,
                       close_note = ?, closed_at = now(), version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?""")
                .params(status.name(), paid, paidOn, payer, receipt, note, schoolId, id, version).update();
        if (saved != 1) {
            throw new OptimisticLockingFailureException("compensation " + id + " changed");
        }
    }

    private void checkResponsible(long schoolId, CompensationForm form) {
        if (form.getClassId() == null && form.getStaffId() == null) {
            throw new RuleViolation("classId", "compensation.who.required");
        }
        if (form.getClassId() != null && !organization.classNames(schoolId).containsKey(form.getClassId())) {
            throw new RuleViolation("classId", "handover.target.unknown");
        }
        if (form.getStaffId() != null
                && organization.activeStaff(schoolId).stream().noneMatch(s -> s.id() == form.getStaffId())) {
            throw new RuleViolation("staffId", "handover.target.unknown");
        }
        if (form.getStudentName() != null && form.getClassId() == null) {
            throw new RuleViolation("classId", "compensation.student.class");
        }
    }

    private Long assetOf(long schoolId, CurrentUser me, CompensationForm form) {
        if (form.getAssetNumber() == null) {
            return null;
        }
        return assets.idByNumber(schoolId, form.getAssetNumber()).filter(a -> assets.find(schoolId, me, a).isPresent())
                .orElseThrow(() -> new RuleViolation("assetNumber", "asset.unknown"));
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    /** A second case for the same stocktake item is refused as such. */
    private static final class OnceOnly {
        static <T> T insert(java.util.function.Supplier<T> write) {
            try {
                return write.get();
            } catch (org.springframework.dao.DuplicateKeyException e) {
                throw RuleViolation.of("compensation.already");
            }
        }
    }

    private static final String SELECT = """
            SELECT p.id, p.number, p.source, p.repair_id, p.repair_number, p.stocktake_item_id, p.asset_id,
                   a.number AS asset_number, a.name AS asset_name, p.class_id, p.student_name, p.staff_id,
                   p.description, p.basis, p.base_amount, p.share, p.amount, p.due_on, p.status, p.paid_amount,
                   p.paid_on, p.payer_name, p.receipt_no, p.close_note, p.created_by_name, p.created_at, p.closed_at,
                   p.version
            FROM assets.compensation p LEFT JOIN assets.asset a ON a.id = p.asset_id""";
}
