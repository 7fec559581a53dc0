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
    /** 2019.08, 2019-8, 2019/8 and 2019年8月: a register that knew only the month. */
    private static final Pattern MONTH = Pattern.compile("(\\d{4})(?:[-/.](\\d{1,2})|年(\\d{1,2})月)");
    /** A date typed into a cell formatted as a number: Excel's day count (43678 is 2019-08-01). */
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(?:\\.0+)?");
    private static final LocalDate EXCEL_DAY_ZERO = LocalDate.of(1899, 12, 30);
    /** Nothing a school registers today was bought before this. */
    public static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);
    private static final BigDecimal MAX_MONEY = new BigDecimal("1000000000000");

    private ImportValues() {
    }

    /**
     * A full date, a month (its 1st: see {@link #monthOnly}) or an Excel day count; anything else is a problem.
     */
    public static LocalDate date(String text) {
        String stripped = text.strip();
        if (SERIAL.matcher(stripped).matches()) {
            return EXCEL_DAY_ZERO.plusDays(Long.parseLong(stripped.replaceAll("\\..*", "")));
        }
        Matcher month = MONTH.matcher(stripped);
        if (month.matches()) {
            return firstOf(text, month);
        }
        Matcher m = DATE.matcher(stripped);
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

    /** Whether the text names only a month, so that {@link #date} read it as the month's 1st. */
    public static boolean monthOnly(String text) {
        return MONTH.matcher(text.strip()).matches();
    }

    /** A date in the past and not before 1950: a year typed as 1019 or 2091 is a slip, not a purchase. */
    public static LocalDate pastDate(String text, LocalDate today) {
        LocalDate date = date(text);
        if (date.isBefore(EARLIEST) || date.isAfter(today)) {
            throw problem("import.error.implausibleDate", date.toString(), EARLIEST.getYear());
        }
        return date;
    }

    private static LocalDate firstOf(String text, Matcher month) {
        try {
            return LocalDate.of(Integer.parseInt(month.group(1)),
                    Integer.parseInt(month.group(2) != null ? month.group(2) : month.group(3)), 1);
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
