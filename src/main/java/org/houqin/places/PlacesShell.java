package org.houqin.places;

import java.util.List;

import org.houqin.platform.menu.MenuItem;
import org.houqin.platform.menu.MenuItems;
import org.houqin.platform.qr.QrTarget;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.HomeTiles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The places module's menu entries and home-page figures. */
@Configuration(proxyBeanMethods = false)
class PlacesShell implements HomeTiles {

    private final PlacesTileQueries tiles;

    PlacesShell(PlacesTileQueries tiles) {
        this.tiles = tiles;
    }

    @Bean
    QrTarget roomLabel() {
        return PlacesApi.ROOM_LABEL;
    }

    @Bean
    MenuItems placesMenu() {
        return MenuItems.of(
                new MenuItem("menu.section.places", "menu.buildings", "/places/buildings", PlacesPermissions.ROOM_READ, "▥", 300),
                new MenuItem("menu.section.places", "menu.rooms", "/places/rooms", PlacesPermissions.ROOM_READ, "▢", 310));
    }

    @Override
    public List<Tile> tilesFor(CurrentUser user) {
        if (!user.can(PlacesPermissions.ROOM_READ)) {
            return List.of();
        }
        long school = user.requireSchool();
        return List.of(new Tile("home.buildings", String.valueOf(tiles.buildings(school)), "/places/buildings"),
                new Tile("home.rooms", String.valueOf(tiles.visibleRooms(school, user.dataScope(), user.staffId())),
                        "/places/rooms"));
    }
}
