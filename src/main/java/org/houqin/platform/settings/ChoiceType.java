package org.houqin.platform.settings;

import java.util.List;

/** One of the constants of a code-owned enum; each is labelled on screen by the setting's label key plus its name. */
record ChoiceType<E extends Enum<E>>(Class<E> type) implements SettingType<E> {

    @Override
    public String kind() {
        return "choice";
    }

    @Override
    public Checked<E> read(String text) {
        String name = text == null ? "" : text.strip();
        if (name.isEmpty()) {
            return Checked.refused("settings.invalid.required");
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Checked.ok(constant);
            }
        }
        return Checked.refused("settings.invalid.choice");
    }

    @Override
    public String write(E value) {
        return value.name();
    }

    @Override
    public List<String> choices() {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
