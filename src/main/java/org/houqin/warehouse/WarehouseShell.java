package org.houqin.warehouse;

import org.houqin.platform.menu.MenuItem;
import org.houqin.platform.menu.MenuItems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The warehouse's menu entries. */
@Configuration(proxyBeanMethods = false)
class WarehouseShell {

    @Bean
    MenuItems warehouseMenu() {
        String section = "menu.section.warehouse";
        return MenuItems.of(
                new MenuItem(section, "menu.warehouse.stock", "/warehouse/stock", WarehousePermissions.ITEM_READ, "▦", 195),
                new MenuItem(section, "menu.warehouse.receipts", "/warehouse/receipts", WarehousePermissions.ITEM_READ, "⇩", 197),
                new MenuItem(section, "menu.warehouse.items", "/warehouse/items", WarehousePermissions.ITEM_READ, "▣", 200),
                new MenuItem(section, "menu.warehouse.stores", "/warehouse/stores", WarehousePermissions.ITEM_WRITE, "⌂", 210));
    }
}
