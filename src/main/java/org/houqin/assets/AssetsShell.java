package org.houqin.assets;

import java.util.ArrayList;
import java.util.List;

import org.houqin.assets.settings.AssetSettingKeys;
import org.houqin.platform.menu.MenuItem;
import org.houqin.platform.menu.MenuItems;
import org.houqin.platform.qr.QrTarget;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.settings.SettingGroup;
import org.houqin.platform.web.HomeTiles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The assets module's menu entries, its settings and its figures on the home page. */
@Configuration(proxyBeanMethods = false)
class AssetsShell implements HomeTiles {

    private final AssetHomeQueries queries;

    AssetsShell(AssetHomeQueries queries) {
        this.queries = queries;
    }

    @Bean
    QrTarget assetLabel() {
        return AssetsApi.ASSET_LABEL;
    }

    @Bean
    MenuItems assetsMenu() {
        String section = "menu.section.assets";
        return MenuItems.of(
                new MenuItem(section, "menu.assets.mine", "/assets/mine", AssetsPermissions.ASSET_READ, "☖", 220),
                new MenuItem(section, "menu.assets.register", "/assets", AssetsPermissions.ASSET_READ, "▦", 221),
                new MenuItem(section, "menu.assets.handovers", "/assets/handovers", AssetsPermissions.ASSET_WRITE, "⇄", 222),
                new MenuItem(section, "menu.assets.stocktakes", "/assets/stocktakes", AssetsPermissions.ASSET_READ, "☑", 223),
                new MenuItem(section, "menu.assets.disposals", "/assets/disposals",
                        List.of(AssetsPermissions.DISPOSAL_WRITE, AssetsPermissions.REPORT_READ), "✕", 224),
                new MenuItem(section, "menu.assets.compensations", "/assets/compensations",
                        List.of(AssetsPermissions.COMPENSATION_WRITE, AssetsPermissions.REPORT_READ), "¥", 225),
                new MenuItem(section, "menu.assets.reports", "/assets/reports", AssetsPermissions.REPORT_READ, "▁", 226),
                new MenuItem(section, "menu.assets.categories", "/assets/categories", AssetsPermissions.SETTINGS_WRITE, "▣", 228));
    }

    /** The asset settings, changed on 系统设置. */
    @Bean
    SettingGroup assetSettingGroup() {
        return AssetSettingKeys.GROUP;
    }

    @Override
    public List<Tile> tilesFor(CurrentUser user) {
        List<Tile> tiles = new ArrayList<>();
        long school = user.requireSchool();
        if (user.can(AssetsPermissions.ASSET_WRITE)) {
            tiles.add(new Tile("home.assets.idle", String.valueOf(queries.idle(school)), "/assets?status=IDLE"));
        }
        long counting = queries.countingStocktakes(school, user.can(AssetsPermissions.STOCKTAKE_WRITE), user.userId());
        if (counting > 0) {
            tiles.add(new Tile("home.assets.stocktakes", String.valueOf(counting), "/assets/stocktakes"));
        }
        if (user.can(AssetsPermissions.COMPENSATION_WRITE)) {
            tiles.add(new Tile("home.assets.compensations", String.valueOf(queries.openCompensations(school)),
                    "/assets/compensations"));
        }
        if (user.staffId() != null && user.can(AssetsPermissions.ASSET_READ)) {
            tiles.add(new Tile("home.assets.mine", String.valueOf(queries.heldBy(school, user.staffId())),
                    "/assets/mine"));
        }
        return tiles;
    }
}
