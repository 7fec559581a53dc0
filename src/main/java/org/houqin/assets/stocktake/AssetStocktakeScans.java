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

    /**
     * Reads a scan in the campaign: a room sets where the team is, an asset is counted in that room — unless it was
     * counted in another room (the team says which is right: {@code moveHere}) or is a batch card (the team gives the
     * {@code counted} quantity).
     */
    @Transactional
    public Scan scan(long schoolId, CurrentUser me, long id, Long currentRoomId, String text, Integer counted,
                     boolean moveHere) {
        stocktakes.counting(schoolId, me, id);
        ScanCode code = ScanCode.parse(text);
        Optional<PlacesApi.RoomRef> room = room(schoolId, code);
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
        return count(schoolId, me, id, currentRoomId, asset.get(), counted, moveHere);
    }

    private Optional<PlacesApi.RoomRef> room(long schoolId, ScanCode code) {
        return switch (code.kind()) {
            case ROOM_TOKEN -> places.roomByQrToken(code.value()).filter(r -> r.schoolId() == schoolId)
                    .map(PlacesApi.LabelledRoom::room);
            case ROOM_CODE -> places.rooms(schoolId).stream().filter(r -> r.code().equalsIgnoreCase(code.value()))
                    .findFirst();
            default -> Optional.empty();
        };
    }

    /** A card scanned in the team's room, under the lock of its line so that two phones count it once. */
    private Scan count(long schoolId, CurrentUser me, long id, long roomId, long assetId, Integer counted,
                       boolean moveHere) {
        Optional<ItemRow> listed = store.lockItem(id, assetId);
        AssetRow card = assets.findAny(schoolId, assetId).orElseThrow();
        Object[] named = {card.number(), card.name()};
        if (listed.isEmpty()) {
            return new Scan("assetStocktake.scan.outOfScope", named, roomId, false);
        }
        ItemRow item = listed.get();
        CardScan.Decision decision = CardScan.decide(item.card(), roomId, counted, moveHere);
        Locations.Names names = locations.names(schoolId, List.of());
        return switch (decision.outcome()) {
            case AGAIN -> new Scan("assetStocktake.scan.again", named, roomId, true);
            case COUNTED_ELSEWHERE -> new Scan("assetStocktake.scan.alreadyCounted", new Object[] {card.number(),
                    card.name(), names.room(item.foundRoomId())}, roomId, false,
                    new Scan.Prompt(card.number(), names.room(item.foundRoomId()), null, false));
            case ASK_QUANTITY -> new Scan("assetStocktake.scan.askQuantity", new Object[] {card.number(), card.name(),
                    item.quantity()}, roomId, false, new Scan.Prompt(card.number(), null, item.quantity(), moveHere));
            case QUANTITY_OUT_OF_RANGE -> new Scan("assetStocktake.scan.quantityRange", new Object[] {item.quantity()},
                    roomId, false, new Scan.Prompt(card.number(), null, item.quantity(), moveHere));
            case COUNT -> recorded(item, decision, roomId, me, named, names);
        };
    }

    private Scan recorded(ItemRow item, CardScan.Decision decision, long roomId, CurrentUser me, Object[] named,
                          Locations.Names names) {
        store.scanned(item.id(), decision.result(), roomId, clock.now(), me.displayName(), decision.counted());
        if (decision.result() == CountResult.MISPLACED) {
            return new Scan("assetStocktake.scan.misplaced", new Object[] {named[0], named[1],
                    names.room(item.expectedRoomId())}, roomId, false);
        }
        if (decision.counted() != null && decision.counted() < item.quantity()) {
            return new Scan("assetStocktake.scan.foundPart", new Object[] {named[0], named[1], decision.counted(),
                    item.quantity() - decision.counted()}, roomId, false);
        }
        return new Scan("assetStocktake.scan.found", named, roomId, true);
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
