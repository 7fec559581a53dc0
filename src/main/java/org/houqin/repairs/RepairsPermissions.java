package org.houqin.repairs;

import org.houqin.platform.security.PermissionSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions of the repairs module. */
@Configuration(proxyBeanMethods = false)
public class RepairsPermissions {

    /** See requests within one's data scope (and always one's own and one's tasks). */
    public static final String READ = "repairs:request:read";
    public static final String REPORT = "repairs:request:report";
    /** 后勤主任: the board, assigning, outsourcing, refusing, escalating, recording damage. */
    public static final String DISPATCH = "repairs:request:dispatch";
    /** 维修工: my tasks, starting, holding and completing work. */
    public static final String WORK = "repairs:request:work";
    /** 校长 / 分管副校长: deciding escalated requests. */
    public static final String DECIDE = "repairs:request:decide";
    public static final String CATEGORY_WRITE = "repairs:category:write";
    public static final String SETTINGS_WRITE = "repairs:settings:write";
    public static final String PLAN_READ = "repairs:plan:read";
    public static final String PLAN_WRITE = "repairs:plan:write";
    public static final String STATS_READ = "repairs:stats:read";

    @Bean
    PermissionSet repairsPermissionSet() {
        return PermissionSet.of("repairs", READ, REPORT, DISPATCH, WORK, DECIDE, CATEGORY_WRITE, SETTINGS_WRITE,
                PLAN_READ, PLAN_WRITE, STATS_READ);
    }
}
