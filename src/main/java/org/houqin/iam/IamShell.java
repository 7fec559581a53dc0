package org.houqin.iam;

import org.houqin.platform.menu.MenuItem;
import org.houqin.platform.menu.MenuItems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The iam module's menu entries. */
@Configuration(proxyBeanMethods = false)
class IamShell {

    @Bean
    MenuItems iamMenu() {
        return MenuItems.of(
                new MenuItem("menu.section.admin", "menu.users", "/admin/users", IamPermissions.USER_READ, "☻", 910),
                new MenuItem("menu.section.admin", "menu.roles", "/admin/roles", IamPermissions.ROLE_READ, "◈", 920),
                new MenuItem("menu.section.admin", "menu.tokens", "/admin/tokens", IamPermissions.USER_READ, "⚷", 925));
    }
}
