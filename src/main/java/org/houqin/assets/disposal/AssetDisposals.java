package org.houqin.assets.disposal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.houqin.approval.ApprovalDecided;
import org.houqin.approval.ApprovalHandler;
import org.houqin.approval.Approvals;
import org.houqin.approval.Submission;
import org.houqin.assets.AssetDocuments;
import org.houqin.assets.AssetStatus;
import org.houqin.assets.depreciation.Depreciation;
import org.houqin.assets.register.AssetHistory;
import org.houqin.assets.register.Assets;
import org.houqin.assets.settings.AssetSettings;
import org.houqin.audit.AuditLog;
import org.houqin.iam.IamApi;
import org.houqin.platform.db.Rows;
import org.houqin.platform.numbers.DocumentNumbers;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.RuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 资产处置 ({@code CZ-2026-00001}): the cards go 待报废 when the request is made and are decided through the approval
 * module by original value; only the approval's end closes them (已报废, with the disposal date and the event in
 * their history). A rejected or returned request gives each card back the status it had; a returned one can only be
 * cancelled and made again. Nothing else sets a card to 已报废.
 */
@Service
public class AssetDisposals implements ApprovalHandler {

    public enum Status { SUBMITTED, RETURNED, REJECTED, APPROVED, CANCELLED }

    public record Row(long id, String number, DisposalKind kind, String reason, BigDecimal residualValue,
                      LocalDate disposedOn, Status status, BigDecimal originalValue, BigDecimal netValue,
                      String createdByName, Instant createdAt, Instant finishedAt, int version, long cards,
                      String summary) {

        public String badge() {
            return switch (status) {
                case SUBMITTED -> "text-bg-warning";
                case RETURNED -> "text-bg-info";
                case REJECTED -> "text-bg-danger";
                case APPROVED -> "text-bg-success";
                case CANCELLED -> "text-bg-light";
            };
        }
    }

    public record LineRow(long id, long assetId, String number, String name, String model, int quantity,
                          BigDecimal originalValue, BigDecimal netValue, AssetStatus statusBefore,
                          LocalDate purchasedOn) {
    }

    private final JdbcClient jdbc;
    private final Assets assets;
    private final AssetHistory history;
    private final AssetSettings settings;
    private final Approvals approvals;
    private final DocumentNumbers numbers;
    private final AuditLog audit;
    private final IamApi iam;
    private final SchoolClock clock;

    AssetDisposals(JdbcClient jdbc, Assets assets, AssetHistory history, AssetSettings settings, Approvals approvals,
                   DocumentNumbers numbers, AuditLog audit, IamApi iam, SchoolClock clock) {
        this.iam = iam;
        this.jdbc = jdbc;
        this.assets = assets;
        this.history = history;
        this.settings = settings;
        this.approvals = approvals;
        this.numbers = numbers;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long create(long schoolId, CurrentUser me, DisposalForm form) {
        if (form.getDisposedOn().isAfter(assets.today().plusMonths(3))) {
            throw new RuleViolation("disposedOn", "disposal.date.tooLate");
        }
        List<Integer> filled = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < form.getLines().size(); i++) {
            DisposalForm.Line line = form.getLines().get(i);
            if (line.filled()) {
                if (!seen.add(line.getAssetNumber())) {
                    throw new RuleViolation("lines[" + i + "].assetNumber", "handover.asset.twice");
                }
                filled.add(i);
            }
        }
        if (filled.isEmpty()) {
            throw new RuleViolation("lines[0].assetNumber", "handover.lines.empty");
        }
        Depreciation.StartRule rule = settings.startRule(schoolId);
        YearMonth lastCharged = YearMonth.from(form.getDisposedOn()).minusMonths(1);
        List<Assets.Row> cards = new ArrayList<>();
        for (int i : filled) {
            String field = "lines[" + i + "].assetNumber";
            long id = assets.idByNumber(schoolId, form.getLines().get(i).getAssetNumber())
                    .filter(a -> assets.find(schoolId, me, a).isPresent())
                    .orElseThrow(() -> new RuleViolation(field, "asset.unknown"));
            Assets.Row card = assets.lock(schoolId, me, id);
            if (card.status() == AssetStatus.DISPOSED || card.status() == AssetStatus.PENDING_DISPOSAL) {
                throw new RuleViolation(field, "disposal.asset.closed");
            }
            if (card.status() == AssetStatus.LENT) {
                throw new RuleViolation(field, "handover.asset.lent");
            }
            if (form.getDisposedOn().isBefore(card.purchasedOn())) {
                throw new RuleViolation("disposedOn", "disposal.date.beforePurchase");
            }
            cards.add(card);
        }
        BigDecimal original = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        for (Assets.Row card : cards) {
            original = original.add(card.value());
            net = net.add(card.figures(lastCharged, rule).net());
        }
        String number = numbers.next(schoolId, AssetDocuments.DISPOSAL);
        long id = jdbc.sql("""
                INSERT INTO assets.disposal (school_id, number, kind, reason, residual_value, disposed_on, status,
                       original_value, net_value, created_by, created_by_name)
                VALUES (?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, number, form.getKind().name(), form.getReason(), form.getResidualValue(),
                        form.getDisposedOn(), original, net, me.userId(), me.displayName())
                .query(Long.class).single();
        String link = "/assets/disposals/" + id;
        for (Assets.Row card : cards) {
            jdbc.sql("""
                    INSERT INTO assets.disposal_line (school_id, disposal_id, asset_id, quantity, original_value,
                                                      net_value, status_before)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(schoolId, id, card.id(), card.quantity(), card.value(),
                            card.figures(lastCharged, rule).net(), card.status().name()).update();
            assets.markStatus(schoolId, card.id(), AssetStatus.PENDING_DISPOSAL, null);
            history.record(schoolId, card.id(), AssetHistory.Kind.STATUS, "申请" + kindLabel(form.getKind()) + " "
                    + number + "：" + form.getReason() + "（" + Assets.label(card.status()) + " → 待报废）", link, me);
        }
        audit.changedIn(schoolId, "assets", "disposal", id, "CREATE", null,
                Map.of("number", number, "kind", form.getKind().name(), "cards", cards.size(), "value", original));
        Row row = find(schoolId, id).orElseThrow();
        approvals.submit(schoolId, new Submission(AssetDocuments.DISPOSAL.code(), id, number, kindLabel(form.getKind()) + "：" + row.summary(),
                original, null, me.departmentId(), me.userId(), link));
        return id;
    }

    /** A returned request is dropped; the cards have their statuses back already. */
    @Transactional
    public void cancel(long schoolId, CurrentUser me, long id, int version) {
        Row row = find(schoolId, id).orElseThrow(() -> new NotFoundException("disposal", id));
        if (row.status() != Status.RETURNED) {
            throw RuleViolation.of("disposal.notReturned");
        }
        move(schoolId, row, version, Status.CANCELLED);
        audit.changedIn(schoolId, "assets", "disposal", id, "CANCEL", Map.of("status", "RETURNED"),
                Map.of("status", "CANCELLED"));
    }

    @Override
    public String documentType() {
        return AssetDocuments.DISPOSAL.code();
    }

    @Override
    public void decided(ApprovalDecided decided) {
        long schoolId = decided.schoolId();
        Row row = find(schoolId, decided.documentId())
                .orElseThrow(() -> new NotFoundException("disposal", decided.documentId()));
        if (row.status() != Status.SUBMITTED) {
            throw RuleViolation.of("disposal.notSubmitted");
        }
        Status next = switch (decided.outcome()) {
            case APPROVED -> Status.APPROVED;
            case RETURNED -> Status.RETURNED;
            case REJECTED -> Status.REJECTED;
        };
        String link = "/assets/disposals/" + row.id();
        String decider = iam.displayNames(List.of(decided.decidedBy())).getOrDefault(decided.decidedBy(), "审批");
        for (LineRow line : lines(schoolId, row.id())) {
            if (next == Status.APPROVED) {
                assets.markStatus(schoolId, line.assetId(), AssetStatus.DISPOSED, row.disposedOn());
                history.record(schoolId, line.assetId(), AssetHistory.Kind.DISPOSE, kindLabel(row.kind()) + " "
                        + row.number() + " 经审批同意，于 " + row.disposedOn() + " 核销：原值 "
                        + Assets.money(line.originalValue()) + " 元，净值 " + Assets.money(line.netValue()) + " 元",
                        link, decided.decidedBy(), decider);
            } else {
                assets.markStatus(schoolId, line.assetId(), line.statusBefore(), null);
                history.record(schoolId, line.assetId(), AssetHistory.Kind.STATUS, kindLabel(row.kind()) + " "
                        + row.number() + (next == Status.REJECTED ? " 未获批准" : " 被退回") + "，恢复为"
                        + Assets.label(line.statusBefore()), link, decided.decidedBy(), decider);
            }
        }
        move(schoolId, row, row.version(), next);
        audit.changedIn(schoolId, "assets", "disposal", row.id(), next == Status.APPROVED ? "DISPOSE" : "UPDATE",
                Map.of("status", "SUBMITTED"), Map.of("status", next.name()));
    }

    @Transactional(readOnly = true)
    public PageResult<Row> page(long schoolId, ListQuery query, Status status) {
        Map<String, Object> params = new HashMap<>();
        params.put("school", schoolId);
        params.put("q", query.q());
        params.put("like", query.likePattern());
        params.put("status", status == null ? "" : status.name());
        String where = " WHERE d.school_id = :school AND (:status = '' OR d.status = :status)"
                + " AND (:q = '' OR d.number ILIKE :like OR d.reason ILIKE :like OR EXISTS (SELECT 1"
                + " FROM assets.disposal_line sl JOIN assets.asset sa ON sa.id = sl.asset_id WHERE sl.disposal_id = d.id"
                + " AND (sa.number ILIKE :like OR sa.name ILIKE :like)))";
        long total = jdbc.sql("SELECT count(*) FROM assets.disposal d" + where).params(params).query(Long.class).single();
        params.put("limit", ListQuery.PAGE_SIZE);
        params.put("offset", query.offset());
        List<Row> rows = jdbc.sql(SELECT + where + " ORDER BY d.created_at DESC, d.id DESC LIMIT :limit OFFSET :offset")
                .params(params).query(Rows.of(Row.class)).list();
        return new PageResult<>(rows, query.page(), total);
    }

    @Transactional(readOnly = true)
    public Optional<Row> find(long schoolId, long id) {
        return jdbc.sql(SELECT + " WHERE d.school_id = ? AND d.id = ?").params(schoolId, id)
                .query(Rows.of(Row.class)).optional();
    }

    @Transactional(readOnly = true)
    public List<LineRow> lines(long schoolId, long id) {
        return jdbc.sql("""
                SELECT l.id, l.asset_id, a.number, a.name, a.model, l.quantity, l.original_value, l.net_value,
                       l.status_before, a.purchased_on
                FROM assets.disposal_line l JOIN assets.asset a ON a.id = l.asset_id
                WHERE l.school_id = ? AND l.disposal_id = ? ORDER BY l.id""").params(schoolId, id)
                .query(Rows.of(LineRow.class)).list();
    }

    public static String kindLabel(DisposalKind kind) {
        return switch (kind) {
            case SCRAP -> "报废";
            case LOSS -> "报损";
            case SALE -> "出售";
            case TRANSFER_OUT -> "无偿调出";
        };
    }

    private void move(long schoolId, Row row, int version, Status status) {
        boolean saved = jdbc.sql("""
                UPDATE assets.disposal SET status = ?, finished_at = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?""")
                .params(status.name(), status == Status.RETURNED ? null : Timestamp.from(clock.now()), schoolId,
                        row.id(), version).update() == 1;
        if (!saved) {
            throw new OptimisticLockingFailureException("disposal " + row.id() + " changed");
        }
    }

    private static final String SELECT = """
            SELECT d.id, d.number, d.kind, d.reason, d.residual_value, d.disposed_on, d.status, d.original_value,
                   d.net_value, d.created_by_name, d.created_at, d.finished_at, d.version,
                   (SELECT count(*) FROM assets.disposal_line l WHERE l.disposal_id = d.id) AS cards,
                   (SELECT string_agg(a.name || CASE WHEN l.quantity > 1 THEN ' ×' || l.quantity ELSE '' END, '、'
                           ORDER BY l.id)
                    FROM assets.disposal_line l JOIN assets.asset a ON a.id = l.asset_id
                    WHERE l.disposal_id = d.id) AS summary
            FROM assets.disposal d""";
}
