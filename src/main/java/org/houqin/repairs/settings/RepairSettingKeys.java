package org.houqin.repairs.settings;

import org.houqin.platform.settings.Setting;
import org.houqin.platform.settings.SettingGroup;
import org.houqin.platform.settings.SettingUnit;
import org.houqin.repairs.RepairsPermissions;

/**
 * The repair settings on 系统设置 (group {@code repairs}). None is set by a regulation: the hours are the logistics
 * office's own service promise, the rest the school's own choice.
 */
public final class RepairSettingKeys {

    private static final String PROMISE = "repairSettings.source.promise";
    private static final String SCHOOL = "settings.source.school";

    public static final Setting<Integer> URGENT_HOURS = Setting.integer("repairs.hours.urgent", 2, 1, 720)
            .unit(SettingUnit.HOURS).label("repairSettings.urgentHours").help("repairSettings.urgentHours.help")
            .source(PROMISE);
    public static final Setting<Integer> TEACHING_HOURS = Setting.integer("repairs.hours.teaching", 24, 1, 720)
            .unit(SettingUnit.HOURS).label("repairSettings.teachingHours").help("repairSettings.teachingHours.help")
            .source(PROMISE);
    public static final Setting<Integer> NORMAL_HOURS = Setting.integer("repairs.hours.normal", 72, 1, 720)
            .unit(SettingUnit.HOURS).label("repairSettings.normalHours").help("repairSettings.normalHours.help")
            .source(PROMISE);
    public static final Setting<Integer> AUTO_CLOSE_DAYS = Setting.integer("repairs.auto-close.days", 7, 1, 90)
            .unit(SettingUnit.DAYS).label("repairSettings.autoCloseDays").help("repairSettings.autoCloseDays.help")
            .source(SCHOOL);
    public static final Setting<Boolean> GUEST_REPORTING = Setting.flag("repairs.guest.enabled", false)
            .label("repairSettings.guestReporting").help("repairSettings.guestReporting.help").source(SCHOOL);
    public static final Setting<Integer> GUEST_HOURLY_LIMIT = Setting.integer("repairs.guest.hourly-limit", 5, 1, 100)
            .unit(SettingUnit.PER_HOUR).label("repairSettings.guestHourlyLimit")
            .help("repairSettings.guestHourlyLimit.help").source(SCHOOL);

    public static final SettingGroup GROUP = SettingGroup.of("repairs", "repairSettings.group",
            RepairsPermissions.SETTINGS_WRITE, 100, URGENT_HOURS, TEACHING_HOURS, NORMAL_HOURS, AUTO_CLOSE_DAYS,
            GUEST_REPORTING, GUEST_HOURLY_LIMIT);

    private RepairSettingKeys() {
    }
}
