package org.houqin.platform.settings;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** The API's view of a school's groups of settings, typed values and all. */
@Component
class SettingsJson {

    record SettingJson(String key, String type, Object value, Object defaultValue, String unit, String min, String max,
                   Integer decimals, Integer maxLength, List<String> choices, String label, String help,
                   String source) {
    }

    record GroupJson(String id, String label, int version, List<SettingJson> settings) {
    }

    private final Settings settings;
    private final SettingsStore store;
    private final SettingTexts texts;

    SettingsJson(Settings settings, SettingsStore store, SettingTexts texts) {
        this.settings = settings;
        this.store = store;
        this.texts = texts;
    }

    List<GroupJson> groups(long schoolId, List<SettingGroup> groups) {
        SettingValues values = settings.of(schoolId);
        Map<String, Integer> versions = store.versions(schoolId);
        return groups.stream().map(group -> new GroupJson(group.id(), texts.get(group.labelKey()),
                versions.getOrDefault(group.id(), 0),
                group.settings().stream().map(s -> setting(s, values)).toList())).toList();
    }

    private SettingJson setting(Setting<?> setting, SettingValues values) {
        SettingType<?> type = setting.type();
        return new SettingJson(setting.key(), type.kind(), values.get(setting), setting.defaultValue(),
                setting.unit() == null ? null : setting.unit().name(), type.min(), type.max(), type.fractionDigits(),
                type.longest(), type.choices().isEmpty() ? null : type.choices(), texts.label(setting),
                texts.help(setting), texts.source(setting));
    }
}
