package org.houqin.platform.settings;

import java.util.Locale;

/** On or off. */
record FlagType() implements SettingType<Boolean> {

    @Override
    public String kind() {
        return "boolean";
    }

    @Override
    public Checked<Boolean> read(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true" -> Checked.ok(true);
            case "false" -> Checked.ok(false);
            default -> Checked.refused("settings.invalid.flag");
        };
    }

    @Override
    public String write(Boolean value) {
        return value.toString();
    }
}
