package org.houqin.platform.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves a group of a school's settings: every value checked against its declaration first (one refused value and
 * nothing is written), then the group's version moved on (a stale form fails), then the values, a history row for
 * each change and a {@link SettingsChanged} for the audit log.
 */
@Service
public class SettingChanges {

    private final SettingsRegistry registry;
    private final SettingsStore store;
    private final Settings settings;
    private final ApplicationEventPublisher events;

    SettingChanges(SettingsRegistry registry, SettingsStore store, Settings settings, ApplicationEventPublisher events) {
        this.registry = registry;
        this.store = store;
        this.settings = settings;
        this.events = events;
    }

    /**
     * Saves the given values (keys of the group as text; a key left out keeps its value) if the group is still at
     * {@code version}.
     *
     * @throws InvalidSettingsException       when a value breaks its setting's rule or a key is not the group's
     * @throws OptimisticLockingFailureException when someone saved the group since {@code version}
     */
    @Transactional
    public void save(long schoolId, String groupId, Map<String, String> values, int version) {
        SettingGroup group = registry.group(groupId).orElseThrow(() -> new NotFoundException("setting group", groupId));
        Map<String, String> checked = check(group, values);
        if (!store.advance(schoolId, groupId, version)) {
            throw new OptimisticLockingFailureException("settings " + groupId + " of school " + schoolId + " changed");
        }
        write(schoolId, group, checked);
    }

    /** Sets one value with no form (the demo school, a module's own step), at the group's current version. */
    @Transactional
    public <T> void change(long schoolId, Setting<T> setting, T value) {
        SettingGroup group = registry.groupOf(setting);
        int version = store.versions(schoolId).getOrDefault(group.id(), 0);
        save(schoolId, group.id(), Map.of(setting.key(), setting.write(value)), version);
    }

    /** Every value that breaks its setting's rule, and every key that is not the group's; empty when all may be saved. */
    static List<SettingProblem> problems(SettingGroup group, Map<String, String> values) {
        List<SettingProblem> problems = new ArrayList<>();
        values.forEach((key, text) -> {
            Checked<?> value = setting(group, key).map(setting -> (Checked<?>) setting.read(text))
                    .orElse(Checked.refused("settings.invalid.unknown"));
            if (!value.valid()) {
                problems.add(new SettingProblem(key, value.problemKey(), value.args()));
            }
        });
        return problems;
    }

    /** The values in canonical text, or every problem at once. */
    private static Map<String, String> check(SettingGroup group, Map<String, String> values) {
        List<SettingProblem> problems = problems(group, values);
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        Map<String, String> checked = new LinkedHashMap<>();
        values.forEach((key, text) -> checked.put(key, canonical(setting(group, key).orElseThrow(), text)));
        return checked;
    }

    private static Optional<Setting<?>> setting(SettingGroup group, String key) {
        return group.settings().stream().filter(setting -> setting.key().equals(key)).findFirst();
    }

    private static <T> String canonical(Setting<T> setting, String text) {
        return setting.write(setting.read(text).value());
    }

    private void write(long schoolId, SettingGroup group, Map<String, String> values) {
        SettingValues current = new SettingValues(schoolId, store.values(schoolId), registry);
        Optional<CurrentUser> user = CurrentUser.find();
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        for (Setting<?> setting : group.settings()) {
            String value = values.get(setting.key());
            if (value == null) {
                continue;
            }
            String old = current.text(setting);
            store.put(schoolId, setting.key(), value);
            if (!old.equals(value)) {
                store.record(schoolId, group.id(), setting.key(), old, value, user.map(CurrentUser::userId).orElse(null),
                        user.map(CurrentUser::displayName).orElse(null));
                before.put(setting.key(), old);
                after.put(setting.key(), value);
            }
        }
        settings.forget(schoolId);
        if (!after.isEmpty()) {
            events.publishEvent(new SettingsChanged(schoolId, group.id(), before, after));
        }
    }
}
