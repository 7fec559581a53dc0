package org.houqin.safety.hazard;

import org.houqin.platform.settings.Setting;
import org.houqin.platform.settings.SettingGroup;
import org.houqin.platform.settings.SettingUnit;
import org.houqin.routines.checklist.HazardLevel;
import org.houqin.safety.SafetyPermissions;

/**
 * The hazard settings on 系统设置 (group {@code hazards}): the rectification deadline per level (一般 7 天, 较大 3 天,
 * 重大 1 天 by default, the school's own choice), and the hours within which a 重大 hazard is reported to the education
 * bureau (24 h, as the bureaus ask).
 */
public final class HazardSettingKeys {

    private static final String SCHOOL = "settings.source.school";

    public static final Setting<Integer> GENERAL_DAYS = Setting.integer("hazards.days.general", 7, 1, 90)
            .unit(SettingUnit.DAYS).label("hazard.settings.generalDays").help("hazard.settings.generalDays.help")
            .source(SCHOOL);
    public static final Setting<Integer> MAJOR_DAYS = Setting.integer("hazards.days.major", 3, 1, 60)
            .unit(SettingUnit.DAYS).label("hazard.settings.majorDays").help("hazard.settings.majorDays.help")
            .source(SCHOOL);
    public static final Setting<Integer> SEVERE_DAYS = Setting.integer("hazards.days.severe", 1, 1, 30)
            .unit(SettingUnit.DAYS).label("hazard.settings.severeDays").help("hazard.settings.severeDays.help")
            .source(SCHOOL);
    public static final Setting<Integer> BUREAU_HOURS = Setting.integer("hazards.bureau.hours", 24, 1, 168)
            .unit(SettingUnit.HOURS).label("hazard.settings.bureauHours").help("hazard.settings.bureauHours.help")
            .source("hazard.settings.source.bureau");

    public static final SettingGroup GROUP = SettingGroup.of("hazards", "hazard.settings.group",
            SafetyPermissions.SETTINGS_WRITE, 300, GENERAL_DAYS, MAJOR_DAYS, SEVERE_DAYS, BUREAU_HOURS);

    private HazardSettingKeys() {
    }

    /** The setting of the days allowed to rectify a hazard of this level. */
    static Setting<Integer> daysFor(HazardLevel level) {
        return switch (level) {
            case GENERAL -> GENERAL_DAYS;
            case MAJOR -> MAJOR_DAYS;
            case SEVERE -> SEVERE_DAYS;
        };
    }
}
