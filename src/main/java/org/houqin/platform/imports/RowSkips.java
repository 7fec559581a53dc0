package org.houqin.platform.imports;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The rows of a register that are not data: a 小计/合计 row (its sums would count twice) and a units row under the
 * header ("（元）", "（年）"). They are skipped, and the report says so; nothing else is skipped silently.
 */
final class RowSkips {

    private static final Pattern TOTAL = Pattern.compile("(本页|本类)?(小计|合计|总计|累计)(行)?[:：]?(（.*）)?");
    private static final Pattern UNIT = Pattern.compile("[（(]?(单位[:：])?(元|万元|年|个月|月|件|台|套|个|张|把|㎡|平方米"
            + "|千瓦|kw|kW|人民币元)[）)]?");
    private static final Pattern BRACKETED = Pattern.compile("[（(][^（）()]{1,8}[）)]");

    private RowSkips() {
    }

    /** Why the row is skipped, as a message key, or null when it is data. */
    static String reason(SheetRow row) {
        List<String> filled = row.cells().stream().map(c -> c.replaceAll("\\s", "")).filter(c -> !c.isEmpty())
                .toList();
        if (filled.isEmpty()) {
            return null;
        }
        if (filled.stream().limit(3).anyMatch(c -> TOTAL.matcher(c).matches())) {
            return "import.skip.total";
        }
        boolean units = filled.stream().allMatch(c -> UNIT.matcher(c).matches() || BRACKETED.matcher(c).matches());
        return units && filled.stream().anyMatch(c -> BRACKETED.matcher(c).matches()) ? "import.skip.units" : null;
    }
}
