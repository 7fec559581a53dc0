package org.houqin.assets.stocktake;

import java.util.List;
import java.util.Optional;

import org.houqin.assets.category.AssetCategories;
import org.houqin.assets.register.AssetRow;
import org.houqin.assets.register.Assets;
import org.houqin.assets.register.Locations;
import org.houqin.places.PlacesApi;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's work in a counting campaign: scanning a room's label and then the assets found in it, finishing a room,
 * noting what has no card (盘盈). Only keepers and the campaign's team, only while it is counting.
 */
@Service
public class AssetStocktakeScans {

    private final AssetStocktakes stocktakes;
    private final AssetStocktakeStore store;
    private final Assets assets;
    private final AssetCategories categories;
    private final Locations locations;
    private final PlacesApi places;
    private final SchoolClock clock;

    AssetStocktakeScans(AssetStocktakes stocktakes, AssetStocktakeStore store, Assets assets,
                        AssetCategories categories, Locations locations, PlacesApi places, SchoolClock clock) {
        this.stocktakes = stocktakes;
        this.store = store;
        this.assets = assets;
        this.categories = categories;
        this.locations = locations;
        this.places = places;
        this.clock = clock;
    }

    /** Reads a scan in the campaign: a room sets where the team is, an asset is counted in that room. */
    @Transactional
    public Scan scan(long schoolId, CurrentUser me, long id, Long currentRoomId, String text) {
        stocktakes.counting(schoolId, me, id);
        ScanCode code = ScanCode.parse(text);
        Optional<PlacesApi.RoomRef> room = switch (code.kind()) {
            case ROOM_TOKEN -> places.roomByQrToken(code.value()).filter(r -> r.schoolId() == schoolId)
                    .map(PlacesApi.LabelledRoom::room);
            case ROOM_CODE -> places.rooms(schoolId).stream().filter(r -> r.code().equalsIgnoreCase(code.value()))
                    .findFirst();
            default -> Optional.empty();
        };
        if (room.isPresent()) {
            return new Scan("assetStocktake.scan.room", new Object[] {Locations.roomLabel(room.get()),
                    store.listedIn(id, room.get().id())}, room.get().id(), true);
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
        Optional<ItemRow> item = store.lockItem(id, asset.get());
        AssetRow card = assets.findAny(schoolId, asset.get()).orElseThrow();
        Object[] named = {card.number(), card.name()};
        if (item.isEmpty()) {
            return new Scan("assetStocktake.scan.outOfScope", named, currentRoomId, false);
        }
        CountResult result = CountResult.scanned(item.get().expectedRoomId(), currentRoomId);
        if (item.get().result() == result && currentRoomId.equals(item.get().foundRoomId())) {
            return new Scan("assetStocktake.scan.again", named, currentRoomId, true);
        }
        store.scanned(item.get().id(), result, currentRoomId, clock.now(), me.displayName());
        if (result == CountResult.FOUND) {
            return new Scan("assetStocktake.scan.found", named, currentRoomId, true);
        }
        return new Scan("assetStocktake.scan.misplaced", new Object[] {card.number(), card.name(),
                locations.names(schoolId, List.of()).room(item.get().expectedRoomId())}, currentRoomId, false);
    }

    /** The team is done with a room: what is listed there and not found is missing (unless it turns up later). */
    @Transactional
    public long finishRoom(long schoolId, CurrentUser me, long id, long roomId) {
        stocktakes.counting(schoolId, me, id);
        return store.finishRoom(schoolId, id, roomId, me.displayName());
    }

    @Transactional
    public long addExtra(long schoolId, CurrentUser me, long id, ExtraForm form) {
        stocktakes.counting(schoolId, me, id);
        if (places.room(schoolId, form.getRoomId()).isEmpty()) {
            throw new RuleViolation("roomId", "handover.target.unknown");
        }
        if (categories.find(schoolId, form.getCategoryId()).filter(AssetCategories.Category::active).isEmpty()) {
            throw new RuleViolation("categoryId", "asset.category.unknown");
        }
        return store.insertExtra(schoolId, id, form, me.displayName());
    }

}
