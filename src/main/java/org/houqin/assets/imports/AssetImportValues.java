package org.houqin.assets.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.houqin.platform.excel.RowProblem;

/**
 * How the cells of an imported register are read: dates as an office writes them, money to the fen, whole
 * quantities. Each reader throws a {@link RowProblem} without a column; the caller names the column.
 */
final class AssetImportValues {

    /** 2020-05-01, 2020/5/1, 2020.5.1 and 2020年5月1日 (a real date cell arrives as 2020-05-01). */
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})(?:([-/.])(\\d{1,2})\\2(\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日)");
    private static final BigDecimal MAX_MONEY = new BigDecimal("1000000000000");
    private static final BigDecimal MAX_POWER = new BigDecimal("1000000");
    static final int MAX_QUANTITY = 1_000_000;

    private AssetImportValues() {
    }

    static LocalDate date(String text) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            throw problem("assetImport.error.date", text);
        }
        boolean chinese = m.group(2) == null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(chinese ? 5 : 3)),
                    Integer.parseInt(m.group(chinese ? 6 : 4)));
        } catch (DateTimeException e) {
            throw problem("assetImport.error.date", text);
        }
    }

    /** An amount in 元: not negative, at most two decimals; thousands separators and a currency sign are fine. */
    static BigDecimal money(String text) {
        BigDecimal value = number(text.replaceAll("[\\s,，¥￥元]", ""), text);
        if (value.signum() < 0) {
            throw problem("assetImport.error.negative", text);
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw problem("assetImport.error.decimals", text);
        }
        if (value.compareTo(MAX_MONEY) >= 0) {
            throw problem("assetImport.error.tooLarge", text);
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A positive whole number up to {@code max}; "3.0" is three. */
    static int whole(String text, int max) {
        BigDecimal value = number(text.replaceAll("[\\s,，]", ""), text);
        if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw problem("assetImport.error.whole", text, max);
        }
        return value.intValueExact();
    }

    static BigDecimal power(String text) {
        BigDecimal value = number(text.replaceAll("\\s", ""), text);
        if (value.signum() < 0) {
            throw problem("assetImport.error.negative", text);
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw problem("assetImport.error.decimals", text);
        }
        if (value.compareTo(MAX_POWER) >= 0) {
            throw problem("assetImport.error.tooLarge", text);
        }
        return value;
    }

    /** The value of one item of a batch entered by its total: exact to the fen, or a problem. */
    static BigDecimal unitOf(BigDecimal total, int quantity) {
        try {
            return total.divide(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw problem("assetImport.error.notDivisible", total.toPlainString(), quantity);
        }
    }

    static String text(String text, int max) {
        if (text.length() > max) {
            throw problem("assetImport.error.tooLong", max);
        }
        return text;
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
