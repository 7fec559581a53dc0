package org.houqin.safety;

import java.util.List;

import org.houqin.platform.menu.MenuItem;
import org.houqin.platform.menu.MenuItems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The drills' menu entry under 安全管理: for those who record drills and those who read the safety archive. */
@Configuration(proxyBeanMethods = false)
class DrillsShell {

    @Bean
    MenuItems drillsMenu() {
        return MenuItems.of(new MenuItem("menu.section.safety", "drill.menu", "/safety/drills",
                List.of(SafetyPermissions.DRILL_WRITE, SafetyPermissions.ARCHIVE_READ), "⚑", 760));
    }
}
