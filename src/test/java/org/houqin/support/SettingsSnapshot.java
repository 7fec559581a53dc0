package org.houqin.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.houqin.platform.security.SystemWork;
import org.houqin.platform.settings.Setting;
import org.houqin.platform.settings.SettingChanges;
import org.houqin.platform.settings.SettingGroup;
import org.houqin.platform.settings.SettingValues;
import org.houqin.platform.settings.Settings;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A school's settings of some groups as they were before a test, saved back afterwards so other tests see them. */
public final class SettingsSnapshot {

    private final long schoolId;
    private final Map<SettingGroup, Map<String, String>> texts = new LinkedHashMap<>();

    private SettingsSnapshot(long schoolId) {
        this.schoolId = schoolId;
    }

    public static SettingsSnapshot of(Settings settings, long schoolId, SettingGroup... groups) {
        SettingsSnapshot snapshot = new SettingsSnapshot(schoolId);
        SettingValues values = SystemWork.call(() -> settings.of(schoolId));
        for (SettingGroup group : groups) {
            Map<String, String> texts = new LinkedHashMap<>();
            group.settings().forEach(setting -> texts.put(setting.key(), text(values, setting)));
            snapshot.texts.put(group, texts);
        }
        return snapshot;
    }

    public void restore(SettingChanges changes, JdbcClient jdbc) {
        SystemWork.run(() -> texts.forEach((group, values) ->
                changes.save(schoolId, group.id(), values, version(jdbc, schoolId, group.id()))));
    }

    public static int version(JdbcClient jdbc, long schoolId, String groupId) {
        return (int) Demo.count(jdbc, """
                SELECT coalesce((SELECT version FROM platform.setting_group WHERE school_id = ? AND group_id = ?), 0)""",
                schoolId, groupId);
    }

    private static <T> String text(SettingValues values, Setting<T> setting) {
        return setting.write(values.get(setting));
    }
}
