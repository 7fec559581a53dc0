package org.houqin.routines;

import org.houqin.platform.menu.MenuItem;
import org.houqin.platform.menu.MenuItems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The planning side's menu: 检查表, 日程, 校历 and 完成情况. */
@Configuration(proxyBeanMethods = false)
class RoutinePlanShell {

    private static final String SECTION = "menu.section.routines";

    @Bean
    MenuItems routinePlanMenu() {
        return MenuItems.of(
                new MenuItem(SECTION, "menu.routines.templates", "/routines/templates", RoutinesPermissions.TEMPLATE_READ,
                        "☑", 620),
                new MenuItem(SECTION, "menu.routines.schedules", "/routines/schedules", RoutinesPermissions.TEMPLATE_READ,
                        "↻", 630),
                new MenuItem(SECTION, "menu.routines.calendar", "/routines/calendar", RoutinesPermissions.TEMPLATE_READ,
                        "▦", 640),
                new MenuItem(SECTION, "menu.routines.completion", "/routines/completion",
                        RoutinesPermissions.COMPLETION_READ, "▁", 650));
    }
}
