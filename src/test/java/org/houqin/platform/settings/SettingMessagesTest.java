package org.houqin.platform.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** Every declared setting reads in Chinese and in English: group, label, help, source, unit and each choice. */
class SettingMessagesTest extends IntegrationTest {

    @Autowired
    SettingsRegistry registry;
    @Autowired
    MessageSource messages;

    @Test
    void everyDeclaredSettingHasItsWordsInBothLanguages() {
        List<String> keys = new ArrayList<>();
        for (SettingGroup group : registry.groups()) {
            keys.add(group.labelKey());
            for (Setting<?> setting : group.settings()) {
                keys.add(setting.labelKey());
                keys.add(setting.sourceKey());
                if (setting.helpKey() != null) {
                    keys.add(setting.helpKey());
                }
                if (setting.unit() != null) {
                    keys.add(setting.unit().messageKey());
                }
                setting.type().choices().forEach(choice -> keys.add(setting.labelKey() + "." + choice));
            }
        }
        assertThat(keys).contains("repairSettings.urgentHours", "assetSettings.start.SAME_MONTH");
        for (String key : keys) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                assertThat(messages.getMessage(key, null, null, locale)).as("%s in %s", key, locale).isNotBlank();
            }
        }
    }
}
