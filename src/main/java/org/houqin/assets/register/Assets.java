package org.houqin.assets.register;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.houqin.assets.AssetDocuments;
import org.houqin.assets.AssetStatus;
import org.houqin.assets.FundingSource;
import org.houqin.assets.category.AssetCategories;
import org.houqin.audit.AuditLog;
import org.houqin.platform.db.Versioned;
import org.houqin.platform.db.Where;
import org.houqin.platform.document.Submissions;
import org.houqin.platform.numbers.DocumentNumbers;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.SqlCondition;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.timeline.Message;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.RuleViolation;
import org.houqin.platform.web.Sorts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 资产台账: the cards, each numbered {@code ZC-2026-00001} with a QR token for its label. Every user sees the cards
 * their data scope covers (by the card's department, or the cards they hold); keepers with the whole school in scope
 * see all. A card's status changes only through its {@link AssetCard} steps, run by {@link #apply}; a batch card
 * (40 desks) can be split, the new card taking some of the items.
 */
@Service
public class Assets {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The register's sorts: each key a column or expression written here. */
    public static final Sorts SORTS = Sorts.of("number", "a.number", "name", "a.name", "category", "c.code",
            "purchased", "a.purchased_on", "value", "a.unit_value * a.quantity", "status", "a.status")
            .neverNull("number", "name", "purchased", "value", "status");

    private final AssetStore store;
    private final AssetCategories categories;
    private final Locations locations;
    private final AssetHistory history;
    private final DocumentNumbers numbers;
    private final AuditLog audit;
    private final SchoolClock clock;
    private final Submissions submissions;

    Assets(AssetStore store, AssetCategories categories, Locations locations, AssetHistory history,
           DocumentNumbers numbers, AuditLog audit, SchoolClock clock, Submissions submissions) {
        this.submissions = submissions;
        this.store = store;
        this.categories = categories;
        this.locations = locations;
        this.history = history;
        this.numbers = numbers;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return clock.today();
    }

    @Transactional(readOnly = true)
    public PageResult<AssetRow> page(long schoolId, CurrentUser me, ListQuery query, AssetFilter filter) {
        return store.page(where(schoolId, me, query, filter), query);
    }

    /** Every card the filter finds, for the Excel export and the label sheets (at most {@code limit}). */
    @Transactional(readOnly = true)
    public List<AssetRow> all(long schoolId, CurrentUser me, ListQuery query, AssetFilter filter, int limit) {
        return store.all(where(schoolId, me, query, filter), query, limit);
    }

    /** Every card the filter finds in the list's order, as the database sends them (the Excel export). */
    @Transactional(readOnly = true)
    public void forEach(long schoolId, CurrentUser me, ListQuery query, AssetFilter filter, int limit,
                        Consumer<AssetRow> each) {
        store.forEach(where(schoolId, me, query, filter), query, limit, each);
    }

    @Transactional(readOnly = true)
    public Optional<AssetRow> find(long schoolId, CurrentUser me, long id) {
        return store.find(schoolId, id, scope(me));
    }

    /** A card whatever the user's scope, for work the system does (events from other modules). */
    @Transactional(readOnly = true)
    public Optional<AssetRow> findAny(long schoolId, long id) {
        return store.findAny(schoolId, id);
    }

    /** The cards a person holds, not disposed, by number. */
    @Transactional(readOnly = true)
    public List<AssetRow> heldBy(long schoolId, long staffId) {
        return store.heldBy(schoolId, staffId);
    }

    @Transactional(readOnly = true)
    public Optional<Long> idByQrToken(long schoolId, String token) {
        return store.idByQrToken(schoolId, token);
    }

    @Transactional(readOnly = true)
    public Optional<Long> idByNumber(long schoolId, String number) {
        return store.idByNumber(schoolId, number);
    }

    /** The card of this number if the user may see it; otherwise the form's field says it is unknown. */
    @Transactional(readOnly = true)
    public AssetRow visibleByNumber(long schoolId, CurrentUser me, String number, String field) {
        return store.idByNumber(schoolId, number).flatMap(id -> find(schoolId, me, id))
                .orElseThrow(() -> new RuleViolation(field, "asset.unknown"));
    }

    @Transactional
    public long register(long schoolId, CurrentUser me, AssetForm form) {
        return submissions.once(schoolId, AssetDocuments.CARD, form.getSubmissionKey(),
                () -> registerOnce(schoolId, me, form));
    }

    private long registerOnce(long schoolId, CurrentUser me, AssetForm form) {
        AssetStore.Facts facts = facts(schoolId, form);
        Whereabouts where = new Whereabouts(form.getRoomId(), form.getDepartmentId(), form.getClassId(),
                form.getCustodianStaffId());
        AssetStatus status = form.getRoomId() == null && form.getCustodianStaffId() == null
                && form.getClassId() == null ? AssetStatus.IDLE : AssetStatus.IN_USE;
        String number = numbers.next(schoolId, AssetDocuments.CARD);
        long id = Forms.unique("serialNo", "asset.serial.taken",
                () -> store.insert(schoolId, number, facts, where, status, newQrToken()));
        AssetRow row = store.findAny(schoolId, id).orElseThrow();
        String place = locations.names(schoolId, Collections.singleton(row.custodianStaffId()))
                .describe(row.roomId(), row.departmentId(), row.classId(), row.custodianStaffId());
        history.record(schoolId, id, place.isEmpty()
                ? AssetHistory.Note.of(AssetHistory.Kind.REGISTER, null, "asset.history.register", row.quantity(),
                        money(row.value()))
                : AssetHistory.Note.of(AssetHistory.Kind.REGISTER, null, "asset.history.registerAt", row.quantity(),
                        money(row.value()), place), AssetHistory.Actor.of(me));
        audit.changedIn(schoolId, "assets", "asset", id, "CREATE", null,
                Map.of("number", number, "name", row.name(), "value", row.value()));
        return id;
    }

    /** The card's own facts; where it is and who holds it change through handovers. */
    @Transactional
    public void update(long schoolId, CurrentUser me, long id, AssetForm form) {
        AssetRow before = lock(schoolId, me, id);
        if (!before.open()) {
            throw RuleViolation.of("asset.closed");
        }
        AssetStore.Facts facts = facts(schoolId, form);
        if (form.getQuantity() != before.quantity()) {
            throw new RuleViolation("quantity", "asset.quantity.bySplit");
        }
        Versioned.saved(Forms.unique("serialNo", "asset.serial.taken",
                () -> store.update(schoolId, id, form.getVersion(), facts)), "asset", id);
        AssetRow after = store.findAny(schoolId, id).orElseThrow();
        List<Message> changes = AssetChanges.between(before, after);
        if (!changes.isEmpty()) {
            boolean revalued = before.unitValue().compareTo(after.unitValue()) != 0;
            history.record(schoolId, id, new AssetHistory.Note(revalued ? AssetHistory.Kind.REVALUE
                    : AssetHistory.Kind.UPDATE, Message.of("asset.history.changed", Message.list(changes)), null),
                    AssetHistory.Actor.of(me));
            audit.changedIn(schoolId, "assets", "asset", id, "UPDATE", Map.of("changes", changes.size()),
                    Map.of("changes", changes.stream().map(Message::key).toList()));
        }
    }

    /** Sets 在用, 闲置 or 维修中 by hand; loans, disposal and stocktakes set the others. */
    @Transactional
    public void setStatus(long schoolId, CurrentUser me, long id, AssetStatus status, int version, String note) {
        AssetRow row = lock(schoolId, me, id);
        if (row.status() == status && status.settable()) {
            return;
        }
        boolean noted = note != null && !note.isBlank();
        Object[] args = noted ? new Object[] {statusLabel(row.status()), statusLabel(status), note.strip()}
                : new Object[] {statusLabel(row.status()), statusLabel(status)};
        apply(schoolId, AssetHistory.Actor.of(me), id, version, card -> card.setByHand(status),
                AssetHistory.Note.of(AssetHistory.Kind.STATUS, null, noted ? "asset.history.statusNoted"
                        : "asset.history.status", args));
    }

    /**
     * Takes one step of a card's life: locks the card, checks the version the user saw (none for work the system
     * does), lets {@link AssetCard} take the step, saves it where status and version are unchanged, and writes the
     * history note and the audit row, in the caller's transaction.
     */
    @Transactional
    public AssetCard.Step apply(long schoolId, AssetHistory.Actor actor, long id, Integer expectedVersion,
                                Function<AssetCard, AssetCard.Step> step, AssetHistory.Note note) {
        AssetStore.State state = store.lockState(schoolId, id).orElseThrow(() -> new NotFoundException("asset", id));
        if (expectedVersion != null && expectedVersion != state.version()) {
            Versioned.saved(false, "asset", id);
        }
        AssetCard card = new AssetCard(state.id(), state.version(), state.status(), state.underRepair(),
                state.disposedOn(), new Whereabouts(state.roomId(), state.departmentId(), state.classId(),
                state.custodianStaffId()), state.borrower());
        AssetCard.Step taken = step.apply(card);
        Versioned.saved(store.save(schoolId, card), "asset", id);
        if (note != null) {
            history.record(schoolId, id, note, actor);
        }
        if (taken.from() != taken.to()) {
            audit.changedIn(schoolId, "assets", "asset", id, "UPDATE", Map.of("status", taken.from().name()),
                    Map.of("status", taken.to().name(), "step", taken.action()));
        }
        return taken;
    }

    /** Takes {@code quantity} items off a batch card into a new card of their own, at the same place. */
    @Transactional
    public long split(long schoolId, CurrentUser me, long id, int quantity, int version) {
        return split(schoolId, AssetHistory.Actor.of(me), lock(schoolId, me, id), quantity, version);
    }

    /** The same as system work, for a stocktake's approval taking the lost part of a batch card off the card. */
    @Transactional
    public long splitOff(long schoolId, AssetHistory.Actor actor, long id, int quantity) {
        store.lockState(schoolId, id);
        AssetRow row = store.findAny(schoolId, id).orElseThrow(() -> new NotFoundException("asset", id));
        return split(schoolId, actor, row, quantity, row.version());
    }

    private long split(long schoolId, AssetHistory.Actor actor, AssetRow row, int quantity, int version) {
        long id = row.id();
        if (!row.open()) {
            throw RuleViolation.of("asset.closed");
        }
        if (quantity < 1 || quantity >= row.quantity()) {
            throw new RuleViolation("quantity", "asset.split.quantity", row.quantity() - 1);
        }
        Versioned.saved(store.reduce(schoolId, id, version, quantity), "asset", id);
        String number = numbers.next(schoolId, AssetDocuments.CARD);
        long newId = store.insertSplit(schoolId, id, number, quantity, newQrToken());
        history.record(schoolId, id, AssetHistory.Note.of(AssetHistory.Kind.SPLIT, "/assets/" + newId,
                "asset.history.split", quantity, number, row.quantity() - quantity), actor);
        history.record(schoolId, newId, AssetHistory.Note.of(AssetHistory.Kind.SPLIT, "/assets/" + id,
                "asset.history.splitFrom", row.number(), quantity, row.purchasedOn()), actor);
        audit.changedIn(schoolId, "assets", "asset", id, "SPLIT", Map.of("quantity", row.quantity()),
                Map.of("quantity", row.quantity() - quantity, "newNumber", number));
        return newId;
    }

    /** Locks a card in the user's scope for a change; one outside it is not found. */
    @Transactional
    public AssetRow lock(long schoolId, CurrentUser me, long id) {
        find(schoolId, me, id).orElseThrow(() -> new NotFoundException("asset", id));
        store.lockState(schoolId, id);
        return store.findAny(schoolId, id).orElseThrow();
    }

    /** Registers what a stocktake found with no card (盘盈), once its adjustments are approved. */
    @Transactional
    public long registerFound(long schoolId, long categoryId, String name, int quantity, BigDecimal unitValue,
                              long roomId, String note) {
        AssetCategories.Category category = categories.find(schoolId, categoryId)
                .orElseThrow(() -> new NotFoundException("category", categoryId));
        AssetStore.Facts facts = new AssetStore.Facts(name, categoryId, null, null, null, null, today(), quantity,
                unitValue, FundingSource.OTHER.name(), category.depreciable() ? category.usefulLifeMonths() : null,
                null, null, note);
        return store.insert(schoolId, numbers.next(schoolId, AssetDocuments.CARD), facts,
                new Whereabouts(roomId, null, null, null), AssetStatus.IN_USE, newQrToken());
    }

    /** 1,234.50: money as a line of the history shows it. */
    public static String money(BigDecimal amount) {
        return new java.text.DecimalFormat("#,##0.00").format(amount);
    }

    /** A status as an argument of a history message, shown in the reader's language. */
    public static Message statusLabel(AssetStatus status) {
        return Message.of("asset.status." + status.name());
    }

    public static String newQrToken() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private AssetStore.Facts facts(long schoolId, AssetForm form) {
        AssetCategories.Category category = categories.find(schoolId, form.getCategoryId())
                .filter(AssetCategories.Category::active)
                .orElseThrow(() -> new RuleViolation("categoryId", "asset.category.unknown"));
        if (!category.takesCards()) {
            throw new RuleViolation("categoryId", "asset.category.heading");
        }
        if (category.depreciable() && form.getLifeYears() == null && category.usefulLifeMonths() == null) {
            throw new RuleViolation("lifeYears", "assetCategory.life.required");
        }
        if (form.getPurchasedOn().isAfter(today())) {
            throw new RuleViolation("purchasedOn", "asset.purchased.future");
        }
        Integer life = !category.depreciable() ? null
                : form.getLifeYears() != null ? form.getLifeYears() * 12 : category.usefulLifeMonths();
        return new AssetStore.Facts(form.getName(), form.getCategoryId(), form.getModel(), form.getBrand(),
                form.getSerialNo(), form.getSupplier(), form.getPurchasedOn(), form.getQuantity(), form.getUnitValue(),
                form.getFundingSource().name(), life, form.getWarrantyUntil(), form.getPowerKw(), form.getNote());
    }

    private Where where(long schoolId, CurrentUser me, ListQuery query, AssetFilter filter) {
        Set<Long> inCategory = filter.categoryId() == null ? null
                : categories.withDescendants(schoolId, filter.categoryId());
        Set<Long> inBuilding = filter.building() == null || filter.building().isBlank() ? null
                : locations.roomsOfBuilding(schoolId, filter.building());
        return AssetStore.where(schoolId, scope(me), query, filter, inCategory, inBuilding);
    }

    /** The cards a user's data scope covers: by the card's department, or the ones they hold. */
    static SqlCondition scope(CurrentUser me) {
        return me.dataScope().filter("a.department_id", "a.custodian_staff_id", me.staffId());
    }
}
