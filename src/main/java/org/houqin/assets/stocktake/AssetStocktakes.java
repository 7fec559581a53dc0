package org.houqin.assets.stocktake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
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

    private final AssetStocktakeStore store;
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
    private final Submissions submissions;

    AssetStocktakes(AssetStocktakeStore store, Assets assets, AssetHistory history, AssetCategories categories,
                    Locations locations, PlacesApi places, Approvals approvals, IamApi iam, DocumentNumbers numbers,
                    AuditLog audit, SchoolClock clock, Submissions submissions) {
        this.submissions = submissions;
        this.store = store;
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
        return submissions.once(schoolId, AssetDocuments.STOCKTAKE, form.getSubmissionKey(),
                () -> startOnce(schoolId, me, form));
    }

    private long startOnce(long schoolId, CurrentUser me, AssetStocktakeForm form) {
        Set<Long> users = new HashSet<>(iam.users(schoolId).stream().map(IamApi.UserRef::id).toList());
        if (!users.containsAll(form.getMemberIds())) {
            throw new RuleViolation("memberIds", "assetStocktake.member.unknown");
        }
        if (!locations.buildings(schoolId).containsAll(form.getBuildings())) {
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
        AssetStocktakeStore.Scope scope = new AssetStocktakeStore.Scope(form.getBuildings(), roomScope,
                new HashSet<>(form.getDepartmentIds()), categoryScope);
        String number = numbers.next(schoolId, AssetDocuments.STOCKTAKE);
        long id = store.insert(schoolId, number, form.getName(), scope, form.getNote(), me.userId(), me.displayName(),
                clock.now());
        new HashSet<>(form.getMemberIds()).forEach(member -> store.insertMember(schoolId, id, member));
        int listed = store.listCards(schoolId, id, scope);
        if (listed == 0) {
            throw new RuleViolation("name", "assetStocktake.scope.empty");
        }
        audit.changedIn(schoolId, "assets", "stocktake_campaign", id, "CREATE", null,
                Map.of("number", number, "listed", listed));
        return id;
    }

    /** Ends the count: everything not found is missing. */
    @Transactional
    public void finishCount(long schoolId, CurrentUser me, long id, int version) {
        CampaignRow row = require(schoolId, id);
        StatusFlow.Step<AssetStocktakeStatus> step = AssetStocktakeStatus.FLOW.take("finishCount", row.status());
        store.allNotFoundMissing(id);
        move(schoolId, id, version, step, "COUNT");
    }

    /** Back to counting before the differences are submitted (a room recounted). */
    @Transactional
    public void reopen(long schoolId, CurrentUser me, long id, int version) {
        CampaignRow row = require(schoolId, id);
        move(schoolId, id, version, AssetStocktakeStatus.FLOW.take("reopen", row.status()), "REOPEN");
    }

    /** Sends the differences for approval; a campaign without any closes at once. */
    @Transactional
    public void submit(long schoolId, CurrentUser me, long id, int version) {
        CampaignRow row = require(schoolId, id);
        if (!row.hasDifferences()) {
            move(schoolId, id, version, AssetStocktakeStatus.FLOW.take("close", row.status()), "CLOSE");
            return;
        }
        move(schoolId, id, version, AssetStocktakeStatus.FLOW.take("submit", row.status()), "SUBMIT");
        approvals.submit(schoolId, new Submission(AssetDocuments.STOCKTAKE.code(), id, row.number(), row.name()
                + "：盘亏 " + row.missing() + " 项、位置不符 " + row.misplaced() + " 项、盘盈 " + row.extras() + " 项",
                differenceValue(id), null, me.departmentId(), me.userId(), "/assets/stocktakes/" + id + "/report"));
    }

    @Override
    public String documentType() {
        return AssetDocuments.STOCKTAKE.code();
    }

    /** The approval's end: approved, the differences change the register; returned, counting again; refused, closed. */
    @Override
    public void decided(ApprovalDecided decided) {
        long schoolId = decided.schoolId();
        CampaignRow row = require(schoolId, decided.documentId());
        StatusFlow.Step<AssetStocktakeStatus> step = AssetStocktakeStatus.FLOW.take(decided.step(), row.status());
        if (step.to() == AssetStocktakeStatus.ADJUSTED) {
            String decider = iam.displayNames(List.of(decided.decidedBy())).getOrDefault(decided.decidedBy(), "审批");
            adjust(schoolId, row, new AssetHistory.Actor(decided.decidedBy(), decider));
        }
        move(schoolId, row.id(), row.version(), step, "UPDATE");
    }

    private void adjust(long schoolId, CampaignRow row, AssetHistory.Actor actor) {
        String link = "/assets/stocktakes/" + row.id() + "/report";
        Locations.Names names = locations.names(schoolId, List.of());
        for (ItemRow item : items(schoolId, row.id(), CountResult.MISPLACED)) {
            assets.apply(schoolId, actor, item.assetId(), null, card -> card.moveToRoom(item.foundRoomId()),
                    AssetHistory.Note.of(AssetHistory.Kind.STOCKTAKE, link, "asset.history.stocktakeMoved",
                            row.number(), names.room(item.expectedRoomId()), names.room(item.foundRoomId())));
        }
        for (ItemRow item : items(schoolId, row.id(), CountResult.MISSING)) {
            assets.apply(schoolId, actor, item.assetId(), null, card -> card.writeOffMissing(clock.today()),
                    AssetHistory.Note.of(AssetHistory.Kind.STOCKTAKE, link, "asset.history.stocktakeMissing",
                            row.number(), Assets.money(item.value())));
        }
        for (ItemRow item : partlyLost(schoolId, row.id())) {
            long lost = assets.splitOff(schoolId, actor, item.assetId(), item.lost());
            assets.apply(schoolId, actor, lost, null, card -> card.writeOffMissing(clock.today()),
                    AssetHistory.Note.of(AssetHistory.Kind.STOCKTAKE, link, "asset.history.stocktakeMissing",
                            row.number(), Assets.money(item.lostValue())));
        }
        for (ExtraRow extra : extras(schoolId, row.id())) {
            long asset = assets.registerFound(schoolId, store.extraCategory(extra.id()), extra.name(),
                    extra.quantity(), extra.unitValue(), extra.roomId(),
                    extra.note() == null ? row.number() + " 盘盈" : row.number() + " 盘盈：" + extra.note());
            store.extraRegistered(extra.id(), asset);
            history.record(schoolId, asset, AssetHistory.Note.of(AssetHistory.Kind.REGISTER, link,
                    "asset.history.stocktakeFound", row.number(), extra.quantity(), Assets.money(extra.value())), actor);
        }
    }

    @Transactional(readOnly = true)
    public List<CampaignRow> list(long schoolId, CurrentUser me) {
        return store.list(schoolId, me.can(AssetsPermissions.STOCKTAKE_WRITE) || me.can(AssetsPermissions.REPORT_READ),
                me.userId());
    }

    /** The same campaigns as {@link #list}, a page at a time, by status and searched by number or name. */
    @Transactional(readOnly = true)
    public PageResult<CampaignRow> page(long schoolId, CurrentUser me, ListQuery query, AssetStocktakeStatus status) {
        return store.page(schoolId, me.can(AssetsPermissions.STOCKTAKE_WRITE) || me.can(AssetsPermissions.REPORT_READ),
                me.userId(), query, status);
    }

    @Transactional(readOnly = true)
    public Optional<CampaignRow> find(long schoolId, long id) {
        return store.find(schoolId, id);
    }

    /** A campaign the user may open: keepers and report readers any, the team its own. */
    @Transactional(readOnly = true)
    public CampaignRow visible(long schoolId, CurrentUser me, long id) {
        CampaignRow row = require(schoolId, id);
        if (!me.can(AssetsPermissions.STOCKTAKE_WRITE) && !me.can(AssetsPermissions.REPORT_READ)
                && !store.member(id, me.userId())) {
            throw new NotFoundException("stocktake", id);
        }
        return row;
    }

    @Transactional(readOnly = true)
    public List<RoomProgress> rooms(long schoolId, long id) {
        Locations.Names names = locations.names(schoolId, List.of());
        List<RoomProgress> named = new ArrayList<>();
        for (RoomProgress p : store.rooms(id)) {
            named.add(new RoomProgress(p.roomId(), p.roomId() == null ? null : names.room(p.roomId()), p.listed(),
                    p.found(), p.foundElsewhere(), p.missing(), p.arrivedHere(), p.extras(), p.finished()));
        }
        named.sort(Comparator.comparing((RoomProgress p) -> p.roomName() == null ? "\uffff" : p.roomName()));
        return named;
    }

    @Transactional(readOnly = true)
    public List<ItemRow> items(long schoolId, long id, CountResult result) {
        return store.items(schoolId, id, result);
    }

    /** Batch cards counted with fewer than they held (部分盘亏). */
    @Transactional(readOnly = true)
    public List<ItemRow> partlyLost(long schoolId, long id) {
        return store.partlyLost(schoolId, id);
    }

    /** The cards scanned in a room in this campaign, newest first, for the scan page. */
    @Transactional(readOnly = true)
    public List<ItemRow> scannedIn(long schoolId, long id, long roomId, int limit) {
        return store.scannedIn(schoolId, id, roomId, limit);
    }

    /** What is listed in a room and not found yet. */
    @Transactional(readOnly = true)
    public List<ItemRow> openIn(long schoolId, long id, long roomId) {
        return store.openIn(schoolId, id, roomId);
    }

    @Transactional(readOnly = true)
    public List<ExtraRow> extras(long schoolId, long id) {
        return store.extras(schoolId, id);
    }

    /** The value the approval decides on: cards missing and things found, at their values. */
    @Transactional(readOnly = true)
    public BigDecimal differenceValue(long id) {
        return store.missingValue(id).add(store.extrasValue(id));
    }

    @Transactional(readOnly = true)
    public BigDecimal missingValue(long id) {
        return store.missingValue(id);
    }

    @Transactional(readOnly = true)
    public Map<Long, String> members(long schoolId, long id) {
        List<Long> ids = store.members(id);
        return ids.isEmpty() ? Map.of() : new LinkedHashMap<>(iam.displayNames(ids));
    }

    /** A campaign the team may count in now: visible to the user, who is a keeper or in its team, still counting. */
    CampaignRow counting(long schoolId, CurrentUser me, long id) {
        CampaignRow row = visible(schoolId, me, id);
        if (!me.can(AssetsPermissions.STOCKTAKE_WRITE) && !store.member(id, me.userId())) {
            throw new AccessDeniedException("not in the stocktake's team");
        }
        if (row.status() != AssetStocktakeStatus.COUNTING) {
            throw RuleViolation.of("assetStocktake.notCounting");
        }
        return row;
    }

    private CampaignRow require(long schoolId, long id) {
        return find(schoolId, id).orElseThrow(() -> new NotFoundException("stocktake", id));
    }

    private void move(long schoolId, long id, int version, StatusFlow.Step<AssetStocktakeStatus> step, String action) {
        Versioned.saved(store.move(schoolId, id, version, step), "stocktake", id);
        audit.changedIn(schoolId, "assets", "stocktake_campaign", id, action, Map.of("status", step.from().name()),
                Map.of("status", step.to().name()));
    }
}
