package org.houqin.assets.stocktake;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.houqin.assets.register.Locations;
import org.houqin.platform.web.Texts;
import org.springframework.stereotype.Component;

/**
 * A stocktake campaign over JSON, as both stocktake endpoints answer it: its counts so far and, for one campaign, its
 * team, the progress of each room, the differences (盘亏, 位置不符, 部分盘亏) and what was found with no card (盘盈).
 */
@Component
class AssetStocktakeJson {

    record CampaignJson(long id, String number, String name, String scopeBuildings, int scopeDepartments,
                        int scopeCategories, AssetStocktakeStatus status, String statusLabel, String note,
                        String createdByName, Instant startedAt, Instant countedAt, Instant finishedAt, long listed,
                        long found, long misplaced, long missing, long extras, long partlyLost, long roomsDone,
                        long rooms, BigDecimal matchRate, int version, List<MemberJson> members,
                        List<RoomJson> progress, List<ItemJson> differences, List<ExtraJson> surplus) {
    }

    record MemberJson(long userId, String name) {
    }

    @Schema(name = "AssetStocktakeRoom")
    record RoomJson(Long roomId, String roomName, long listed, long found, long foundElsewhere, long missing,
                    long arrivedHere, long extras, long open, boolean finished) {

        static RoomJson of(RoomProgress p) {
            return new RoomJson(p.roomId(), p.roomName(), p.listed(), p.found(), p.foundElsewhere(), p.missing(),
                    p.arrivedHere(), p.extras(), p.open(), p.finished());
        }
    }

    @Schema(name = "AssetStocktakeItem")
    record ItemJson(long assetId, String assetNumber, String name, String model, int quantity, BigDecimal value,
                    CountResult result, String resultLabel, Long expectedRoomId, String expectedRoom,
                    Long foundRoomId, String foundRoom, Integer countedQuantity, int lost, Instant scannedAt,
                    String scannedByName) {
    }

    record ExtraJson(long id, long roomId, String roomName, String name, String categoryName, int quantity,
                     BigDecimal unitValue, BigDecimal value, String note, String foundByName, Instant foundAt,
                     Long assetId) {
    }

    private final AssetStocktakes stocktakes;
    private final Locations locations;
    private final Texts texts;

    AssetStocktakeJson(AssetStocktakes stocktakes, Locations locations, Texts texts) {
        this.stocktakes = stocktakes;
        this.locations = locations;
        this.texts = texts;
    }

    /** A campaign in a list: its counts, without its rooms and differences. */
    CampaignJson brief(CampaignRow c) {
        return json(c, null, null, null, null);
    }

    /** One campaign with its team, rooms, differences and 盘盈. */
    CampaignJson full(long school, CampaignRow c) {
        Locations.Names names = locations.names(school, List.of());
        List<ItemRow> differences = new ArrayList<>(stocktakes.items(school, c.id(), CountResult.MISSING));
        differences.addAll(stocktakes.items(school, c.id(), CountResult.MISPLACED));
        stocktakes.partlyLost(school, c.id()).stream().filter(i -> i.result() == CountResult.FOUND)
                .forEach(differences::add);
        return json(c, stocktakes.members(school, c.id()).entrySet().stream()
                        .map(m -> new MemberJson(m.getKey(), m.getValue())).toList(),
                stocktakes.rooms(school, c.id()).stream().map(RoomJson::of).toList(),
                differences.stream().map(i -> item(i, names)).toList(),
                stocktakes.extras(school, c.id()).stream().map(e -> extra(e, names)).toList());
    }

    private CampaignJson json(CampaignRow c, List<MemberJson> members, List<RoomJson> progress,
                              List<ItemJson> differences, List<ExtraJson> surplus) {
        return new CampaignJson(c.id(), c.number(), c.name(), c.scopeBuildings(), c.scopeDepartments(),
                c.scopeCategories(), c.status(), texts.get(c.status().messageKey()), c.note(), c.createdByName(),
                c.startedAt(), c.countedAt(), c.finishedAt(), c.listed(), c.found(), c.misplaced(), c.missing(),
                c.extras(), c.partlyLost(), c.roomsDone(), c.rooms(), c.matchRate(), c.version(), members, progress,
                differences, surplus);
    }

    private ItemJson item(ItemRow i, Locations.Names names) {
        return new ItemJson(i.assetId(), i.number(), i.name(), i.model(), i.quantity(), i.value(), i.result(),
                i.result() == null ? null : texts.get(i.result().messageKey()), i.expectedRoomId(),
                names.room(i.expectedRoomId()), i.foundRoomId(), names.room(i.foundRoomId()), i.countedQuantity(),
                i.lost(),
                i.scannedAt(), i.scannedByName());
    }

    private static ExtraJson extra(ExtraRow e, Locations.Names names) {
        return new ExtraJson(e.id(), e.roomId(), names.room(e.roomId()), e.name(), e.categoryName(), e.quantity(),
                e.unitValue(), e.value(), e.note(), e.foundByName(), e.foundAt(), e.assetId());
    }
}
