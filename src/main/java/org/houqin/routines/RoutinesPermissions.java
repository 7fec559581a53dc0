package org.houqin.routines;

import org.houqin.platform.security.PermissionSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions of the routines module. */
@Configuration(proxyBeanMethods = false)
public class RoutinesPermissions {

    /** See the school's checklist templates, schedules and the school calendar. */
    public static final String TEMPLATE_READ = "routines:template:read";
    /** Copy templates from the library, edit them, schedule them and keep the school calendar. */
    public static final String TEMPLATE_WRITE = "routines:template:write";
    /** Everyone: fill the checks due to oneself (at the place, from its QR or from 我的检查). */
    public static final String RECORD_FILL = "routines:record:fill";
    /** Completion (应做/已做/逾期/完成率) per schedule, person, place and period, and every record. */
    public static final String COMPLETION_READ = "routines:completion:read";

    @Bean
    PermissionSet routinesPermissionSet() {
        return PermissionSet.of("routines", TEMPLATE_READ, TEMPLATE_WRITE, RECORD_FILL, COMPLETION_READ);
    }
}
