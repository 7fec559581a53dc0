package org.houqin.assets.imports;

import static org.houqin.assets.imports.AssetImportFields.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.houqin.assets.AssetStatus;
import org.houqin.assets.FundingSource;
import org.houqin.platform.imports.ImportRow;
import org.houqin.platform.imports.ImportValues;
import org.houqin.platform.imports.RowProblem;

/**
 * Reads the rows of one import against the school's lookups: every problem of a row is noted under its column, so
 * the report names them all at once. Serials and numbers are also checked against the rows before them in the file.
 */
final class AssetImportParser {

    private static final Map<String, FundingSource> FUNDINGS = Map.of("财政拨款", FundingSource.FISCAL,
            "自筹", FundingSource.SELF, "捐赠", FundingSource.DONATION, "其他", FundingSource.OTHER);
    private static final Map<String, AssetStatus> STATUSES = Map.of("在用", AssetStatus.IN_USE, "闲置", AssetStatus.IDLE);
    private static final BigDecimal MAX_POWER = new BigDecimal("1000000");
    static final int MAX_QUANTITY = 1_000_000;

    private final AssetImportLookups.Snapshot lookups;
    private final LocalDate today;
    private final Map<String, Integer> serialsInFile = new HashMap<>();
    private final Map<String, Integer> numbersInFile = new HashMap<>();

    AssetImportParser(AssetImportLookups.Snapshot lookups, LocalDate today) {
        this.lookups = lookups;
        this.today = today;
    }

    /** The row's card, or null when the row has problems (noted on it). */
    AssetImportLine parse(ImportRow row) {
        String number = row.read(NUMBER, t -> unique(ImportValues.text(t, 24), lookups.numbers(), numbersInFile,
                row.number(), "assetImport.error.numberTaken", "assetImport.error.numberInFile"));
        String name = row.read(NAME, t -> ImportValues.text(t, 60));
        Long categoryId = row.lookup(CATEGORY);
        AssetImportLookups.Category category = categoryId == null ? null : lookups.categories().get(categoryId);
        String model = row.read(MODEL, t -> ImportValues.text(t, 60));
        String brand = row.read(BRAND, t -> ImportValues.text(t, 40));
        String serial = row.read(SERIAL_NO, t -> unique(ImportValues.text(t, 60), lookups.serials(), serialsInFile,
                row.number(), "assetImport.error.serialTaken", "assetImport.error.serialInFile"));
        String supplier = row.read(SUPPLIER, t -> ImportValues.text(t, 60));
        LocalDate purchased = row.date(PURCHASED_ON, t -> plausible(ImportValues.date(t)));
        Integer quantity = row.read(QUANTITY, t -> ImportValues.whole(t, MAX_QUANTITY));
        BigDecimal unit = row.read(UNIT_VALUE, ImportValues::money);
        BigDecimal total = row.read(VALUE, ImportValues::money);
        FundingSource funding = row.read(FUNDING_SOURCE, t -> choice(FUNDINGS, t, "assetImport.error.funding"));
        Integer lifeYears = row.read(LIFE_YEARS, t -> ImportValues.whole(t, 100));
        Long room = row.mapped(ROOM) ? row.lookup(ROOM) : null;
        Long department = row.mapped(DEPARTMENT) ? row.lookup(DEPARTMENT) : null;
        Long custodian = row.mapped(CUSTODIAN) ? row.lookup(CUSTODIAN) : null;
        AssetStatus status = row.read(STATUS, t -> choice(STATUSES, t, "assetImport.error.status"));
        LocalDate warranty = row.date(WARRANTY_UNTIL, ImportValues::date);
        BigDecimal power = row.read(POWER_KW, t -> ImportValues.decimal(t, MAX_POWER));
        String note = row.read(NOTE, t -> ImportValues.text(t, 300));

        int items = quantity == null ? 1 : quantity;
        if (unit == null && total == null && row.clean(UNIT_VALUE) && row.clean(VALUE)) {
            row.problem(row.mapped(UNIT_VALUE) ? UNIT_VALUE : VALUE, "assetImport.error.valueRequired");
        } else if (unit == null && total != null && row.clean(QUANTITY)) {
            unit = row.check(VALUE, () -> unitOf(total, items));
        } else if (unit != null && total != null && unit.multiply(BigDecimal.valueOf(items)).compareTo(total) != 0) {
            row.problem(VALUE, "assetImport.error.valueMismatch", total.toPlainString(), unit.toPlainString(), items);
        }
        if (row.hasProblems()) {
            return null;
        }
        Integer life = !category.depreciable() ? null
                : lifeYears != null ? lifeYears * 12 : category.usefulLifeMonths();
        return new AssetImportLine(row.number(), number, name, category.id(), model, brand, serial, supplier,
                purchased, items, unit, funding == null ? FundingSource.FISCAL : funding, life, room, department,
                custodian, status == null ? AssetStatus.IN_USE : status, warranty, power, note);
    }

    /** The value of one item of a batch entered by its total: exact to the fen, or a problem. */
    static BigDecimal unitOf(BigDecimal total, int quantity) {
        try {
            return total.divide(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new RowProblem(null, "assetImport.error.notDivisible", total.toPlainString(), quantity);
        }
    }

    /** Bought in the past, and not before 1950: a year typed as 1019 is a slip of the hand. */
    private LocalDate plausible(LocalDate date) {
        if (date.isAfter(today)) {
            throw new RowProblem(null, "assetImport.error.future", date.toString());
        }
        if (date.isBefore(ImportValues.EARLIEST)) {
            throw new RowProblem(null, "import.error.implausibleDate", date.toString(), ImportValues.EARLIEST.getYear());
        }
        return date;
    }

    private static String unique(String value, Set<String> existing, Map<String, Integer> inFile, int row,
                                 String takenKey, String inFileKey) {
        if (existing.contains(value)) {
            throw new RowProblem(null, takenKey, value);
        }
        Integer first = inFile.putIfAbsent(value, row);
        if (first != null) {
            throw new RowProblem(null, inFileKey, value, first);
        }
        return value;
    }

    private static <T> T choice(Map<String, T> choices, String text, String key) {
        T found = choices.get(text);
        if (found == null) {
            throw new RowProblem(null, key, text);
        }
        return found;
    }
}
