package org.houqin.platform.settings;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.houqin.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/** What 系统设置 shows: each group the user may change, its fields with their current values, its recent history. */
@Component
class SettingsPage {

    static final int HISTORY = 10;

    record Field(String key, String kind, String label, String help, String source, String unit, String value,
                 List<SettingTexts.Option> options, String defaultText, String range, String error) {
    }

    record Entry(Instant at, String who, String label, String from, String to) {
    }

    record Group(String id, String label, int version, List<Field> fields, List<Entry> history, boolean refused) {
    }

    /** A group's form sent back because of refused values: what was typed, its version, the problems. */
    record Attempt(String groupId, Map<String, String> values, int version, List<SettingProblem> problems) {
    }

    private final SettingsAccess access;
    private final Settings settings;
    private final SettingsStore store;
    private final SettingsRegistry registry;
    private final SettingTexts texts;

    SettingsPage(SettingsAccess access, Settings settings, SettingsStore store, SettingsRegistry registry,
                 SettingTexts texts) {
        this.access = access;
        this.settings = settings;
        this.store = store;
        this.registry = registry;
        this.texts = texts;
    }

    List<Group> groups(CurrentUser user, Attempt attempt) {
        long school = user.requireSchool();
        SettingValues values = settings.of(school);
        Map<String, Integer> versions = store.versions(school);
        List<SettingsStore.Change> history = store.recent(school, HISTORY);
        return access.changeable(user).stream().map(group -> {
            Optional<Attempt> sent = Optional.ofNullable(attempt).filter(a -> a.groupId().equals(group.id()));
            List<Field> fields = group.settings().stream().map(s -> field(s, values, sent)).toList();
            List<Entry> entries = history.stream().filter(c -> c.groupId().equals(group.id())).map(this::entry).toList();
            int version = sent.map(Attempt::version).orElse(versions.getOrDefault(group.id(), 0));
            return new Group(group.id(), texts.get(group.labelKey()), version, fields, entries, sent.isPresent());
        }).toList();
    }

    private Field field(Setting<?> setting, SettingValues values, Optional<Attempt> sent) {
        String value = sent.map(a -> a.values().get(setting.key())).orElseGet(() -> values.text(setting));
        String error = sent.flatMap(a -> a.problems().stream().filter(p -> p.key().equals(setting.key())).findFirst())
                .map(texts::problem).orElse(null);
        return new Field(setting.key(), setting.type().kind(), texts.label(setting), texts.help(setting),
                texts.source(setting), texts.unit(setting), value, texts.options(setting),
                texts.value(setting, defaultText(setting)), texts.range(setting), error);
    }

    private static <T> String defaultText(Setting<T> setting) {
        return setting.write(setting.defaultValue());
    }

    private Entry entry(SettingsStore.Change change) {
        String who = change.changedByName() == null ? texts.get("settings.history.system") : change.changedByName();
        return registry.setting(change.key())
                .map(s -> new Entry(change.changedAt(), who, texts.label(s), texts.value(s, change.oldValue()),
                        texts.value(s, change.newValue())))
                .orElseGet(() -> new Entry(change.changedAt(), who, change.key(), change.oldValue(), change.newValue()));
    }
}
