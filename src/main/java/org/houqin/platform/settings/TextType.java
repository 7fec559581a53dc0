package org.houqin.platform.settings;

/** A line of text, not blank, at most {@code maxLength} characters. */
record TextType(int maxLength) implements SettingType<String> {

    @Override
    public String kind() {
        return "text";
    }

    @Override
    public Checked<String> read(String text) {
        String value = text == null ? "" : text.replace("\u0000", "").strip();
        if (value.isEmpty()) {
            return Checked.refused("settings.invalid.required");
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            return Checked.refused("settings.invalid.tooLong", String.valueOf(maxLength));
        }
        return Checked.ok(value);
    }

    @Override
    public String write(String value) {
        return value;
    }

    @Override
    public Integer longest() {
        return maxLength;
    }
}
