package org.houqin.safety;

import java.util.ArrayList;
import java.util.List;

import org.houqin.platform.menu.MenuItem;
import org.houqin.platform.menu.MenuItems;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.settings.SettingGroup;
import org.houqin.platform.web.HomeTiles;
import org.houqin.safety.hazard.HazardSettingKeys;
import org.houqin.safety.hazard.HazardTileQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The hazards' menu entries under 安全管理, their settings, and the home page's hazard figures. */
@Configuration(proxyBeanMethods = false)
class HazardsShell implements HomeTiles {

    private static final String SECTION = "menu.section.safety";

    private final HazardTileQueries counts;

    HazardsShell(HazardTileQueries counts) {
        this.counts = counts;
    }

    @Bean
    MenuItems hazardsMenu() {
        return MenuItems.of(
                new MenuItem(SECTION, "hazard.menu.report", "/safety/hazards/new", SafetyPermissions.HAZARD_REPORT,
                        "⚠", 200),
                new MenuItem(SECTION, "hazard.menu.register", "/safety/hazards", SafetyPermissions.HAZARD_READ,
                        "☷", 210),
                new MenuItem(SECTION, "hazard.menu.stats", "/safety/hazards/stats", SafetyPermissions.ARCHIVE_READ,
                        "▁", 220));
    }

    /** The hazard settings (deadlines by level, the bureau's hours), changed on 系统设置. */
    @Bean
    SettingGroup hazardSettingGroup() {
        return HazardSettingKeys.GROUP;
    }

    @Override
    public List<Tile> tilesFor(CurrentUser user) {
        List<Tile> tiles = new ArrayList<>();
        long school = user.requireSchool();
        if (user.can(SafetyPermissions.HAZARD_MANAGE)) {
            tiles.add(new Tile("hazard.home.open", String.valueOf(counts.open(school)),
                    "/safety/hazards?status=REPORTED"));
            tiles.add(new Tile("hazard.home.overdue", String.valueOf(counts.overdue(school)),
                    "/safety/hazards?overdue=true"));
        }
        if (user.can(SafetyPermissions.HAZARD_READ)) {
            tiles.add(new Tile("hazard.home.mine", String.valueOf(counts.mine(school, user.userId())),
                    "/safety/hazards"));
        }
        return tiles;
    }
}
