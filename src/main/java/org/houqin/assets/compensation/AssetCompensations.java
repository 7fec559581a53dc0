package org.houqin.assets.compensation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.houqin.assets.AssetDocuments;
import org.houqin.assets.register.AssetHistory;
import org.houqin.assets.register.AssetRow;
import org.houqin.assets.register.Assets;
import org.houqin.assets.settings.AssetSettings;
import org.houqin.audit.AuditLog;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.db.Versioned;
import org.houqin.platform.document.StatusFlow;
import org.houqin.platform.document.Submissions;
import org.houqin.platform.numbers.DocumentNumbers;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.RuleViolation;
import org.houqin.repairs.DamageReported;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
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

    public enum Source {
        REPAIR, STOCKTAKE, OFFICE;

        /** The label's message key, e.g. for the API's {@code …Label} fields. */
        public String messageKey() {
            return "compensation.source." + name();
        }
    }

    public record Row(long id, String number, Source source, Long repairId, String repairNumber, Long stocktakeItemId,
                      Long assetId, String assetNumber, String assetName, Long classId, String studentName,
                      Long staffId, String description, CompensationRule.Basis basis, BigDecimal baseAmount,
                      BigDecimal share, BigDecimal amount, LocalDate dueOn, CompensationStatus status, BigDecimal paidAmount,
                      LocalDate paidOn, String payerName, String receiptNo, String closeNote, String createdByName,
                      Instant createdAt, Instant closedAt, int version) {

        public String badge() {
            return status.badge();
        }

        public boolean open() {
            return status.open();
        }
    }

    /** A class's cases in a period, for the per-class summary. */
    public record ClassSummary(Long classId, long cases, BigDecimal charged, BigDecimal paid, BigDecimal outstanding,
                               long open) {
    }

    private final AssetCompensationStore store;
    private final Assets assets;
    private final AssetHistory history;
    private final AssetSettings settings;
    private final OrganizationApi organization;
    private final DocumentNumbers numbers;
    private final AuditLog audit;
    private final SchoolClock clock;
    private final Submissions submissions;

    AssetCompensations(AssetCompensationStore store, Assets assets, AssetHistory history, AssetSettings settings,
                       OrganizationApi organization, DocumentNumbers numbers, AuditLog audit, SchoolClock clock, Submissions submissions) {
        this.submissions = submissions;
        this.store = store;
        this.assets = assets;
        this.history = history;
        this.settings = settings;
        this.organization = organization;
        this.numbers = numbers;
        this.audit = audit;
        this.clock = clock;
    }

    /** A repair found to be man-made damage opens its case, once, in the same transaction. */
    @EventListener
    void on(DamageReported damage) {
        long school = damage.schoolId();
        String number = numbers.next(school, AssetDocuments.COMPENSATION);
        long id = store.insert(school, new AssetCompensationStore.NewCase(number, Source.REPAIR, damage.repairId(),
                damage.number(), null, null, damage.classId(), damage.staffId(),
                cut("报修单 " + damage.number() + " 人为损坏" + (damage.note() == null ? "" : "：" + damage.note()), 300),
                CompensationRule.Basis.REPAIR_COST, damage.cost(), settings.of(school).compensationShare(), "报修转入"),
                CompensationStatus.PENDING.name());
        audit.changedIn(school, "assets", "compensation", id, "CREATE", null,
                Map.of("number", number, "repair", damage.number()));
    }

    /** An asset missing in a stocktake becomes a case for its net value. */
    @Transactional
    public long fromStocktake(long schoolId, CurrentUser me, long stocktakeItemId) {
        String result = store.stocktakeResult(schoolId, stocktakeItemId)
                .orElseThrow(() -> new NotFoundException("stocktake item", stocktakeItemId));
        if (!"MISSING".equals(result)) {
            throw RuleViolation.of("compensation.notMissing");
        }
        AssetRow card = assets.findAny(schoolId, store.assetOfStocktakeItem(stocktakeItemId)).orElseThrow();
        BigDecimal net = card.figures(clock.thisMonth(), settings.startRule(schoolId)).net();
        String number = numbers.next(schoolId, AssetDocuments.COMPENSATION);
        long id;
        try {
            id = store.insert(schoolId, new AssetCompensationStore.NewCase(number, Source.STOCKTAKE, null, null,
                    stocktakeItemId, card.id(), null, null, cut("清查盘亏：" + card.number() + " " + card.name(), 300),
                    CompensationRule.Basis.NET_VALUE, net, settings.of(schoolId).compensationShare(),
                    me.displayName()), CompensationStatus.PENDING.name());
        } catch (DuplicateKeyException e) {
            throw RuleViolation.of("compensation.already");
        }
        audit.changedIn(schoolId, "assets", "compensation", id, "CREATE", null,
                Map.of("number", number, "asset", card.number()));
        return id;
    }

    /** A case the office enters itself, assessed at once. */
    @Transactional
    public long create(long schoolId, CurrentUser me, CompensationForm form) {
        return submissions.once(schoolId, AssetDocuments.COMPENSATION, form.getSubmissionKey(),
                () -> createOnce(schoolId, me, form));
    }

    private long createOnce(long schoolId, CurrentUser me, CompensationForm form) {
        checkResponsible(schoolId, form);
        String number = numbers.next(schoolId, AssetDocuments.COMPENSATION);
        long id = store.insert(schoolId, new AssetCompensationStore.NewCase(number, Source.OFFICE, null, null, null,
                assetOf(schoolId, me, form), null, null, form.getDescription(), null, null, null, me.displayName()),
                CompensationStatus.PENDING.name());
        form.setVersion(0);
        assess(schoolId, me, id, form);
        return id;
    }

    /** 核定: who is responsible and the amount by the rule; the notice can then be printed. */
    @Transactional
    public void assess(long schoolId, CurrentUser me, long id, CompensationForm form) {
        Row row = require(schoolId, id);
        StatusFlow.Step<CompensationStatus> step = CompensationStatus.FLOW.take("assess", row.status());
        checkResponsible(schoolId, form);
        Long asset = form.getAssetNumber() == null ? row.assetId() : assetOf(schoolId, me, form);
        BigDecimal amount = CompensationRule.amount(form.getBasis(), form.getBaseAmount(), form.getShare());
        if (form.getDueOn() != null && form.getDueOn().isBefore(clock.today())) {
            throw new RuleViolation("dueOn", "compensation.due.past");
        }
        Versioned.saved(store.assess(schoolId, id, form.getVersion(), step, new AssetCompensationStore.Assessment(
                form.getClassId(), form.getStudentName(), form.getStaffId(), asset, form.getDescription(),
                form.getBasis(), form.getBaseAmount(), form.getShare(), amount, form.getDueOn())), "compensation", id);
        audit.changedIn(schoolId, "assets", "compensation", id, "UPDATE",
                Map.of("status", row.status().name()), Map.of("status", step.to().name(), "amount", amount));
    }

    @Transactional
    public void pay(long schoolId, CurrentUser me, long id, PaymentForm form) {
        Row row = require(schoolId, id);
        StatusFlow.Step<CompensationStatus> step = CompensationStatus.FLOW.take("pay", row.status());
        if (form.getPaidAmount().compareTo(row.amount()) != 0) {
            throw new RuleViolation("paidAmount", "compensation.paid.mismatch", Assets.money(row.amount()));
        }
        if (form.getPaidOn().isAfter(clock.today())) {
            throw new RuleViolation("paidOn", "handover.date.future");
        }
        Versioned.saved(store.close(schoolId, id, form.getVersion(), step, new AssetCompensationStore.Closing(
                form.getPaidAmount(), form.getPaidOn(), form.getPayerName(), form.getReceiptNo(), null), clock.now()),
                "compensation", id);
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
        Row row = require(schoolId, id);
        StatusFlow.Step<CompensationStatus> step = CompensationStatus.FLOW.take("waive", row.status());
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.of("compensation.waive.reason");
        }
        Versioned.saved(store.close(schoolId, id, version, step, new AssetCompensationStore.Closing(null, null, null,
                null, cut(reason.strip(), 200)), clock.now()), "compensation", id);
        audit.changedIn(schoolId, "assets", "compensation", id, "WAIVE", Map.of("status", row.status().name()),
                Map.of("status", "WAIVED"));
    }

    @Transactional(readOnly = true)
    public PageResult<Row> page(long schoolId, ListQuery query, CompensationStatus status, Long classId) {
        return store.page(schoolId, query, status, classId);
    }

    @Transactional(readOnly = true)
    public Optional<Row> find(long schoolId, long id) {
        return store.find(schoolId, id);
    }

    /** Cases opened between the dates (the school's days, both included), by class (staff cases under no class). */
    @Transactional(readOnly = true)
    public List<ClassSummary> byClass(long schoolId, LocalDate from, LocalDate to) {
        return store.byClass(schoolId, clock.startOf(from), clock.startOf(to.plusDays(1)));
    }

    /** The stocktake items already turned into cases, so the report offers the rest. */
    @Transactional(readOnly = true)
    public Map<Long, Long> casesOfStocktakeItems(long schoolId, List<Long> itemIds) {
        return itemIds.isEmpty() ? Map.of() : store.casesOfStocktakeItems(schoolId, itemIds);
    }

    private Row require(long schoolId, long id) {
        return find(schoolId, id).orElseThrow(() -> new NotFoundException("compensation", id));
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
        return assets.visibleByNumber(schoolId, me, form.getAssetNumber(), "assetNumber").id();
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
