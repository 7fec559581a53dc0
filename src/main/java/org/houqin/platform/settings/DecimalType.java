package org.houqin.platform.settings;

import java.math.BigDecimal;

/**
 * A decimal number between {@code lowest} and {@code highest} with at most {@code decimals} digits after the point, read as
 * {@link BigDecimal} and given out at that scale (85.5 with two decimals is 85.50), never through a double.
 */
record DecimalType(BigDecimal lowest, BigDecimal highest, int decimals) implements SettingType<BigDecimal> {

    @Override
    public String kind() {
        return "decimal";
    }

    @Override
    public Checked<BigDecimal> read(String text) {
        String number = SettingType.numberText(text);
        if (number.isEmpty()) {
            return Checked.refused("settings.invalid.required");
        }
        // no exponent: "1e999999999" would be a number too large to print
        if (!number.matches("-?\\d{1,15}(\\.\\d{1,12})?")) {
            return Checked.refused("settings.invalid.number");
        }
        BigDecimal value = new BigDecimal(number).stripTrailingZeros();
        if (Math.max(value.scale(), 0) > decimals) {
            return Checked.refused("settings.invalid.decimals", String.valueOf(decimals));
        }
        if (value.compareTo(lowest) < 0 || value.compareTo(highest) > 0) {
            return Checked.refused("settings.invalid.range", min(), max());
        }
        return Checked.ok(value.setScale(decimals));
    }

    @Override
    public String write(BigDecimal value) {
        return plain(value);
    }

    @Override
    public Integer fractionDigits() {
        return decimals;
    }

    @Override
    public String min() {
        return plain(lowest);
    }

    @Override
    public String max() {
        return plain(highest);
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
