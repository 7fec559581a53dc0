package org.houqin.places;

import java.util.List;

import org.houqin.places.building.Buildings;
import org.houqin.platform.menu.MenuItem;
import org.houqin.platform.menu.MenuItems;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.HomeTiles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The places module's menu entries and home-page figures. */
@Configuration(proxyBeanMethods = false)
class PlacesShell implements HomeTiles {

    private final Buildings buildings;

    PlacesShell(Buildings buildings) {
        this.buildings = buildings;
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
        var all = buildings.all(user.requireSchool());
        long rooms = all.stream().mapToLong(Buildings.Row::roomCount).sum();
        return List.of(new Tile("home.buildings", String.valueOf(all.size()), "/places/buildings"),
                new Tile("home.rooms", String.valueOf(rooms), "/places/rooms"));
    }
}
