package org.houqin.platform.settings;

/** A whole number between {@code lowest} and {@code highest}, both allowed. */
record IntegerType(int lowest, int highest) implements SettingType<Integer> {

    @Override
    public String kind() {
        return "integer";
    }

    @Override
    public Checked<Integer> read(String text) {
        String digits = SettingType.numberText(text);
        if (digits.isEmpty()) {
            return Checked.refused("settings.invalid.required");
        }
        if (!digits.matches("-?\\d+")) {
            return Checked.refused("settings.invalid.integer");
        }
        // more digits than a long holds is out of any range
        long value = digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
        if (value < lowest || value > highest) {
            return Checked.refused("settings.invalid.range", min(), max());
        }
        return Checked.ok((int) value);
    }

    @Override
    public String write(Integer value) {
        return value.toString();
    }

    @Override
    public String min() {
        return String.valueOf(lowest);
    }

    @Override
    public String max() {
        return String.valueOf(highest);
    }
}
