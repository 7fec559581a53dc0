package org.houqin.platform.settings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Every declared setting, checked once at start-up: a key declared twice, a key outside its group, a default outside
 * its own range or a missing label or source stops the application with a message naming each fault.
 */
@Component
public class SettingsRegistry {

    private static final String GROUP_ID = "[a-z][a-z0-9-]{0,31}";

    private final List<SettingGroup> groups;
    private final Map<String, SettingGroup> groupsById = new LinkedHashMap<>();
    private final Map<String, Setting<?>> settingsByKey = new LinkedHashMap<>();
    private final Map<String, SettingGroup> groupsByKey = new LinkedHashMap<>();

    SettingsRegistry(List<SettingGroup> declared) {
        this.groups = declared.stream()
                .sorted(Comparator.comparingInt(SettingGroup::order).thenComparing(SettingGroup::id)).toList();
        List<String> faults = new ArrayList<>();
        groups.forEach(group -> register(group, faults));
        if (!faults.isEmpty()) {
            throw new IllegalStateException("Settings are declared wrongly:\n  " + String.join("\n  ", faults));
        }
    }

    private void register(SettingGroup group, List<String> faults) {
        if (group.id() == null || !group.id().matches(GROUP_ID)) {
            faults.add("group id '" + group.id() + "' must be a lower-case word of at most 32 characters");
        }
        if (groupsById.putIfAbsent(group.id(), group) != null) {
            faults.add("group '" + group.id() + "' is declared twice");
        }
        if (group.labelKey() == null || group.permission() == null || group.settings().isEmpty()) {
            faults.add("group '" + group.id() + "' needs a label, a permission and at least one setting");
        }
        for (Setting<?> setting : group.settings()) {
            faults.addAll(setting.flaws());
            if (!setting.key().startsWith(group.id() + ".")) {
                faults.add(setting.key() + " is in group '" + group.id() + "' but its key does not start with '"
                        + group.id() + ".'");
            }
            SettingGroup earlier = groupsByKey.putIfAbsent(setting.key(), group);
            if (earlier != null) {
                faults.add(setting.key() + " is declared twice, in groups '" + earlier.id() + "' and '" + group.id() + "'");
            }
            settingsByKey.putIfAbsent(setting.key(), setting);
        }
    }

    /** The groups in page order. */
    public List<SettingGroup> groups() {
        return groups;
    }

    public Optional<SettingGroup> group(String id) {
        return Optional.ofNullable(groupsById.get(id));
    }

    public Optional<Setting<?>> setting(String key) {
        return Optional.ofNullable(settingsByKey.get(key));
    }

    /** The group a setting is declared in; a setting no group declares is a programming error. */
    public SettingGroup groupOf(Setting<?> setting) {
        SettingGroup group = groupsByKey.get(setting.key());
        if (group == null || settingsByKey.get(setting.key()) != setting) {
            throw new IllegalStateException("Setting " + setting.key() + " is read but no SettingGroup bean declares it");
        }
        return group;
    }

    /** The permissions that change at least one group: who sees 系统设置. */
    public Set<String> permissions() {
        Set<String> permissions = new LinkedHashSet<>();
        groups.forEach(group -> permissions.add(group.permission()));
        return permissions;
    }
}
