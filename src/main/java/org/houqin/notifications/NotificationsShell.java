package org.houqin.notifications;

import org.houqin.platform.menu.MenuItem;
import org.houqin.platform.menu.MenuItems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The notifications module's entries in the system administration menu. */
@Configuration(proxyBeanMethods = false)
class NotificationsShell {

    @Bean
    MenuItems notificationsMenu() {
        return MenuItems.of(
                new MenuItem("menu.section.admin", "menu.notificationDeliveries", "/notifications/deliveries",
                        NotificationsPermissions.DELIVERY_READ, "✉", 940),
                new MenuItem("menu.section.admin", "menu.notificationRobots", "/notifications/webhooks",
                        NotificationsPermissions.SETTINGS_WRITE, "⚑", 945));
    }
}
