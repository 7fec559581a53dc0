package org.houqin.notifications;

import org.houqin.platform.security.PermissionSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions of the notifications module. Reading one's own inbox and settings needs none. */
@Configuration(proxyBeanMethods = false)
public class NotificationsPermissions {

    /** See the e-mails and robot posts sent, waiting and failed. */
    public static final String DELIVERY_READ = "notifications:delivery:read";
    /** Set the school's group robots and retry failed deliveries. */
    public static final String SETTINGS_WRITE = "notifications:settings:write";

    @Bean
    PermissionSet notificationsPermissionSet() {
        return PermissionSet.of("notifications", DELIVERY_READ, SETTINGS_WRITE);
    }
}
