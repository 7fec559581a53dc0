package org.houqin.platform.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the cells of an import are read: dates as a Chinese office writes them, money to the fen, whole numbers,
 * text of a bounded length. Each reader throws a {@link RowProblem} without a column; {@link ImportRow#read} puts
 * the field's column on it.
 */
public final class ImportValues {

    /** 2020-05-01, 2020/5/1, 2020.5.1 and 2020年5月1日 (a real date cell arrives as 2020-05-01). */
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})(?:([-/.])(\\d{1,2})\\2(\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日)");
    private static final BigDecimal MAX_MONEY = new BigDecimal("1000000000000");

    private ImportValues() {
    }

    public static LocalDate date(String text) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            throw problem("import.error.date", text);
        }
        boolean chinese = m.group(2) == null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(chinese ? 5 : 3)),
                    Integer.parseInt(m.group(chinese ? 6 : 4)));
        } catch (DateTimeException e) {
            throw problem("import.error.date", text);
        }
    }

    /** An amount in 元: not negative, at most two decimals; thousands separators and a currency sign are fine. */
    public static BigDecimal money(String text) {
        return decimal(text.replaceAll("[\\s,，¥￥元]", ""), text, MAX_MONEY).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A number that is not negative, with at most two decimals, below {@code limit}. */
    public static BigDecimal decimal(String text, BigDecimal limit) {
        return decimal(text.replaceAll("\\s", ""), text, limit);
    }

    /** A positive whole number up to {@code max}; "3.0" is three. */
    public static int whole(String text, int max) {
        BigDecimal value = number(text.replaceAll("[\\s,，]", ""), text);
        if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw problem("import.error.whole", text, max);
        }
        return value.intValueExact();
    }

    public static String text(String text, int max) {
        if (text.length() > max) {
            throw problem("import.error.tooLong", max);
        }
        return text;
    }

    private static BigDecimal decimal(String cleaned, String original, BigDecimal limit) {
        BigDecimal value = number(cleaned, original);
        if (value.signum() < 0) {
            throw problem("import.error.negative", original);
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw problem("import.error.decimals", original);
        }
        if (value.compareTo(limit) >= 0) {
            throw problem("import.error.tooLarge", original);
        }
        return value;
    }

    private static BigDecimal number(String cleaned, String original) {
        try {
            return new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            throw problem("import.error.number", original);
        }
    }

    private static RowProblem problem(String key, Object... args) {
        return new RowProblem(null, key, args);
    }
}
