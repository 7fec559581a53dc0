package org.houqin.warehouse.distribution;

import java.util.List;

import org.houqin.platform.menu.MenuItem;
import org.houqin.platform.menu.MenuItems;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.PermissionSet;
import org.houqin.platform.web.HomeTiles;
import org.houqin.warehouse.WarehousePermissions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 学期教材发放 in the shell: its permission, its menu entry, and the storekeeper's count of classes still waiting for
 * their books on the home page.
 */
@Configuration(proxyBeanMethods = false)
class DistributionSetup implements HomeTiles {

    /** 仓管员 and 后勤主任: plan the semester's distribution, hand classes their books, take surplus back. */
    static final String WRITE = "warehouse:distribution:write";

    private final JdbcClient jdbc;

    DistributionSetup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Bean
    PermissionSet distributionPermissionSet() {
        return PermissionSet.of("warehouse", WRITE);
    }

    @Bean
    MenuItems distributionMenu() {
        return MenuItems.of(new MenuItem("menu.section.warehouse", "menu.warehouse.distributions",
                "/warehouse/distributions", WarehousePermissions.ITEM_READ, "▤", 199));
    }

    @Override
    public List<Tile> tilesFor(CurrentUser user) {
        if (!user.can(WRITE)) {
            return List.of();
        }
        long waiting = jdbc.sql("""
                SELECT count(*) FROM warehouse.distribution_class c
                JOIN warehouse.distribution d ON d.id = c.distribution_id
                WHERE c.school_id = ? AND d.status = 'ISSUING' AND c.status <> 'ISSUED'""")
                .param(user.requireSchool()).query(Long.class).single();
        return List.of(new Tile("home.distribution.waiting", String.valueOf(waiting), "/warehouse/distributions"));
    }
}
