package org.houqin.platform.settings;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One school's settings as read at one moment: its stored values, the declared defaults for the rest. */
public final class SettingValues {

    private static final Logger log = LoggerFactory.getLogger(SettingValues.class);

    private final long schoolId;
    private final Map<String, String> stored;
    private final SettingsRegistry registry;

    SettingValues(long schoolId, Map<String, String> stored, SettingsRegistry registry) {
        this.schoolId = schoolId;
        this.stored = Map.copyOf(stored);
        this.registry = registry;
    }

    /**
     * The school's value, or the default when it has none. A stored value the declaration no longer allows (its range
     * was narrowed in a later version) gives the default too, until someone saves the group again.
     */
    public <T> T get(Setting<T> setting) {
        registry.groupOf(setting);
        String text = stored.get(setting.key());
        if (text == null) {
            return setting.defaultValue();
        }
        Checked<T> value = setting.read(text);
        if (!value.valid()) {
            log.warn("School {}: the stored value of {} breaks {}; its default applies", schoolId, setting.key(),
                    value.problemKey());
            return setting.defaultValue();
        }
        return value.value();
    }

    /** The canonical text in effect for the setting: the school's value or the default. */
    String text(Setting<?> setting) {
        return textOf(setting);
    }

    private <T> String textOf(Setting<T> setting) {
        return setting.write(get(setting));
    }
}
