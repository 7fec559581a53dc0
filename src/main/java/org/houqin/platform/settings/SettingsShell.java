package org.houqin.platform.settings;

import java.util.List;

import org.houqin.platform.menu.MenuItem;
import org.houqin.platform.menu.MenuItems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 系统设置 in the administration menu, for whoever may change at least one group. */
@Configuration(proxyBeanMethods = false)
class SettingsShell {

    @Bean
    MenuItems settingsMenu(SettingsRegistry registry) {
        return MenuItems.of(new MenuItem("menu.section.admin", "menu.settings", "/settings",
                List.copyOf(registry.permissions()), "⚙", 905));
    }
}
