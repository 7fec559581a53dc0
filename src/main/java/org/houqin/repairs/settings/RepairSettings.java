package org.houqin.repairs.settings;

import java.time.Duration;

import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A school's repair policy: hours allowed per priority, days before an unconfirmed repair closes, guest reporting. */
@Component
public class RepairSettings {

    public record Settings(int urgentHours, int teachingHours, int normalHours, int autoCloseDays,
                           boolean guestReporting, int guestHourlyLimit, int version) {

        static final Settings DEFAULTS = new Settings(2, 24, 72, 7, false, 5, 0);

        public Duration autoCloseAfter() {
            return Duration.ofDays(autoCloseDays);
        }
    }

    private final JdbcClient jdbc;

    RepairSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Settings of(long schoolId) {
        return jdbc.sql("""
                SELECT urgent_hours, teaching_hours, normal_hours, auto_close_days, guest_reporting, guest_hourly_limit,
                       version
                FROM repairs.settings WHERE school_id = ?""").param(schoolId).query(Rows.of(Settings.class)).optional()
                .orElse(Settings.DEFAULTS);
    }

    /** Saves the settings; false when someone else saved them since the form was opened. */
    boolean save(long schoolId, SettingsForm form) {
        jdbc.sql("INSERT INTO repairs.settings (school_id) VALUES (?) ON CONFLICT DO NOTHING").param(schoolId).update();
        return jdbc.sql("""
                UPDATE repairs.settings SET urgent_hours = ?, teaching_hours = ?, normal_hours = ?, auto_close_days = ?,
                       guest_reporting = ?, guest_hourly_limit = ?, version = version + 1
                WHERE school_id = ? AND version = ?""")
                .params(form.getUrgentHours(), form.getTeachingHours(), form.getNormalHours(), form.getAutoCloseDays(),
                        form.isGuestReporting(), form.getGuestHourlyLimit(), schoolId, form.getVersion()).update() == 1;
    }
}
