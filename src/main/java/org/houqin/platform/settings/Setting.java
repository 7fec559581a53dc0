package org.houqin.platform.settings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One setting a module declares: its key ({@code repairs.hours.urgent}), type and range, default, unit, label and help
 * message keys, and the regulation or source its default comes from. Declared as a constant and registered in a
 * {@link SettingGroup} bean; read with {@code settings.get(schoolId, SETTING)}.
 *
 * <pre>{@code
 * public static final Setting<Integer> URGENT_HOURS = Setting.integer("repairs.hours.urgent", 2, 1, 720)
 *         .unit(SettingUnit.HOURS).label("repairSettings.urgentHours").source("repairSettings.source.promise");
 * }</pre>
 */
public final class Setting<T> {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    private final String key;
    private final SettingType<T> type;
    private final T defaultValue;
    private final SettingUnit unit;
    private final String labelKey;
    private final String helpKey;
    private final String sourceKey;

    private Setting(String key, SettingType<T> type, T defaultValue, SettingUnit unit, String labelKey, String helpKey,
                    String sourceKey) {
        this.key = Objects.requireNonNull(key, "key");
        this.type = type;
        this.defaultValue = Objects.requireNonNull(defaultValue, "default of " + key);
        this.unit = unit;
        this.labelKey = labelKey;
        this.helpKey = helpKey;
        this.sourceKey = sourceKey;
    }

    public static Setting<Integer> integer(String key, int defaultValue, int min, int max) {
        return new Setting<>(key, new IntegerType(min, max), defaultValue, null, null, null, null);
    }

    /** A decimal; bounds and default as text, so they are exact ("125", "0.01"). */
    public static Setting<BigDecimal> decimal(String key, String defaultValue, String min, String max, int decimals) {
        DecimalType type = new DecimalType(new BigDecimal(min), new BigDecimal(max), decimals);
        return new Setting<>(key, type, new BigDecimal(defaultValue), null, null, null, null);
    }

    public static Setting<Boolean> flag(String key, boolean defaultValue) {
        return new Setting<>(key, new FlagType(), defaultValue, null, null, null, null);
    }

    /** One of the enum's constants, each labelled by the message {@code <label key>.<NAME>}. */
    public static <E extends Enum<E>> Setting<E> choice(String key, E defaultValue) {
        return new Setting<>(key, new ChoiceType<>(defaultValue.getDeclaringClass()), defaultValue, null, null, null,
                null);
    }

    public static Setting<String> text(String key, String defaultValue, int maxLength) {
        return new Setting<>(key, new TextType(maxLength), defaultValue, null, null, null, null);
    }

    public Setting<T> unit(SettingUnit unit) {
        return new Setting<>(key, type, defaultValue, unit, labelKey, helpKey, sourceKey);
    }

    public Setting<T> label(String labelKey) {
        return new Setting<>(key, type, defaultValue, unit, labelKey, helpKey, sourceKey);
    }

    public Setting<T> help(String helpKey) {
        return new Setting<>(key, type, defaultValue, unit, labelKey, helpKey, sourceKey);
    }

    /** The message key of the regulation or source the default comes from ("学校自定" when it is the school's own). */
    public Setting<T> source(String sourceKey) {
        return new Setting<>(key, type, defaultValue, unit, labelKey, helpKey, sourceKey);
    }

    public String key() {
        return key;
    }

    public SettingType<T> type() {
        return type;
    }

    public T defaultValue() {
        return defaultValue;
    }

    /** The unit, or {@code null} for a switch, a choice or a text. */
    public SettingUnit unit() {
        return unit;
    }

    public String labelKey() {
        return labelKey;
    }

    /** The help text's message key, or {@code null}. */
    public String helpKey() {
        return helpKey;
    }

    public String sourceKey() {
        return sourceKey;
    }

    /** The value the text stands for under this setting's type and range, or the rule it breaks. */
    public Checked<T> read(String text) {
        return type.read(text);
    }

    /** A value of this setting in its canonical text. */
    public String write(T value) {
        return type.write(value);
    }

    /** What is wrong with the declaration itself; empty when it may be registered. */
    List<String> flaws() {
        List<String> flaws = new ArrayList<>();
        if (!KEY.matcher(key).matches() || key.length() > 100) {
            flaws.add("key '" + key + "' must be lower-case words joined by dots, like repairs.hours.urgent");
        }
        if (labelKey == null || labelKey.isBlank()) {
            flaws.add(key + " has no label");
        }
        if (sourceKey == null || sourceKey.isBlank()) {
            flaws.add(key + " cites no source for its default (say \"学校自定\" when it is the school's own choice)");
        }
        if (type.min() != null && new BigDecimal(type.min()).compareTo(new BigDecimal(type.max())) > 0) {
            flaws.add(key + " has a minimum above its maximum");
        }
        Checked<T> again = type.read(type.write(defaultValue));
        if (!again.valid()) {
            flaws.add(key + "'s default " + type.write(defaultValue) + " breaks its own rule " + again.problemKey()
                    + " " + again.args());
        }
        return flaws;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Setting<?> setting && setting.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
