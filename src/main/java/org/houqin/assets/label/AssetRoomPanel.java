package org.houqin.assets.label;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.houqin.assets.AssetsPermissions;
import org.houqin.assets.register.AssetFilter;
import org.houqin.assets.register.AssetRow;
import org.houqin.assets.register.Assets;
import org.houqin.places.PlacesApi;
import org.houqin.places.RoomPanel;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.ListQuery;
import org.springframework.stereotype.Component;

/**
 * The assets section of a room's page: the cards kept in the room that the user's scope covers, how many and what
 * they are worth, and for keepers the buttons to register a card here and to print the room's labels.
 */
@Component
class AssetRoomPanel implements RoomPanel {

    static final int SHOWN = 20;
    /** A room holds dozens of cards, a few hundred at most; the bound only guards the sum. */
    private static final int COUNTED = 10_000;

    private final Assets assets;

    AssetRoomPanel(Assets assets) {
        this.assets = assets;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean visibleTo(CurrentUser user) {
        return user.can(AssetsPermissions.ASSET_READ);
    }

    @Override
    public String template() {
        return "assets/asset-room-panel";
    }

    @Override
    public Map<String, Object> model(CurrentUser user, PlacesApi.RoomRef room) {
        List<AssetRow> rows = assets.all(user.requireSchool(), user, new ListQuery(null, "number", "asc", 1),
                new AssetFilter(null, null, room.id(), null, null, null, null), COUNTED);
        BigDecimal total = rows.stream().map(AssetRow::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        int items = rows.stream().mapToInt(AssetRow::quantity).sum();
        return Map.of("room", room, "shown", rows.stream().limit(SHOWN).toList(), "count", rows.size(),
                "items", items, "total", total, "keeper", user.can(AssetsPermissions.ASSET_WRITE));
    }
}
