package org.houqin.assets.stocktake;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.houqin.approval.ApprovalDecided;
import org.houqin.approval.ApprovalHandler;
import org.houqin.approval.Approvals;
import org.houqin.approval.Submission;
import org.houqin.assets.AssetDocuments;
import org.houqin.assets.AssetsPermissions;
import org.houqin.assets.category.AssetCategories;
import org.houqin.assets.register.AssetHistory;
import org.houqin.assets.register.Assets;
import org.houqin.assets.register.Locations;
import org.houqin.audit.AuditLog;
import org.houqin.iam.IamApi;
import org.houqin.places.PlacesApi;
import org.houqin.platform.db.Rows;
import org.houqin.platform.numbers.DocumentNumbers;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 资产清查盘点 ({@code ZCPD-2026-00001}). Starting a campaign lists the cards in its scope with the room each should
 * be in. The team scans a room, then the assets they find in it; finishing a room gives up what was not found there
 * as missing, and finishing the count gives up everything not found. The differences — missing cards (盘亏), cards in
 * another room (位置不符) and things with no card (盘盈) — change the register only when their approval ends: missing
 * cards are written off, misplaced ones moved to where they were found, found things registered. Returned, the count
 * opens again; rejected, the campaign closes with the register unchanged.
 */
@Service
public class AssetStocktakes implements ApprovalHandler {

    public enum Status { COUNTING, COUNTED, SUBMITTED, ADJUSTED, CLOSED }

    public record Row(long id, String number, String name, String scopeBuildings, int scopeDepartments,
                      int scopeCategories, Status status, String note, String createdByName, Instant startedAt,
                      Instant countedAt, Instant finishedAt, int version, long listed, long found, long misplaced,
                      long missing, long extras, long roomsDone, long rooms) {

        public long scanned() {
            return found + misplaced;
        }

        public BigDecimal matchRate() {
            return CountResult.matchRate(found, listed);
        }

        public int percent() {
            return listed == 0 ? 100 : (int) (scanned() * 100 / listed);
        }

        public String badge() {
            return switch (status) {
                case COUNTING -> "text-bg-primary";
                case COUNTED -> "text-bg-info";
                case SUBMITTED -> "text-bg-warning";
                case ADJUSTED -> "text-bg-success";
                case CLOSED -> "text-bg-secondary";
            };
        }
    }

    /** A room of the campaign: what should be there and what the team made of it. */
    public record RoomProgress(Long roomId, String roomName, long listed, long found, long foundElsewhere,
                               long missing, long arrivedHere, long extras, boolean finished) {

        public long open() {
            return listed - found - foundElsewhere - missing;
        }
    }

    public record ItemRow(long id, long assetId, String number, String name, String model, int quantity,
                          BigDecimal value, Long expectedRoomId, CountResult result, Long foundRoomId,
                          Instant scannedAt, String scannedByName) {
    }

    public record ExtraRow(long id, long roomId, String name, String categoryName, int quantity, BigDecimal unitValue,
                           String note, String foundByName, Instant foundAt, Long assetId) {

        public BigDecimal value() {
            return unitValue.multiply(BigDecimal.valueOf(quantity));
        }
    }

    /** What one scan did, for the message under the scan field. */
    public record Scan(String messageKey, Object[] args, Long roomId, boolean good) {
    }

    private final JdbcClient jdbc;
    private final Assets assets;
    private final AssetHistory history;
    private final AssetCategories categories;
    private final Locations locations;
    private final PlacesApi places;
    private final Approvals approvals;
    private final IamApi iam;
    private final DocumentNumbers numbers;
    private final AuditLog audit;
    private final SchoolClock clock;

    AssetStocktakes(JdbcClient jdbc, Assets assets, AssetHistory history, AssetCategories categories,
                    Locations locations, PlacesApi places, Approvals approvals, IamApi iam, DocumentNumbers numbers,
                    AuditLog audit, SchoolClock clock) {
        this.jdbc = jdbc;
        this.assets = assets;
        this.history = history;
        this.categories = categories;
        this.locations = locations;
        this.places = places;
        this.approvals = approvals;
        this.iam = iam;
        this.numbers = numbers;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long start(long schoolId, CurrentUser me, AssetStocktakeForm form) {
        Set<Long> users = new HashSet<>(iam.users(schoolId).stream().map(IamApi.UserRef::id).toList());
        for (Long member : form.getMemberIds()) {
            if (!users.contains(member)) {
                throw new RuleViolation("memberIds", "assetStocktake.member.unknown");
            }
        }
        List<String> buildings = locations.buildings(schoolId);
        if (!buildings.containsAll(form.getBuildings())) {
            throw new RuleViolation("buildings", "handover.target.unknown");
        }
        Set<Long> categoryScope = new HashSet<>();
        for (Long category : form.getCategoryIds()) {
            if (categories.find(schoolId, category).isEmpty()) {
                throw new RuleViolation("categoryIds", "asset.category.unknown");
            }
            categoryScope.addAll(categories.withDescendants(schoolId, category));
        }
        Set<Long> roomScope = new HashSet<>();
        form.getBuildings().forEach(b -> roomScope.addAll(locations.roomsOfBuilding(schoolId, b)));
        String number = numbers.next(schoolId, AssetDocuments.STOCKTAKE);
        long id = jdbc.sql("""
                INSERT INTO assets.stocktake (school_id, number, name, scope_buildings, scope_departments,
                       scope_categories, status, note, created_by, created_by_name, started_at)
                VALUES (?, ?, ?, ?, ?, ?, 'COUNTING', ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, number, form.getName(), form.getBuildings().toArray(String[]::new),
                        form.getDepartmentIds().toArray(Long[]::new), categoryScope.toArray(Long[]::new),
                        form.getNote(), me.userId(), me.displayName(), Timestamp.from(clock.now()))
                .query(Long.class).single();
        for (Long member : new HashSet<>(form.getMemberIds())) {
            jdbc.sql("INSERT INTO assets.stocktake_member (school_id, stocktake_id, user_id) VALUES (?, ?, ?)")
                    .params(schoolId, id, member).update();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("school", schoolId);
        params.put("stocktake", id);
        params.put("rooms", roomScope.toArray(Long[]::new));
        params.put("anyRoom", form.getBuildings().isEmpty());
        params.put("departments", form.getDepartmentIds().toArray(Long[]::new));
        params.put("anyDepartment", form.getDepartmentIds().isEmpty());
        params.put("categories", categoryScope.toArray(Long[]::new));
        params.put("anyCategory", categoryScope.isEmpty());
        int listed = jdbc.sql("""
                INSERT INTO assets.stocktake_item (school_id, stocktake_id, asset_id, expected_room_id, value)
                SELECT a.school_id, :stocktake, a.id, a.room_id, a.unit_value * a.quantity FROM assets.asset a
                WHERE a.school_id = :school AND a.status NOT IN ('DISPOSED', 'PENDING_DISPOSAL')
                  AND (:anyRoom OR a.room_id = ANY(:rooms))
                  AND (:anyDepartment OR a.department_id = ANY(:departments))
                  AND (:anyCategory OR a.category_id = ANY(:categories))""").params(params).update();
        if (listed == 0) {
            throw new RuleViolation("name", "assetStocktake.scope.empty");
        }
        audit.changedIn(schoolId, "assets", "stocktake_campaign", id, "CREATE", null,
                Map.of("number", number, "listed", listed));
        return id;
    }

    /** Reads a scan in the campaign: a room sets where the team is, an asset is counted in that room. */
    @Transactional
    public Scan scan(long schoolId, CurrentUser me, long id, Long currentRoomId, String text) {
        Row row = counting(schoolId, me, id);
        ScanCode code = ScanCode.parse(text);
        Optional<PlacesApi.RoomRef> room = switch (code.kind()) {
            case ROOM_TOKEN -> places.roomByQrToken(code.value()).filter(r -> r.schoolId() == schoolId)
                    .map(PlacesApi.LabelledRoom::room);
            case ROOM_CODE -> places.rooms(schoolId).stream().filter(r -> r.code().equalsIgnoreCase(code.value()))
                    .findFirst();
            default -> Optional.empty();
        };
        if (room.isPresent()) {
            long listed = count("SELECT count(*) FROM assets.stocktake_item WHERE stocktake_id = ? AND expected_room_id = ?",
                    id, room.get().id());
            return new Scan("assetStocktake.scan.room", new Object[] {Locations.roomLabel(room.get()), listed},
                    room.get().id(), true);
        }
        Optional<Long> asset = switch (code.kind()) {
            case ASSET_TOKEN -> assets.idByQrToken(schoolId, code.value());
            case ASSET_NUMBER -> assets.idByNumber(schoolId, code.value());
            default -> Optional.empty();
        };
        if (asset.isEmpty()) {
            return new Scan("assetStocktake.scan.unknown", new Object[] {code.value()}, currentRoomId, false);
        }
        if (currentRoomId == null) {
            return new Scan("assetStocktake.scan.roomFirst", new Object[0], null, false);
        }
        Optional<ItemRow> item = jdbc.sql(ITEM_SELECT + " WHERE i.stocktake_id = ? AND i.asset_id = ? FOR UPDATE OF i")
                .params(id, asset.get()).query(Rows.of(ItemRow.class)).optional();
        Assets.Row card = assets.findAny(schoolId, asset.get()).orElseThrow();
        if (item.isEmpty()) {
            return new Scan("assetStocktake.scan.outOfScope", new Object[] {card.number(), card.name()}, currentRoomId,
                    false);
        }
        CountResult result = CountResult.scanned(item.get().expectedRoomId(), currentRoomId);
        if (item.get().result() == result && currentRoomId.equals(item.get().foundRoomId())) {
            return new Scan("assetStocktake.scan.again", new Object[] {card.number(), card.name()}, currentRoomId, true);
        }
        jdbc.sql("""
                UPDATE assets.stocktake_item SET result = ?, found_room_id = ?, scanned_at = ?, scanned_by_name = ?
                WHERE id = ?""").params(result.name(), currentRoomId, Timestamp.from(clock.now()), me.displayName(),
                item.get().id()).update();
        if (result == CountResult.FOUND) {
            return new Scan("assetStocktake.scan.found", new Object[] {card.number(), card.name()}, currentRoomId, true);
        }
        Locations.Names names = locations.names(schoolId, List.of());
        return new Scan("assetStocktake.scan.misplaced", new Object[] {card.number(), card.name(),
                names.room(item.get().expectedRoomId())}, currentRoomId, false);
    }

    /** The team is done with a room: what is listed there and not found is missing (unless it turns up later). */
    @Transactional
    public long finishRoom(long schoolId, CurrentUser me, long id, long roomId) {
        counting(schoolId, me, id);
        jdbc.sql("""
                INSERT INTO assets.stocktake_room (school_id, stocktake_id, room_id, finished_by) VALUES (?, ?, ?, ?)
                ON CONFLICT (stocktake_id, room_id) DO UPDATE SET finished_at = now(), finished_by = EXCLUDED.finished_by""")
                .params(schoolId, id, roomId, me.displayName()).update();
        return jdbc.sql("""
                UPDATE assets.stocktake_item SET result = 'MISSING'
                WHERE stocktake_id = ? AND expected_room_id = ? AND result IS NULL""").params(id, roomId).update();
    }

    @Transactional
    public long addExtra(long schoolId, CurrentUser me, long id, ExtraForm form) {
        counting(schoolId, me, id);
        if (places.room(schoolId, form.getRoomId()).isEmpty()) {
            throw new RuleViolation("roomId", "handover.target.unknown");
        }
        if (categories.find(schoolId, form.getCategoryId()).filter(AssetCategories.Category::active).isEmpty()) {
            throw new RuleViolation("categoryId", "asset.category.unknown");
        }
        return jdbc.sql("""
                INSERT INTO assets.stocktake_extra (school_id, stocktake_id, room_id, name, category_id, quantity,
                       unit_value, note, found_by_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, id, form.getRoomId(), form.getName(), form.getCategoryId(), form.getQuantity(),
                        form.getUnitValue(), form.getNote(), me.displayName()).query(Long.class).single();
    }

    /** Ends the count: everything not found is missing. */
    @Transactional
    public void finishCount(long schoolId, CurrentUser me, long id, int version) {
        Row row = find(schoolId, id).orElseThrow(() -> new NotFoundException("stocktake", id));
        if (row.status() != Status.COUNTING) {
            throw RuleViolation.of("assetStocktake.notCounting");
        }
        jdbc.sql("UPDATE assets.stocktake_item SET result = 'MISSING' WHERE stocktake_id = ? AND result IS NULL")
                .param(id).update();
        move(schoolId, id, version, Status.COUNTED, "counted_at = now()");
        audit.changedIn(schoolId, "assets", "stocktake_campaign", id, "COUNT", Map.of("status", "COUNTING"),
                Map.of("status", "COUNTED"));
    }

    /** Back to counting before the differences are submitted (a room recounted). */
    @Transactional
    public void reopen(long schoolId, CurrentUser me, long id, int version) {
        Row row = find(schoolId, id).orElseThrow(() -> new NotFoundException("stocktake", id));
        if (row.status() != Status.COUNTED) {
            throw RuleViolation.of("assetStocktake.notCounted");
        }
        move(schoolId, id, version, Status.COUNTING, "counted_at = NULL");
    }

    /** Sends the differences for approval; a campaign without any closes at once. */
    @Transactional
    public void submit(long schoolId, CurrentUser me, long id, int version) {
        Row row = find(schoolId, id).orElseThrow(() -> new NotFoundException("stocktake", id));
        if (row.status() != Status.COUNTED) {
            throw RuleViolation.of("assetStocktake.notCounted");
        }
        if (row.missing() + row.misplaced() + row.extras() == 0) {
            move(schoolId, id, version, Status.CLOSED, "finished_at = now()");
            audit.changedIn(schoolId, "assets", "stocktake_campaign", id, "CLOSE", Map.of("status", "COUNTED"),
                    Map.of("status", "CLOSED"));
            return;
        }
        move(schoolId, id, version, Status.SUBMITTED, "counted_at = counted_at");
        BigDecimal amount = differenceValue(id);
        approvals.submit(schoolId, new Submission(AssetDocuments.STOCKTAKE.code(), id, row.number(), row.name() + "：盘亏 " + row.missing()
                + " 项、位置不符 " + row.misplaced() + " 项、盘盈 " + row.extras() + " 项", amount, null,
                me.departmentId(), me.userId(), "/assets/stocktakes/" + id + "/report"));
        audit.changedIn(schoolId, "assets", "stocktake_campaign", id, "SUBMIT", Map.of("status", "COUNTED"),
                Map.of("status", "SUBMITTED", "amount", amount));
    }

    @Override
    public String documentType() {
        return AssetDocuments.STOCKTAKE.code();
    }

    @Override
    public void decided(ApprovalDecided decided) {
        long schoolId = decided.schoolId();
        long id = decided.documentId();
        Row row = find(schoolId, id).orElseThrow(() -> new NotFoundException("stocktake", id));
        if (row.status() != Status.SUBMITTED) {
            throw RuleViolation.of("assetStocktake.notSubmitted");
        }
        String decider = iam.displayNames(List.of(decided.decidedBy())).getOrDefault(decided.decidedBy(), "审批");
        switch (decided.outcome()) {
            case APPROVED -> {
                adjust(schoolId, row, decided.decidedBy(), decider);
                move(schoolId, id, row.version(), Status.ADJUSTED, "finished_at = now()");
            }
            case RETURNED -> move(schoolId, id, row.version(), Status.COUNTING, "counted_at = NULL");
            case REJECTED -> move(schoolId, id, row.version(), Status.CLOSED, "finished_at = now()");
        }
        audit.changedIn(schoolId, "assets", "stocktake_campaign", id, "UPDATE", Map.of("status", "SUBMITTED"),
                Map.of("status", decided.outcome().name()));
    }

    private void adjust(long schoolId, Row row, long deciderId, String decider) {
        String link = "/assets/stocktakes/" + row.id() + "/report";
        AssetHistory.Actor actor = new AssetHistory.Actor(deciderId, decider);
        Locations.Names names = locations.names(schoolId, List.of());
        for (ItemRow item : items(schoolId, row.id(), CountResult.MISPLACED)) {
            assets.apply(schoolId, actor, item.assetId(), null, card -> card.moveToRoom(item.foundRoomId()),
                    AssetHistory.Note.of(AssetHistory.Kind.STOCKTAKE, link, "asset.history.stocktakeMoved",
                            row.number(), names.room(item.expectedRoomId()), names.room(item.foundRoomId())));
        }
        for (ItemRow item : items(schoolId, row.id(), CountResult.MISSING)) {
            assets.apply(schoolId, actor, item.assetId(), null, card -> card.writeOffMissing(assets.today()),
                    AssetHistory.Note.of(AssetHistory.Kind.STOCKTAKE, link, "asset.history.stocktakeMissing",
                            row.number(), Assets.money(item.value())));
        }
        for (ExtraRow extra : extras(schoolId, row.id())) {
            long asset = assets.registerFound(schoolId, jdbc.sql(
                    "SELECT category_id FROM assets.stocktake_extra WHERE id = ?").param(extra.id()).query(Long.class)
                    .single(), extra.name(), extra.quantity(), extra.unitValue(), extra.roomId(),
                    extra.note() == null ? row.number() + " 盘盈" : row.number() + " 盘盈：" + extra.note());
            jdbc.sql("UPDATE assets.stocktake_extra SET asset_id = ? WHERE id = ?").params(asset, extra.id()).update();
            history.record(schoolId, asset, AssetHistory.Note.of(AssetHistory.Kind.REGISTER, link,
                    "asset.history.stocktakeFound", row.number(), extra.quantity(), Assets.money(extra.value())), actor);
        }
    }

    @Transactional(readOnly = true)
    public List<Row> list(long schoolId, CurrentUser me) {
        boolean all = me.can(AssetsPermissions.STOCKTAKE_WRITE) || me.can(AssetsPermissions.REPORT_READ);
        return jdbc.sql(SELECT + " WHERE s.school_id = ? AND (? OR EXISTS (SELECT 1 FROM assets.stocktake_member m"
                        + " WHERE m.stocktake_id = s.id AND m.user_id = ?)) ORDER BY s.started_at DESC, s.id DESC")
                .params(schoolId, all, me.userId()).query(Rows.of(Row.class)).list();
    }

    @Transactional(readOnly = true)
    public Optional<Row> find(long schoolId, long id) {
        return jdbc.sql(SELECT + " WHERE s.school_id = ? AND s.id = ?").params(schoolId, id)
                .query(Rows.of(Row.class)).optional();
    }

    /** A campaign the user may open: keepers and report readers any, the team its own. */
    @Transactional(readOnly = true)
    public Row visible(long schoolId, CurrentUser me, long id) {
        Row row = find(schoolId, id).orElseThrow(() -> new NotFoundException("stocktake", id));
        if (!me.can(AssetsPermissions.STOCKTAKE_WRITE) && !me.can(AssetsPermissions.REPORT_READ)
                && !member(id, me.userId())) {
            throw new NotFoundException("stocktake", id);
        }
        return row;
    }

    @Transactional(readOnly = true)
    public List<RoomProgress> rooms(long schoolId, long id) {
        Locations.Names names = locations.names(schoolId, List.of());
        List<RoomProgress> rooms = jdbc.sql("""
                WITH r AS (SELECT expected_room_id AS room_id FROM assets.stocktake_item WHERE stocktake_id = :id
                           UNION SELECT found_room_id FROM assets.stocktake_item WHERE stocktake_id = :id
                                   AND found_room_id IS NOT NULL
                           UNION SELECT room_id FROM assets.stocktake_extra WHERE stocktake_id = :id)
                SELECT r.room_id, '' AS room_name,
                       (SELECT count(*) FROM assets.stocktake_item i WHERE i.stocktake_id = :id
                          AND i.expected_room_id IS NOT DISTINCT FROM r.room_id) AS listed,
                       (SELECT count(*) FROM assets.stocktake_item i WHERE i.stocktake_id = :id
                          AND i.expected_room_id IS NOT DISTINCT FROM r.room_id AND i.result = 'FOUND') AS found,
                       (SELECT count(*) FROM assets.stocktake_item i WHERE i.stocktake_id = :id
                          AND i.expected_room_id IS NOT DISTINCT FROM r.room_id AND i.result = 'MISPLACED') AS found_elsewhere,
                       (SELECT count(*) FROM assets.stocktake_item i WHERE i.stocktake_id = :id
                          AND i.expected_room_id IS NOT DISTINCT FROM r.room_id AND i.result = 'MISSING') AS missing,
                       (SELECT count(*) FROM assets.stocktake_item i WHERE i.stocktake_id = :id
                          AND i.found_room_id = r.room_id AND i.result = 'MISPLACED') AS arrived_here,
                       (SELECT count(*) FROM assets.stocktake_extra e WHERE e.stocktake_id = :id
                          AND e.room_id = r.room_id) AS extras,
                       EXISTS (SELECT 1 FROM assets.stocktake_room d WHERE d.stocktake_id = :id
                          AND d.room_id = r.room_id) AS finished
                FROM r""").param("id", id).query(Rows.of(RoomProgress.class)).list();
        List<RoomProgress> named = new ArrayList<>();
        for (RoomProgress p : rooms) {
            named.add(new RoomProgress(p.roomId(), p.roomId() == null ? null : names.room(p.roomId()), p.listed(),
                    p.found(), p.foundElsewhere(), p.missing(), p.arrivedHere(), p.extras(), p.finished()));
        }
        named.sort(java.util.Comparator.comparing((RoomProgress p) -> p.roomName() == null ? "\uffff" : p.roomName()));
        return named;
    }

    @Transactional(readOnly = true)
    public List<ItemRow> items(long schoolId, long id, CountResult result) {
        return jdbc.sql(ITEM_SELECT + " WHERE i.school_id = ? AND i.stocktake_id = ? AND i.result = ? ORDER BY a.number")
                .params(schoolId, id, result.name()).query(Rows.of(ItemRow.class)).list();
    }

    /** The cards scanned in a room in this campaign, newest first, for the scan page. */
    @Transactional(readOnly = true)
    public List<ItemRow> scannedIn(long schoolId, long id, long roomId, int limit) {
        return jdbc.sql(ITEM_SELECT + " WHERE i.school_id = ? AND i.stocktake_id = ? AND i.found_room_id = ?"
                        + " ORDER BY i.scanned_at DESC LIMIT ?").params(schoolId, id, roomId, limit)
                .query(Rows.of(ItemRow.class)).list();
    }

    /** What is listed in a room and not found yet. */
    @Transactional(readOnly = true)
    public List<ItemRow> openIn(long schoolId, long id, long roomId) {
        return jdbc.sql(ITEM_SELECT + " WHERE i.school_id = ? AND i.stocktake_id = ? AND i.expected_room_id = ?"
                        + " AND (i.result IS NULL OR i.result = 'MISSING') ORDER BY a.number")
                .params(schoolId, id, roomId).query(Rows.of(ItemRow.class)).list();
    }

    @Transactional(readOnly = true)
    public List<ExtraRow> extras(long schoolId, long id) {
        return jdbc.sql("""
                SELECT e.id, e.room_id, e.name, c.name AS category_name, e.quantity, e.unit_value, e.note,
                       e.found_by_name, e.found_at, e.asset_id
                FROM assets.stocktake_extra e JOIN assets.category c ON c.id = e.category_id
                WHERE e.school_id = ? AND e.stocktake_id = ? ORDER BY e.id""").params(schoolId, id)
                .query(Rows.of(ExtraRow.class)).list();
    }

    /** The value the approval decides on: cards missing and things found, at their values. */
    @Transactional(readOnly = true)
    public BigDecimal differenceValue(long id) {
        BigDecimal missing = jdbc.sql("""
                SELECT coalesce(sum(value), 0) FROM assets.stocktake_item WHERE stocktake_id = ? AND result = 'MISSING'""")
                .param(id).query(BigDecimal.class).single();
        BigDecimal extras = jdbc.sql("""
                SELECT coalesce(sum(unit_value * quantity), 0) FROM assets.stocktake_extra WHERE stocktake_id = ?""")
                .param(id).query(BigDecimal.class).single();
        return missing.add(extras);
    }

    @Transactional(readOnly = true)
    public BigDecimal missingValue(long id) {
        return jdbc.sql("""
                SELECT coalesce(sum(value), 0) FROM assets.stocktake_item WHERE stocktake_id = ? AND result = 'MISSING'""")
                .param(id).query(BigDecimal.class).single();
    }

    @Transactional(readOnly = true)
    public Map<Long, String> members(long schoolId, long id) {
        List<Long> ids = jdbc.sql("SELECT user_id FROM assets.stocktake_member WHERE stocktake_id = ?").param(id)
                .query(Long.class).list();
        return ids.isEmpty() ? Map.of() : new LinkedHashMap<>(iam.displayNames(ids));
    }

    private Row counting(long schoolId, CurrentUser me, long id) {
        Row row = visible(schoolId, me, id);
        if (!me.can(AssetsPermissions.STOCKTAKE_WRITE) && !member(id, me.userId())) {
            throw new AccessDeniedException("not in the stocktake's team");
        }
        if (row.status() != Status.COUNTING) {
            throw RuleViolation.of("assetStocktake.notCounting");
        }
        return row;
    }

    private boolean member(long id, long userId) {
        return count("SELECT count(*) FROM assets.stocktake_member WHERE stocktake_id = ? AND user_id = ?", id, userId) > 0;
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private void move(long schoolId, long id, int version, Status status, String also) {
        int saved = jdbc.sql("UPDATE assets.stocktake SET status = ?, " + also + ", version = version + 1"
                + " WHERE school_id = ? AND id = ? AND version = ?").params(status.name(), schoolId, id, version).update();
        if (saved != 1) {
            throw new OptimisticLockingFailureException("stocktake " + id + " changed");
        }
    }

    private static final String ITEM_SELECT = """
            SELECT i.id, i.asset_id, a.number, a.name, a.model, a.quantity, i.value, i.expected_room_id, i.result,
                   i.found_room_id, i.scanned_at, i.scanned_by_name
            FROM assets.stocktake_item i JOIN assets.asset a ON a.id = i.asset_id""";

    private static final String SELECT = """
            SELECT s.id, s.number, s.name, array_to_string(s.scope_buildings, '、') AS scope_buildings,
                   cardinality(s.scope_departments) AS scope_departments,
                   cardinality(s.scope_categories) AS scope_categories, s.status, s.note,
                   s.created_by_name, s.started_at, s.counted_at, s.finished_at, s.version,
                   (SELECT count(*) FROM assets.stocktake_item i WHERE i.stocktake_id = s.id) AS listed,
                   (SELECT count(*) FROM assets.stocktake_item i WHERE i.stocktake_id = s.id AND i.result = 'FOUND') AS found,
                   (SELECT count(*) FROM assets.stocktake_item i WHERE i.stocktake_id = s.id
                      AND i.result = 'MISPLACED') AS misplaced,
                   (SELECT count(*) FROM assets.stocktake_item i WHERE i.stocktake_id = s.id
                      AND i.result = 'MISSING') AS missing,
                   (SELECT count(*) FROM assets.stocktake_extra e WHERE e.stocktake_id = s.id) AS extras,
                   (SELECT count(*) FROM assets.stocktake_room d WHERE d.stocktake_id = s.id) AS rooms_done,
                   (SELECT count(DISTINCT i.expected_room_id) FROM assets.stocktake_item i
                      WHERE i.stocktake_id = s.id) AS rooms
            FROM assets.stocktake s""";
}
