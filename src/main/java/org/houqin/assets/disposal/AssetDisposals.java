package org.houqin.assets.disposal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.houqin.approval.ApprovalDecided;
import org.houqin.approval.ApprovalHandler;
import org.houqin.approval.Approvals;
import org.houqin.approval.Submission;
import org.houqin.assets.AssetDocuments;
import org.houqin.assets.AssetStatus;
import org.houqin.assets.depreciation.Depreciation;
import org.houqin.assets.register.AssetCard;
import org.houqin.assets.register.AssetHistory;
import org.houqin.assets.register.AssetRow;
import org.houqin.assets.register.Assets;
import org.houqin.assets.settings.AssetSettings;
import org.houqin.audit.AuditLog;
import org.houqin.iam.IamApi;
import org.houqin.platform.db.Versioned;
import org.houqin.platform.document.DocumentHistory;
import org.houqin.platform.document.DocumentLines;
import org.houqin.platform.document.StatusFlow;
import org.houqin.platform.document.Submissions;
import org.houqin.platform.numbers.DocumentNumbers;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.timeline.Message;
import org.houqin.platform.timeline.TimelineEntry;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 资产处置 ({@code CZ-2026-00001}): the cards go 待报废 when the request is made and are decided through the approval
 * module by original value; only the approval's end closes them (已报废, with the disposal date and the event in
 * their history). A rejected or returned request gives each card back its status ({@link AssetCard#keep}); a returned
 * one can only be cancelled and made again. Nothing else sets a card to 已报废.
 */
@Service
public class AssetDisposals implements ApprovalHandler {

    public record Row(long id, String number, DisposalKind kind, String reason, BigDecimal residualValue,
                      LocalDate disposedOn, DisposalStatus status, BigDecimal originalValue, BigDecimal netValue,
                      String createdByName, Instant createdAt, Instant finishedAt, int version, long cards,
                      String summary) {

        public String badge() {
            return status.badge();
        }
    }

    public record LineRow(long id, long assetId, String number, String name, String model, int quantity,
                          BigDecimal originalValue, BigDecimal netValue, AssetStatus statusBefore,
                          LocalDate purchasedOn) {
    }

    private final AssetDisposalStore store;
    private final Assets assets;
    private final AssetSettings settings;
    private final Approvals approvals;
    private final DocumentNumbers numbers;
    private final DocumentHistory documents;
    private final AuditLog audit;
    private final IamApi iam;
    private final SchoolClock clock;
    private final Submissions submissions;

    AssetDisposals(AssetDisposalStore store, Assets assets, AssetSettings settings, Approvals approvals,
                   DocumentNumbers numbers, DocumentHistory documents, AuditLog audit, IamApi iam, SchoolClock clock, Submissions submissions) {
        this.submissions = submissions;
        this.store = store;
        this.assets = assets;
        this.settings = settings;
        this.approvals = approvals;
        this.numbers = numbers;
        this.documents = documents;
        this.audit = audit;
        this.iam = iam;
        this.clock = clock;
    }

    @Transactional
    public long create(long schoolId, CurrentUser me, DisposalForm form) {
        return submissions.once(schoolId, AssetDocuments.DISPOSAL, form.getSubmissionKey(),
                () -> createOnce(schoolId, me, form));
    }

    private long createOnce(long schoolId, CurrentUser me, DisposalForm form) {
        if (form.getDisposedOn().isAfter(clock.today().plusMonths(3))) {
            throw new RuleViolation("disposedOn", "disposal.date.tooLate");
        }
        List<Integer> filled = DocumentLines.filled(form.getLines(), DisposalForm.Line::filled,
                DisposalForm.Line::getAssetNumber, "assetNumber", "handover.asset.twice", "handover.lines.empty");
        List<AssetRow> cards = new ArrayList<>();
        for (int i : filled) {
            String field = DocumentLines.field(i, "assetNumber");
            AssetRow card = assets.visibleByNumber(schoolId, me, form.getLines().get(i).getAssetNumber(), field);
            if (form.getDisposedOn().isBefore(card.purchasedOn())) {
                throw new RuleViolation("disposedOn", "disposal.date.beforePurchase");
            }
            cards.add(assets.lock(schoolId, me, card.id()));
        }
        Depreciation.StartRule rule = settings.startRule(schoolId);
        YearMonth lastCharged = YearMonth.from(form.getDisposedOn()).minusMonths(1);
        BigDecimal original = cards.stream().map(AssetRow::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal net = cards.stream().map(c -> c.figures(lastCharged, rule).net()).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        String number = numbers.next(schoolId, AssetDocuments.DISPOSAL);
        long id = store.insert(schoolId, number, form, original, net, me.userId(), me.displayName());
        String link = AssetDocuments.DISPOSAL.link(id);
        for (int n = 0; n < cards.size(); n++) {
            AssetRow card = cards.get(n);
            String field = DocumentLines.field(filled.get(n), "assetNumber");
            store.insertLine(schoolId, id, card.id(), card.quantity(), card.value(),
                    card.figures(lastCharged, rule).net(), card.status());
            assets.apply(schoolId, AssetHistory.Actor.of(me), card.id(), null, c -> c.submitForDisposal(field),
                    AssetHistory.Note.of(AssetHistory.Kind.STATUS, link, "asset.history.disposalRequested",
                            kindLabel(form.getKind()), number, form.getReason(), Assets.statusLabel(card.status())));
        }
        documents.created(schoolId, AssetDocuments.DISPOSAL, id, number, me);
        audit.changedIn(schoolId, "assets", "disposal", id, "CREATE", null,
                Map.of("number", number, "kind", form.getKind().name(), "cards", cards.size(), "value", original));
        Row row = find(schoolId, id).orElseThrow();
        approvals.submit(schoolId, new Submission(AssetDocuments.DISPOSAL.code(), id, number,
                kindLabelText(form.getKind()) + "：" + row.summary(), original, null, me.departmentId(), me.userId(),
                link));
        return id;
    }

    /** A returned request is dropped; the cards have their statuses back already. */
    @Transactional
    public void cancel(long schoolId, CurrentUser me, long id, int version) {
        Row row = require(schoolId, id);
        move(schoolId, row, version, DisposalStatus.FLOW.take("cancel", row.status()), me.userId(),
                me.displayName());
    }

    @Override
    public String documentType() {
        return AssetDocuments.DISPOSAL.code();
    }

    /** The approval's end: approved, the cards are written off; refused or returned, they get their status back. */
    @Override
    public void decided(ApprovalDecided decided) {
        long schoolId = decided.schoolId();
        Row row = require(schoolId, decided.documentId());
        StatusFlow.Step<DisposalStatus> step = DisposalStatus.FLOW.take(decided.step(), row.status());
        String decider = iam.displayNames(List.of(decided.decidedBy())).getOrDefault(decided.decidedBy(), "审批");
        AssetHistory.Actor actor = new AssetHistory.Actor(decided.decidedBy(), decider);
        String link = AssetDocuments.DISPOSAL.link(row.id());
        Message kind = kindLabel(row.kind());
        for (LineRow line : lines(schoolId, row.id())) {
            AssetHistory.Note note = switch (step.to()) {
                case APPROVED -> AssetHistory.Note.of(AssetHistory.Kind.DISPOSE, link, "asset.history.disposed", kind,
                        row.number(), row.disposedOn(), Assets.money(line.originalValue()),
                        Assets.money(line.netValue()));
                case REJECTED -> AssetHistory.Note.of(AssetHistory.Kind.STATUS, link,
                        "asset.history.disposalRejected", kind, row.number(), Assets.statusLabel(line.statusBefore()));
                default -> AssetHistory.Note.of(AssetHistory.Kind.STATUS, link, "asset.history.disposalReturned",
                        kind, row.number(), Assets.statusLabel(line.statusBefore()));
            };
            assets.apply(schoolId, actor, line.assetId(), null, step.to() == DisposalStatus.APPROVED
                    ? c -> c.dispose(row.disposedOn()) : c -> c.keep(line.statusBefore()), note);
        }
        move(schoolId, row, row.version(), step, decided.decidedBy(), decider);
    }

    @Transactional(readOnly = true)
    public PageResult<Row> page(long schoolId, ListQuery query, DisposalStatus status) {
        return store.page(schoolId, query, status);
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
        return documents.of(schoolId, AssetDocuments.DISPOSAL, id);
    }

    /** 报废, 报损 …: the kind of disposal as a history line names it. */
    public static Message kindLabel(DisposalKind kind) {
        return Message.of("disposal.kind." + kind.name());
    }

    /** The kind in Chinese for the approval inbox's title, which is stored as text. */
    private static String kindLabelText(DisposalKind kind) {
        return switch (kind) {
            case SCRAP -> "报废";
            case LOSS -> "报损";
            case SALE -> "出售";
            case TRANSFER_OUT -> "无偿调出";
        };
    }

    private Row require(long schoolId, long id) {
        return find(schoolId, id).orElseThrow(() -> new NotFoundException("disposal", id));
    }

    private void move(long schoolId, Row row, int version, StatusFlow.Step<DisposalStatus> step, Long actorId,
                      String actorName) {
        Versioned.saved(store.move(schoolId, row.id(), version, step, clock.now()), "disposal", row.id());
        documents.stepped(schoolId, AssetDocuments.DISPOSAL, row.id(), DisposalStatus.FLOW, step, actorId, actorName,
                null);
        audit.changedIn(schoolId, "assets", "disposal", row.id(),
                step.to() == DisposalStatus.APPROVED ? "DISPOSE" : step.action().toUpperCase(),
                Map.of("status", step.from().name()), Map.of("status", step.to().name()));
    }
}
