package org.houqin.assets.handover;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.houqin.assets.AssetDocuments;
import org.houqin.assets.AssetStatus;
import org.houqin.assets.register.AssetHistory;
import org.houqin.assets.register.Assets;
import org.houqin.assets.register.Assets.Whereabouts;
import org.houqin.assets.register.Locations;
import org.houqin.audit.AuditLog;
import org.houqin.platform.db.Rows;
import org.houqin.platform.files.Attachments;
import org.houqin.platform.numbers.DocumentNumbers;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 领用/交接单 ({@code JJ-2026-00001}): assets handed to a room, department, class or custodian, lent or returned, with
 * the receiver's signature drawn on the spot. Each card moves under its lock at the version read, a batch card
 * handed over in part is split first, and each card's history gets the event. The record prints both where each
 * asset was and where it went.
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

    private final JdbcClient jdbc;
    private final Assets assets;
    private final AssetHistory history;
    private final Locations locations;
    private final Attachments attachments;
    private final DocumentNumbers numbers;
    private final AuditLog audit;
    private final SchoolClock clock;

    AssetHandovers(JdbcClient jdbc, Assets assets, AssetHistory history, Locations locations, Attachments attachments,
              DocumentNumbers numbers, AuditLog audit, SchoolClock clock) {
        this.jdbc = jdbc;
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
        Whereabouts target = new Whereabouts(form.getRoomId(), form.getDepartmentId(), form.getClassId(),
                form.getCustodianStaffId());
        HandoverRules.checkTarget(form.getKind(), target, form.getBorrower());
        checkTargetExists(schoolId, target);
        if (form.getHandedOn().isAfter(assets.today())) {
            throw new RuleViolation("handedOn", "handover.date.future");
        }
        if (form.getKind() == HandoverKind.LOAN && form.getDueOn() != null && form.getDueOn().isBefore(form.getHandedOn())) {
            throw new RuleViolation("dueOn", "handover.due.beforeHanded");
        }
        List<Integer> filled = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < form.getLines().size(); i++) {
            HandoverForm.Line line = form.getLines().get(i);
            if (!line.filled()) {
                continue;
            }
            if (!seen.add(line.getAssetNumber())) {
                throw new RuleViolation("lines[" + i + "].assetNumber", "handover.asset.twice");
            }
            filled.add(i);
        }
        if (filled.isEmpty()) {
            throw new RuleViolation("lines[0].assetNumber", "handover.lines.empty");
        }
        String number = numbers.next(schoolId, AssetDocuments.HANDOVER);
        long id = jdbc.sql("""
                INSERT INTO assets.handover (school_id, number, kind, handed_on, room_id, department_id, class_id,
                       custodian_staff_id, borrower, due_on, receiver_name, note, created_by, created_by_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, number, form.getKind().name(), form.getHandedOn(), form.getRoomId(),
                        form.getDepartmentId(), form.getClassId(), form.getCustodianStaffId(),
                        form.getKind() == HandoverKind.LOAN ? form.getBorrower() : null,
                        form.getKind() == HandoverKind.LOAN ? form.getDueOn() : null, form.getReceiverName(),
                        form.getNote(), me.userId(), me.displayName())
                .query(Long.class).single();
        String link = "/assets/handovers/" + id;
        AssetHistory.Kind eventKind = switch (form.getKind()) {
            case ASSIGN -> AssetHistory.Kind.HANDOVER;
            case TRANSFER -> AssetHistory.Kind.TRANSFER;
            case LOAN -> AssetHistory.Kind.LOAN;
            case RETURN -> AssetHistory.Kind.RETURN;
        };
        Set<Long> people = new HashSet<>();
        people.add(form.getCustodianStaffId());
        for (int i : filled) {
            HandoverForm.Line line = form.getLines().get(i);
            String field = "lines[" + i + "].assetNumber";
            long assetId = assets.idByNumber(schoolId, line.getAssetNumber())
                    .filter(a -> assets.find(schoolId, me, a).isPresent())
                    .orElseThrow(() -> new RuleViolation(field, "asset.unknown"));
            Assets.Row card = assets.lock(schoolId, me, assetId);
            Integer quantity = line.getQuantity();
            if (quantity != null && quantity > card.quantity()) {
                throw new RuleViolation("lines[" + i + "].quantity", "handover.quantity.more", card.quantity());
            }
            Whereabouts now = new Whereabouts(card.roomId(), card.departmentId(), card.classId(), card.custodianStaffId());
            HandoverRules.Outcome outcome = HandoverRules.apply(form.getKind(), now, card.status(), target,
                    form.getBorrower(), field);
            if (quantity != null && quantity < card.quantity()) {
                long part = assets.split(schoolId, me, card.id(), quantity, card.version());
                card = assets.lock(schoolId, me, part);
            }
            people.add(card.custodianStaffId());
            people.add(outcome.whereabouts().custodianStaffId());
            Locations.Names names = locations.names(schoolId, people);
            String from = describe(names, now, card.borrower());
            String to = describe(names, outcome.whereabouts(), outcome.borrower());
            assets.relocate(schoolId, card, outcome.whereabouts(), outcome.status(), outcome.borrower());
            jdbc.sql("""
                    INSERT INTO assets.handover_line (school_id, handover_id, asset_id, quantity, from_place, to_place)
                    VALUES (?, ?, ?, ?, ?, ?)""").params(schoolId, id, card.id(), card.quantity(), from, to).update();
            history.record(schoolId, card.id(), eventKind, number + "：" + from + " → " + to + "，接收人 "
                    + form.getReceiverName(), link, me);
        }
        attachments.storeSignature(schoolId, SIGNATURE_OWNER, id, "signature", form.getSignature());
        jdbc.sql("UPDATE assets.handover SET signed_at = ? WHERE id = ?").params(Timestamp.from(clock.now()), id)
                .update();
        audit.changedIn(schoolId, "assets", "handover", id, "CREATE", null,
                Map.of("number", number, "kind", form.getKind().name(), "assets", filled.size(),
                        "receiver", form.getReceiverName()));
        return id;
    }

    private static String describe(Locations.Names names, Whereabouts w, String borrower) {
        String text = names.describe(w.roomId(), w.departmentId(), w.classId(), w.custodianStaffId());
        if (borrower != null) {
            text = (text.isEmpty() ? "" : text + " · ") + "借用人 " + borrower;
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
        Map<String, Object> params = new HashMap<>();
        params.put("school", schoolId);
        params.put("q", query.q());
        params.put("like", query.likePattern());
        params.put("kind", kind == null ? "" : kind.name());
        String where = " WHERE h.school_id = :school AND (:kind = '' OR h.kind = :kind)"
                + " AND (:q = '' OR h.number ILIKE :like OR h.receiver_name ILIKE :like OR h.borrower ILIKE :like"
                + " OR EXISTS (SELECT 1 FROM assets.handover_line sl JOIN assets.asset sa ON sa.id = sl.asset_id"
                + " WHERE sl.handover_id = h.id AND (sa.number ILIKE :like OR sa.name ILIKE :like)))";
        long total = jdbc.sql("SELECT count(*) FROM assets.handover h" + where).params(params).query(Long.class).single();
        params.put("limit", ListQuery.PAGE_SIZE);
        params.put("offset", query.offset());
        List<Row> rows = jdbc.sql(SELECT + where + " ORDER BY h.handed_on DESC, h.id DESC LIMIT :limit OFFSET :offset")
                .params(params).query(Rows.of(Row.class)).list();
        return new PageResult<>(rows, query.page(), total);
    }

    @Transactional(readOnly = true)
    public Optional<Row> find(long schoolId, long id) {
        return jdbc.sql(SELECT + " WHERE h.school_id = ? AND h.id = ?").params(schoolId, id)
                .query(Rows.of(Row.class)).optional();
    }

    @Transactional(readOnly = true)
    public List<LineRow> lines(long schoolId, long id) {
        return jdbc.sql("""
                SELECT l.id, l.asset_id, a.number, a.name, a.model, l.quantity, a.unit_value, l.from_place, l.to_place
                FROM assets.handover_line l JOIN assets.asset a ON a.id = l.asset_id
                WHERE l.school_id = ? AND l.handover_id = ? ORDER BY l.id""").params(schoolId, id)
                .query(Rows.of(LineRow.class)).list();
    }

    /** The receiver's signature as a data URI for pages and the printed record, if kept. */
    @Transactional(readOnly = true)
    public Optional<Attachments.Attachment> signature(long schoolId, long id) {
        return attachments.of(schoolId, SIGNATURE_OWNER, id).stream().findFirst();
    }

    private static final String SELECT = """
            SELECT h.id, h.number, h.kind, h.handed_on, h.room_id, h.department_id, h.class_id, h.custodian_staff_id,
                   h.borrower, h.due_on, h.receiver_name, h.note, h.signed_at, h.created_by_name, h.created_at,
                   (SELECT count(*) FROM assets.handover_line l WHERE l.handover_id = h.id) AS lines,
                   (SELECT coalesce(sum(l.quantity), 0) FROM assets.handover_line l WHERE l.handover_id = h.id) AS items,
                   (SELECT coalesce(sum(l.quantity * a.unit_value), 0) FROM assets.handover_line l
                    JOIN assets.asset a ON a.id = l.asset_id WHERE l.handover_id = h.id) AS value,
                   (SELECT string_agg(a.name, '、' ORDER BY l.id) FROM assets.handover_line l
                    JOIN assets.asset a ON a.id = l.asset_id WHERE l.handover_id = h.id) AS summary
            FROM assets.handover h""";
}
