package org.houqin.assets;

import org.houqin.platform.security.PermissionSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions of the assets module. */
@Configuration(proxyBeanMethods = false)
public class AssetsPermissions {

    /** Everyone: the assets one's data scope covers (a teacher: what they hold, and signing for it). */
    public static final String ASSET_READ = "assets:asset:read";
    /** 后勤主任 and 仓管员: register, edit, hand over, transfer, lend, split and label assets. */
    public static final String ASSET_WRITE = "assets:asset:write";
    /** 后勤主任 and 仓管员: request 报废/报损/出售, decided through the approval module. */
    public static final String DISPOSAL_WRITE = "assets:disposal:write";
    /** 后勤主任 and 仓管员: start 清查盘点 campaigns, count, and submit their differences. */
    public static final String STOCKTAKE_WRITE = "assets:stocktake:write";
    /** 后勤主任 and 仓管员: 公物损坏赔偿 cases, their notices and payments. */
    public static final String COMPENSATION_WRITE = "assets:compensation:write";
    /** The school's leaders, the 后勤主任, 仓管员 and finance: depreciation and the register's reports. */
    public static final String REPORT_READ = "assets:report:read";
    /** 后勤主任 and the admin: the category tree, useful lives and the module's settings. */
    public static final String SETTINGS_WRITE = "assets:settings:write";

    @Bean
    PermissionSet assetsPermissionSet() {
        return PermissionSet.of("assets", ASSET_READ, ASSET_WRITE, DISPOSAL_WRITE, STOCKTAKE_WRITE, COMPENSATION_WRITE,
                REPORT_READ,
                SETTINGS_WRITE);
    }
}
