package org.houqin.audit;

import org.houqin.platform.menu.MenuItem;
import org.houqin.platform.menu.MenuItems;
import org.houqin.platform.security.PermissionSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit module's permission and menu entry. */
@Configuration(proxyBeanMethods = false)
class AuditShell {

    static final String LOG_READ = "audit:log:read";

    @Bean
    PermissionSet auditPermissionSet() {
        return PermissionSet.of("audit", LOG_READ);
    }

    @Bean
    MenuItems auditMenu() {
        return MenuItems.of(new MenuItem("menu.section.admin", "menu.audit", "/admin/audit", LOG_READ, "☰", 930));
    }
}
