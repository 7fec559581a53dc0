package org.houqin.warehouse;

import java.util.ArrayList;
import java.util.List;

import org.houqin.platform.menu.MenuItem;
import org.houqin.platform.menu.MenuItems;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.HomeTiles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The warehouse's menu entries and its figures on the home page. */
@Configuration(proxyBeanMethods = false)
class WarehouseShell implements HomeTiles {

    private final WarehouseTileQueries counts;

    WarehouseShell(WarehouseTileQueries counts) {
        this.counts = counts;
    }

    @Bean
    MenuItems warehouseMenu() {
        String section = "menu.section.warehouse";
        return MenuItems.of(
                new MenuItem(section, "menu.warehouse.requisitions", "/warehouse/requisitions",
                        WarehousePermissions.REQUISITION_REQUEST, "✎", 190),
                new MenuItem(section, "menu.warehouse.stock", "/warehouse/stock", WarehousePermissions.ITEM_READ, "▦", 195),
                new MenuItem(section, "menu.warehouse.receipts", "/warehouse/receipts", WarehousePermissions.ITEM_READ, "⇩", 197),
                new MenuItem(section, "menu.warehouse.transfers", "/warehouse/transfers", WarehousePermissions.ITEM_READ, "⇄", 197),
                new MenuItem(section, "menu.warehouse.writeOffs", "/warehouse/write-offs", WarehousePermissions.ITEM_READ, "✕", 198),
                new MenuItem(section, "menu.warehouse.distributions", "/warehouse/distributions", WarehousePermissions.ITEM_READ, "▤", 199),
                new MenuItem(section, "menu.warehouse.reports", "/warehouse/reports/consumption", WarehousePermissions.ITEM_READ, "▁", 199),
                new MenuItem(section, "menu.warehouse.stocktakes", "/warehouse/stocktakes", WarehousePermissions.ITEM_READ, "☑", 198),
                new MenuItem(section, "menu.warehouse.items", "/warehouse/items", WarehousePermissions.ITEM_READ, "▣", 200),
                new MenuItem(section, "menu.warehouse.stores", "/warehouse/stores", WarehousePermissions.ITEM_WRITE, "⌂", 210));
    }

    @Override
    public List<Tile> tilesFor(CurrentUser user) {
        List<Tile> tiles = new ArrayList<>();
        long school = user.requireSchool();
        if (user.can(WarehousePermissions.REQUISITION_ISSUE)) {
            tiles.add(new Tile("home.requisitions.toIssue", String.valueOf(counts.requisitionsToIssue(school)),
                    "/warehouse/requisitions?view=ISSUE"));
        }
        if (user.can(WarehousePermissions.DISTRIBUTION_WRITE)) {
            tiles.add(new Tile("home.distribution.waiting", String.valueOf(counts.classesWaiting(school)),
                    "/warehouse/distributions"));
        }
        if (user.can(WarehousePermissions.ITEM_WRITE)) {
            tiles.add(new Tile("home.stock.low", String.valueOf(counts.lowStock(school)), "/warehouse/stock?low=true"));
        }
        if (user.can(WarehousePermissions.REQUISITION_REQUEST)) {
            tiles.add(new Tile("home.requisitions.mine", String.valueOf(counts.myOpenRequisitions(school,
                    user.userId())), "/warehouse/requisitions?view=MINE"));
        }
        return tiles;
    }
}
