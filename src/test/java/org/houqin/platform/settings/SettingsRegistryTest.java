package org.houqin.platform.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The registry checks every declaration at start-up and stops the application on the first wrong one. */
class SettingsRegistryTest {

    private static Setting<Integer> hours(String key) {
        return Setting.integer(key, 2, 1, 720).unit(SettingUnit.HOURS).label("l").source("settings.source.school");
    }

    private static final Setting<Integer> URGENT = hours("repairs.hours.urgent");

    @Test
    void aKeyDeclaredTwiceStopsStartUpNamingBothGroups() {
        SettingGroup repairs = SettingGroup.of("repairs", "g", "repairs:settings:write", 100, URGENT);
        SettingGroup again = SettingGroup.of("repairs-extra", "g", "repairs:settings:write", 110,
                hours("repairs.hours.urgent"));
        assertThatThrownBy(() -> new SettingsRegistry(List.of(repairs, again)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("repairs.hours.urgent is declared twice, in groups 'repairs' and 'repairs-extra'");
    }

    @Test
    void aGroupDeclaredTwiceOrAKeyOutsideItsGroupOrAWrongDefaultStopsStartUp() {
        assertThatThrownBy(() -> new SettingsRegistry(List.of(
                SettingGroup.of("repairs", "g", "p", 1, URGENT),
                SettingGroup.of("repairs", "g", "p", 2, hours("repairs.hours.normal")))))
                .hasMessageContaining("group 'repairs' is declared twice");
        assertThatThrownBy(() -> new SettingsRegistry(List.of(
                SettingGroup.of("assets", "g", "p", 1, hours("repairs.hours.normal")))))
                .hasMessageContaining("its key does not start with 'assets.'");
        assertThatThrownBy(() -> new SettingsRegistry(List.of(SettingGroup.of("canteen", "g", "p", 1,
                Setting.integer("canteen.sample.hours", 24, 48, 168).label("l").source("s")))))
                .hasMessageContaining("canteen.sample.hours's default 24 breaks its own rule");
        assertThatThrownBy(() -> new SettingsRegistry(List.of(SettingGroup.of("canteen", "g", "p", 1))))
                .hasMessageContaining("at least one setting");
    }

    @Test
    void groupsComeInTheirOrderAndASettingNoGroupDeclaresCannotBeRead() {
        SettingGroup assets = SettingGroup.of("assets", "g", "assets:settings:write", 200, hours("assets.x"));
        SettingGroup repairs = SettingGroup.of("repairs", "g", "repairs:settings:write", 100, URGENT);
        SettingsRegistry registry = new SettingsRegistry(List.of(assets, repairs));
        assertThat(registry.groups()).extracting(SettingGroup::id).containsExactly("repairs", "assets");
        assertThat(registry.groupOf(URGENT)).isEqualTo(repairs);
        assertThat(registry.permissions()).containsExactly("repairs:settings:write", "assets:settings:write");
        assertThatThrownBy(() -> registry.groupOf(hours("repairs.hours.normal")))
                .hasMessageContaining("no SettingGroup bean declares it");
        assertThatThrownBy(() -> registry.groupOf(hours("repairs.hours.urgent")))
                .as("an equal key from elsewhere is not the declared setting")
                .hasMessageContaining("no SettingGroup bean declares it");
    }
}
