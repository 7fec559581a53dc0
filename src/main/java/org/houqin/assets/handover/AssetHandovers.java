package org.houqin.assets.handover;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.houqin.assets.AssetDocuments;
import org.houqin.assets.AssetsPermissions;
import org.houqin.assets.register.AssetHistory;
import org.houqin.assets.register.AssetRow;
import org.houqin.assets.register.Assets;
import org.houqin.assets.register.Locations;
import org.houqin.assets.register.Whereabouts;
import org.houqin.audit.AuditLog;
import org.houqin.platform.document.DocumentLines;
import org.houqin.platform.document.Submissions;
import org.houqin.platform.files.Attachments;
import org.houqin.platform.numbers.DocumentNumbers;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 领用/交接单 ({@code JJ-2026-00001}): assets handed to a room, department, class or custodian, lent or returned, with
 * the receiver's signature drawn on the spot. Each card moves by its {@link org.houqin.assets.register.AssetCard} step
 * at the version read, a batch card handed over in part is split first, and each card's history gets the event. The
 * record prints both where each asset was and where it went.
 */
@Service
public class AssetHandovers {

    public static final String SIGNATURE_OWNER = "asset-handover";

    public record Row(long id, String number, HandoverKind kind, LocalDate handedOn, Long roomId, Long departmentId,
                      Long classId, Long custodianStaffId, String borrower, LocalDate dueOn, String receiverName,
                      String note, Instant signedAt, String createdByName, Instant createdAt, long lines,
                      long items, BigDecimal value, String summary) {
    }

    public record LineRow(long id, long assetId, String number, String name, String model, int quantity,
                          BigDecimal unitValue, String fromPlace, String toPlace) {

        public BigDecimal value() {
            return unitValue.multiply(BigDecimal.valueOf(quantity));
        }
    }

    private final AssetHandoverStore store;
    private final Assets assets;
    private final AssetHistory history;
    private final Locations locations;
    private final Attachments attachments;
    private final DocumentNumbers numbers;
    private final AuditLog audit;
    private final SchoolClock clock;
    private final Submissions submissions;

    AssetHandovers(AssetHandoverStore store, Assets assets, AssetHistory history, Locations locations,
                   Attachments attachments, DocumentNumbers numbers, AuditLog audit, SchoolClock clock, Submissions submissions) {
        this.submissions = submissions;
        this.store = store;
        this.assets = assets;
        this.history = history;
        this.locations = locations;
        this.attachments = attachments;
        this.numbers = numbers;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long create(long schoolId, CurrentUser me, HandoverForm form) {
        return submissions.once(schoolId, AssetDocuments.HANDOVER, form.getSubmissionKey(),
                () -> createOnce(schoolId, me, form));
    }

    private long createOnce(long schoolId, CurrentUser me, HandoverForm form) {
        Whereabouts target = new Whereabouts(form.getRoomId(), form.getDepartmentId(), form.getClassId(),
                form.getCustodianStaffId());
        HandoverRules.checkTarget(form.getKind(), target, form.getBorrower());
        checkTargetExists(schoolId, target);
        if (form.getHandedOn().isAfter(clock.today())) {
            throw new RuleViolation("handedOn", "handover.date.future");
        }
        if (form.getKind() == HandoverKind.LOAN && form.getDueOn() != null && form.getDueOn().isBefore(form.getHandedOn())) {
            throw new RuleViolation("dueOn", "handover.due.beforeHanded");
        }
        List<Integer> filled = DocumentLines.filled(form.getLines(), HandoverForm.Line::filled,
                HandoverForm.Line::getAssetNumber, "assetNumber", "handover.asset.twice", "handover.lines.empty");
        String number = numbers.next(schoolId, AssetDocuments.HANDOVER);
        long id = store.insert(schoolId, number, form, me.userId(), me.displayName());
        String link = AssetDocuments.HANDOVER.link(id);
        AssetHistory.Kind eventKind = switch (form.getKind()) {
            case ASSIGN -> AssetHistory.Kind.HANDOVER;
            case TRANSFER -> AssetHistory.Kind.TRANSFER;
            case LOAN -> AssetHistory.Kind.LOAN;
            case RETURN -> AssetHistory.Kind.RETURN;
        };
        for (int i : filled) {
            HandoverForm.Line line = form.getLines().get(i);
            String field = DocumentLines.field(i, "assetNumber");
            AssetRow card = assets.lock(schoolId, me,
                    assets.visibleByNumber(schoolId, me, line.getAssetNumber(), field).id());
            Integer quantity = line.getQuantity();
            if (quantity != null && quantity > card.quantity()) {
                throw new RuleViolation(DocumentLines.field(i, "quantity"), "handover.quantity.more", card.quantity());
            }
            if (quantity != null && quantity < card.quantity()) {
                card = assets.lock(schoolId, me, assets.split(schoolId, me, card.id(), quantity, card.version()));
            }
            String from = describe(schoolId, card, target);
            assets.apply(schoolId, AssetHistory.Actor.of(me), card.id(), card.version(),
                    c -> c.handOver(form.getKind(), target, form.getBorrower(), field), null);
            AssetRow moved = assets.findAny(schoolId, card.id()).orElseThrow();
            String to = describe(schoolId, moved, target);
            store.insertLine(schoolId, id, moved.id(), moved.quantity(), from, to);
            history.record(schoolId, moved.id(), AssetHistory.Note.of(eventKind, link, "asset.history.handover",
                    number, from, to, form.getReceiverName()), AssetHistory.Actor.of(me));
        }
        attachments.storeSignature(schoolId, SIGNATURE_OWNER, id, "signature", form.getSignature());
        store.signed(id, clock.now());
        audit.changedIn(schoolId, "assets", "handover", id, "CREATE", null,
                Map.of("number", number, "kind", form.getKind().name(), "assets", filled.size(),
                        "receiver", form.getReceiverName()));
        return id;
    }

    /** Where a card is, who holds it and who borrowed it, as the signed record prints it. */
    private String describe(long schoolId, AssetRow card, Whereabouts target) {
        Set<Long> people = new HashSet<>();
        people.add(card.custodianStaffId());
        people.add(target.custodianStaffId());
        Locations.Names names = locations.names(schoolId, people);
        String text = names.describe(card.roomId(), card.departmentId(), card.classId(), card.custodianStaffId());
        if (card.borrower() != null) {
            text = (text.isEmpty() ? "" : text + " · ") + "借用人 " + card.borrower();
        }
        return text.isEmpty() ? "—" : text;
    }

    private void checkTargetExists(long schoolId, Whereabouts target) {
        Locations.Choices choices = locations.choices(schoolId);
        if (target.roomId() != null && choices.rooms().stream().noneMatch(r -> r.id() == target.roomId())) {
            throw new RuleViolation("roomId", "handover.target.unknown");
        }
        if (target.departmentId() != null && !choices.departments().containsKey(target.departmentId())) {
            throw new RuleViolation("departmentId", "handover.target.unknown");
        }
        if (target.classId() != null && choices.classes().stream().noneMatch(c -> c.id() == target.classId())) {
            throw new RuleViolation("classId", "handover.target.unknown");
        }
        if (target.custodianStaffId() != null
                && choices.staff().stream().noneMatch(s -> s.id() == target.custodianStaffId())) {
            throw new RuleViolation("custodianStaffId", "handover.target.unknown");
        }
    }

    @Transactional(readOnly = true)
    public PageResult<Row> page(long schoolId, ListQuery query, HandoverKind kind) {
        return store.page(schoolId, query, kind);
    }

    @Transactional(readOnly = true)
    public Optional<Row> find(long schoolId, long id) {
        return store.find(schoolId, id);
    }

    /** The record if the reader may open it: the asset office any, anyone else those they signed for as custodian. */
    @Transactional(readOnly = true)
    public Optional<Row> readable(CurrentUser me, long id) {
        long school = me.requireSchool();
        if (me.can(AssetsPermissions.ASSET_WRITE)) {
            return store.find(school, id);
        }
        return me.staffId() == null ? Optional.empty() : store.findSignedBy(school, id, me.staffId());
    }

    @Transactional(readOnly = true)
    public List<LineRow> lines(long schoolId, long id) {
        return store.lines(schoolId, id);
    }

    /** The receiver's signature as a data URI for pages and the printed record, if kept. */
    @Transactional(readOnly = true)
    public Optional<Attachments.Attachment> signature(long schoolId, long id) {
        return attachments.of(schoolId, SIGNATURE_OWNER, id).stream().findFirst();
    }
}
