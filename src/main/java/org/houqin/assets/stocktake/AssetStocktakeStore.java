package org.houqin.assets.stocktake;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.houqin.platform.db.Listing;
import org.houqin.platform.db.Rows;
import org.houqin.platform.db.Search;
import org.houqin.platform.db.Where;
import org.houqin.platform.document.StatusFlow;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of stocktake campaigns: the campaign, its team, the cards it lists, the rooms done and what was found. */
@Component
class AssetStocktakeStore {

    /** What a campaign covers; an empty set covers everything of its kind. */
    record Scope(List<String> buildings, Set<Long> rooms, Set<Long> departments, Set<Long> categories) {
    }

    private final JdbcClient jdbc;

    AssetStocktakeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long schoolId, String number, String name, Scope scope, String note, long userId, String userName,
                Instant startedAt) {
        return jdbc.sql("""
                INSERT INTO assets.stocktake (school_id, number, name, scope_buildings, scope_departments,
                       scope_categories, status, note, created_by, created_by_name, started_at)
                VALUES (?, ?, ?, ?, ?, ?, 'COUNTING', ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, number, name, scope.buildings().toArray(String[]::new),
                        scope.departments().toArray(Long[]::new), scope.categories().toArray(Long[]::new), note,
                        userId, userName, Timestamp.from(startedAt))
                .query(Long.class).single();
    }

    void insertMember(long schoolId, long id, long userId) {
        jdbc.sql("INSERT INTO assets.stocktake_member (school_id, stocktake_id, user_id) VALUES (?, ?, ?)")
                .params(schoolId, id, userId).update();
    }

    /** Lists the open cards in the campaign's scope with the room each should be in; how many. */
    int listCards(long schoolId, long id, Scope scope) {
        Where where = Where.of("a.school_id", "school", schoolId)
                .and("a.status NOT IN ('DISPOSED', 'PENDING_DISPOSAL')");
        if (!scope.buildings().isEmpty()) {
            where.and("a.room_id = ANY(:rooms)", "rooms", scope.rooms().toArray(Long[]::new));
        }
        if (!scope.departments().isEmpty()) {
            where.and("a.department_id = ANY(:departments)", "departments", scope.departments().toArray(Long[]::new));
        }
        if (!scope.categories().isEmpty()) {
            where.and("a.category_id = ANY(:categories)", "categories", scope.categories().toArray(Long[]::new));
        }
        return jdbc.sql("""
                INSERT INTO assets.stocktake_item (school_id, stocktake_id, asset_id, expected_room_id, value,
                                                   listed_quantity)
                SELECT a.school_id, :stocktake, a.id, a.room_id, a.unit_value * a.quantity, a.quantity
                FROM assets.asset a"""
                + where.sql()).params(where.params()).param("stocktake", id).update();
    }

    long listedIn(long id, long roomId) {
        return count("SELECT count(*) FROM assets.stocktake_item WHERE stocktake_id = ? AND expected_room_id = ?",
                id, roomId);
    }

    Optional<ItemRow> lockItem(long id, long assetId) {
        return jdbc.sql(ITEM_SELECT + " WHERE i.stocktake_id = ? AND i.asset_id = ? FOR UPDATE OF i")
                .params(id, assetId).query(Rows.of(ItemRow.class)).optional();
    }

    void scanned(long itemId, CountResult result, long roomId, Instant at, String by, Integer counted) {
        jdbc.sql("""
                UPDATE assets.stocktake_item SET result = ?, found_room_id = ?, scanned_at = ?, scanned_by_name = ?,
                       counted_quantity = ?
                WHERE id = ?""").params(result.name(), roomId, Timestamp.from(at), by, counted, itemId).update();
    }

    /** A room is done: what is listed there and not found is missing. */
    long finishRoom(long schoolId, long id, long roomId, String by) {
        jdbc.sql("""
                INSERT INTO assets.stocktake_room (school_id, stocktake_id, room_id, finished_by) VALUES (?, ?, ?, ?)
                ON CONFLICT (stocktake_id, room_id) DO UPDATE SET finished_at = now(), finished_by = EXCLUDED.finished_by""")
                .params(schoolId, id, roomId, by).update();
        return jdbc.sql("""
                UPDATE assets.stocktake_item SET result = 'MISSING'
                WHERE stocktake_id = ? AND expected_room_id = ? AND result IS NULL""").params(id, roomId).update();
    }

    long insertExtra(long schoolId, long id, ExtraForm form, String by) {
        return jdbc.sql("""
                INSERT INTO assets.stocktake_extra (school_id, stocktake_id, room_id, name, category_id, quantity,
                       unit_value, note, found_by_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, id, form.getRoomId(), form.getName(), form.getCategoryId(), form.getQuantity(),
                        form.getUnitValue(), form.getNote(), by).query(Long.class).single();
    }

    void allNotFoundMissing(long id) {
        jdbc.sql("UPDATE assets.stocktake_item SET result = 'MISSING' WHERE stocktake_id = ? AND result IS NULL")
                .param(id).update();
    }

    /** Moves a campaign one step, where it still has the status and version it was read with. */
    boolean move(long schoolId, long id, int version, StatusFlow.Step<AssetStocktakeStatus> step) {
        String also = switch (step.to()) {
            case COUNTED -> ", counted_at = now()";
            case COUNTING -> ", counted_at = NULL";
            case ADJUSTED, CLOSED -> ", finished_at = now()";
            case SUBMITTED -> "";
        };
        return jdbc.sql("UPDATE assets.stocktake SET status = ?" + also + ", version = version + 1"
                        + " WHERE school_id = ? AND id = ? AND status = ? AND version = ?")
                .params(step.to().name(), schoolId, id, step.from().name(), version).update() == 1;
    }

    long extraCategory(long extraId) {
        return jdbc.sql("SELECT category_id FROM assets.stocktake_extra WHERE id = ?").param(extraId)
                .query(Long.class).single();
    }

    void extraRegistered(long extraId, long assetId) {
        jdbc.sql("UPDATE assets.stocktake_extra SET asset_id = ? WHERE id = ?").params(assetId, extraId).update();
    }

    List<CampaignRow> list(long schoolId, boolean all, long userId) {
        return jdbc.sql(SELECT + " WHERE s.school_id = ? AND (? OR EXISTS (SELECT 1 FROM assets.stocktake_member m"
                        + " WHERE m.stocktake_id = s.id AND m.user_id = ?)) ORDER BY s.started_at DESC, s.id DESC")
                .params(schoolId, all, userId).query(Rows.of(CampaignRow.class)).list();
    }

    /** A page of the campaigns the user may open, newest first: all of them, or those of the user's team. */
    PageResult<CampaignRow> page(long schoolId, boolean all, long userId, ListQuery query,
                                 AssetStocktakeStatus status) {
        Where where = Where.of("s.school_id", "school", schoolId).equal("s.status", status).search(query, SEARCH);
        if (!all) {
            where.and("EXISTS (SELECT 1 FROM assets.stocktake_member m WHERE m.stocktake_id = s.id"
                    + " AND m.user_id = :member)", "member", userId);
        }
        return Listing.of(jdbc, COLUMNS, "assets.stocktake s").where(where).orderBy("s.started_at DESC, s.id DESC")
                .page(query, CampaignRow.class);
    }

    Optional<CampaignRow> find(long schoolId, long id) {
        return jdbc.sql(SELECT + " WHERE s.school_id = ? AND s.id = ?").params(schoolId, id)
                .query(Rows.of(CampaignRow.class)).optional();
    }

    List<RoomProgress> rooms(long id) {
        return jdbc.sql(ROOMS).param("id", id).query(Rows.of(RoomProgress.class)).list();
    }

    List<ItemRow> items(long schoolId, long id, CountResult result) {
        return jdbc.sql(ITEM_SELECT + " WHERE i.school_id = ? AND i.stocktake_id = ? AND i.result = ? ORDER BY a.number")
                .params(schoolId, id, result.name()).query(Rows.of(ItemRow.class)).list();
    }

    /** Batch cards counted with fewer than they held: 部分盘亏. */
    List<ItemRow> partlyLost(long schoolId, long id) {
        return jdbc.sql(ITEM_SELECT + " WHERE i.school_id = ? AND i.stocktake_id = ? AND i.result IN ('FOUND', 'MISPLACED')"
                        + " AND i.counted_quantity < i.listed_quantity ORDER BY a.number")
                .params(schoolId, id).query(Rows.of(ItemRow.class)).list();
    }

    List<ItemRow> scannedIn(long schoolId, long id, long roomId, int limit) {
        return jdbc.sql(ITEM_SELECT + " WHERE i.school_id = ? AND i.stocktake_id = ? AND i.found_room_id = ?"
                        + " ORDER BY i.scanned_at DESC LIMIT ?").params(schoolId, id, roomId, limit)
                .query(Rows.of(ItemRow.class)).list();
    }

    List<ItemRow> openIn(long schoolId, long id, long roomId) {
        return jdbc.sql(ITEM_SELECT + " WHERE i.school_id = ? AND i.stocktake_id = ? AND i.expected_room_id = ?"
                        + " AND (i.result IS NULL OR i.result = 'MISSING') ORDER BY a.number")
                .params(schoolId, id, roomId).query(Rows.of(ItemRow.class)).list();
    }

    List<ExtraRow> extras(long schoolId, long id) {
        return jdbc.sql("""
                SELECT e.id, e.room_id, e.name, c.name AS category_name, e.quantity, e.unit_value, e.note,
                       e.found_by_name, e.found_at, e.asset_id
                FROM assets.stocktake_extra e JOIN assets.category c ON c.id = e.category_id
                WHERE e.school_id = ? AND e.stocktake_id = ? ORDER BY e.id""").params(schoolId, id)
                .query(Rows.of(ExtraRow.class)).list();
    }

    /** The value of the cards missing, and of the lost part of batch cards counted short. */
    BigDecimal missingValue(long id) {
        return jdbc.sql("""
                SELECT coalesce(sum(CASE WHEN result = 'MISSING' THEN value
                                         ELSE round(value * (listed_quantity - counted_quantity) / listed_quantity, 2)
                                    END), 0)
                FROM assets.stocktake_item
                WHERE stocktake_id = ? AND (result = 'MISSING' OR counted_quantity < listed_quantity)""")
                .param(id).query(BigDecimal.class).single();
    }

    BigDecimal extrasValue(long id) {
        return jdbc.sql("""
                SELECT coalesce(sum(unit_value * quantity), 0) FROM assets.stocktake_extra WHERE stocktake_id = ?""")
                .param(id).query(BigDecimal.class).single();
    }

    List<Long> members(long id) {
        return jdbc.sql("SELECT user_id FROM assets.stocktake_member WHERE stocktake_id = ?").param(id)
                .query(Long.class).list();
    }

    boolean member(long id, long userId) {
        return count("SELECT count(*) FROM assets.stocktake_member WHERE stocktake_id = ? AND user_id = ?", id,
                userId) > 0;
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static final String ROOMS = """
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
                FROM r""";

    private static final String ITEM_SELECT = """
            SELECT i.id, i.asset_id, a.number, a.name, a.model, coalesce(i.listed_quantity, a.quantity) AS quantity,
                   i.value, i.expected_room_id, i.result,
                   i.found_room_id, i.scanned_at, i.scanned_by_name, i.counted_quantity
            FROM assets.stocktake_item i JOIN assets.asset a ON a.id = i.asset_id""";

    private static final Search SEARCH = Search.in("s.name").ignoringCase("s.number");

    private static final String COLUMNS = """
            s.id, s.number, s.name, array_to_string(s.scope_buildings, '、') AS scope_buildings,
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
                   (SELECT count(*) FROM assets.stocktake_item i WHERE i.stocktake_id = s.id
                      AND i.result IN ('FOUND', 'MISPLACED') AND i.counted_quantity < i.listed_quantity) AS partly_lost,
                   (SELECT count(*) FROM assets.stocktake_room d WHERE d.stocktake_id = s.id) AS rooms_done,
                   (SELECT count(DISTINCT i.expected_room_id) FROM assets.stocktake_item i
                      WHERE i.stocktake_id = s.id) AS rooms""";

    private static final String SELECT = "SELECT " + COLUMNS + " FROM assets.stocktake s";
}
