package org.houqin.safety;

import org.houqin.platform.security.PermissionSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions of the safety module. */
@Configuration(proxyBeanMethods = false)
public class SafetyPermissions {

    /** Everyone: report a hazard (隐患上报) from a room's QR or the menu. */
    public static final String HAZARD_REPORT = "safety:hazard:report";
    /** See hazards within one's data scope, and always those one reported or must rectify. */
    public static final String HAZARD_READ = "safety:hazard:read";
    /** 后勤主任 / 分管副校长: assign rectifications, stop rooms, report to the education bureau. */
    public static final String HAZARD_MANAGE = "safety:hazard:manage";
    /** 复查: pass (销号) or send back a rectified hazard; never one's own rectification. */
    public static final String HAZARD_RECHECK = "safety:hazard:recheck";
    /** Plan and run safety inspections (安全检查). */
    public static final String INSPECTION_WRITE = "safety:inspection:write";
    /** Issue responsibility letters (安全责任书) and mark paper copies received. */
    public static final String LETTER_WRITE = "safety:letter:write";
    /** Everyone: read and sign one's own letters. */
    public static final String LETTER_SIGN = "safety:letter:sign";
    /** Everyone: read the rules and plans in force and acknowledge the required ones. */
    public static final String RULE_READ = "safety:rule:read";
    /** Keep the library of rules and emergency plans (规章制度与应急预案). */
    public static final String RULE_WRITE = "safety:rule:write";
    /** Record drills (演练). */
    public static final String DRILL_WRITE = "safety:drill:write";
    /** The semester's safety archive (安全档案) and the hazard statistics. */
    public static final String ARCHIVE_READ = "safety:archive:read";
    /** Change the safety settings (deadlines by level, the bureau's hours, the regulatory minimums). */
    public static final String SETTINGS_WRITE = "safety:settings:write";

    @Bean
    PermissionSet safetyPermissionSet() {
        return PermissionSet.of("safety", HAZARD_REPORT, HAZARD_READ, HAZARD_MANAGE, HAZARD_RECHECK, INSPECTION_WRITE,
                LETTER_WRITE, LETTER_SIGN, RULE_READ, RULE_WRITE, DRILL_WRITE, ARCHIVE_READ, SETTINGS_WRITE);
    }
}
