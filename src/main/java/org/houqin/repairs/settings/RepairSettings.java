package org.houqin.repairs.settings;

import static org.houqin.repairs.settings.RepairSettingKeys.AUTO_CLOSE_DAYS;
import static org.houqin.repairs.settings.RepairSettingKeys.GUEST_HOURLY_LIMIT;
import static org.houqin.repairs.settings.RepairSettingKeys.GUEST_REPORTING;
import static org.houqin.repairs.settings.RepairSettingKeys.NORMAL_HOURS;
import static org.houqin.repairs.settings.RepairSettingKeys.TEACHING_HOURS;
import static org.houqin.repairs.settings.RepairSettingKeys.URGENT_HOURS;

import java.time.Duration;

import org.houqin.platform.settings.SettingValues;
import org.springframework.stereotype.Component;

/**
 * A school's repair policy: hours allowed per priority, days before an unconfirmed repair closes, guest reporting.
 * Kept on 系统设置 ({@link RepairSettingKeys}).
 */
@Component
public class RepairSettings {

    public record Settings(int urgentHours, int teachingHours, int normalHours, int autoCloseDays,
                           boolean guestReporting, int guestHourlyLimit) {

        public Duration autoCloseAfter() {
            return Duration.ofDays(autoCloseDays);
        }
    }

    private final org.houqin.platform.settings.Settings settings;

    RepairSettings(org.houqin.platform.settings.Settings settings) {
        this.settings = settings;
    }

    public Settings of(long schoolId) {
        SettingValues school = settings.of(schoolId);
        return new Settings(school.get(URGENT_HOURS), school.get(TEACHING_HOURS), school.get(NORMAL_HOURS),
                school.get(AUTO_CLOSE_DAYS), school.get(GUEST_REPORTING), school.get(GUEST_HOURLY_LIMIT));
    }
}
