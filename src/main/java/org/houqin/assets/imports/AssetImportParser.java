package org.houqin.assets.imports;

import static org.houqin.assets.imports.AssetImportField.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.houqin.assets.AssetStatus;
import org.houqin.assets.FundingSource;
import org.houqin.platform.excel.ExcelImport.ImportRow;
import org.houqin.platform.excel.RowProblem;

/**
 * Reads the rows of one import against the school's lookups: every problem of a row is collected with the
 * spreadsheet column it is in, so the report names them all at once. Serials and numbers are also checked against
 * the rows before them in the file.
 */
final class AssetImportParser {

    /** A row read: the line when nothing was wrong, else its problems. */
    record Parsed(AssetImportLine line, List<RowProblem> problems) {
    }

    private static final Map<String, FundingSource> FUNDINGS = Map.of("财政拨款", FundingSource.FISCAL,
            "自筹", FundingSource.SELF, "捐赠", FundingSource.DONATION, "其他", FundingSource.OTHER);
    private static final Map<String, AssetStatus> STATUSES = Map.of("在用", AssetStatus.IN_USE, "闲置", AssetStatus.IDLE);

    private final AssetImportMapping mapping;
    private final AssetImportLookups.Snapshot lookups;
    private final LocalDate today;
    private final Map<String, Integer> serialsInFile = new HashMap<>();
    private final Map<String, Integer> numbersInFile = new HashMap<>();

    AssetImportParser(AssetImportMapping mapping, AssetImportLookups.Snapshot lookups, LocalDate today) {
        this.mapping = mapping;
        this.lookups = lookups;
        this.today = today;
    }

    Parsed parse(ImportRow row) {
        List<RowProblem> problems = new ArrayList<>();
        Reader in = new Reader(row, problems);
        String number = in.read(NUMBER, t -> unique(AssetImportValues.text(t, 24), lookups.numbers(), numbersInFile,
                row.number(), "assetImport.error.numberTaken", "assetImport.error.numberInFile"));
        String name = in.read(NAME, t -> AssetImportValues.text(t, 60));
        AssetImportLookups.Category category = in.read(CATEGORY, t -> lookups.category(t)
                .orElseThrow(() -> new RowProblem(null, "assetImport.error.category", t)));
        String model = in.read(MODEL, t -> AssetImportValues.text(t, 60));
        String brand = in.read(BRAND, t -> AssetImportValues.text(t, 40));
        String serial = in.read(SERIAL_NO, t -> unique(AssetImportValues.text(t, 60), lookups.serials(), serialsInFile,
                row.number(), "assetImport.error.serialTaken", "assetImport.error.serialInFile"));
        String supplier = in.read(SUPPLIER, t -> AssetImportValues.text(t, 60));
        LocalDate purchased = in.read(PURCHASED_ON, t -> notFuture(AssetImportValues.date(t)));
        Integer quantity = in.read(QUANTITY, t -> AssetImportValues.whole(t, AssetImportValues.MAX_QUANTITY));
        BigDecimal unit = in.read(UNIT_VALUE, AssetImportValues::money);
        BigDecimal total = in.read(VALUE, AssetImportValues::money);
        FundingSource funding = in.read(FUNDING_SOURCE, t -> choice(FUNDINGS, t, "assetImport.error.funding"));
        Integer lifeYears = in.read(LIFE_YEARS, t -> AssetImportValues.whole(t, 100));
        Long room = in.read(ROOM, t -> known(lookups.rooms(), t, "assetImport.error.room"));
        Long department = in.read(DEPARTMENT, t -> known(lookups.departments(), t, "import.error.unknownDepartment"));
        Long custodian = in.read(CUSTODIAN, t -> known(lookups.staff(), t, "import.error.unknownStaff"));
        AssetStatus status = in.read(STATUS, t -> choice(STATUSES, t, "assetImport.error.status"));
        LocalDate warranty = in.read(WARRANTY_UNTIL, AssetImportValues::date);
        BigDecimal power = in.read(POWER_KW, AssetImportValues::power);
        String note = in.read(NOTE, t -> AssetImportValues.text(t, 300));

        int items = quantity == null ? 1 : quantity;
        if (unit == null && total == null && in.clean(UNIT_VALUE) && in.clean(VALUE)) {
            problems.add(new RowProblem(mapping.header(mapping.has(UNIT_VALUE) ? UNIT_VALUE : VALUE),
                    "assetImport.error.valueRequired"));
        } else if (unit == null && total != null && in.clean(QUANTITY)) {
            unit = in.check(VALUE, () -> AssetImportValues.unitOf(total, items));
        } else if (unit != null && total != null && unit.multiply(BigDecimal.valueOf(items)).compareTo(total) != 0) {
            problems.add(new RowProblem(mapping.header(VALUE), "assetImport.error.valueMismatch",
                    total.toPlainString(), unit.toPlainString(), items));
        }
        if (!problems.isEmpty()) {
            return new Parsed(null, problems);
        }
        Integer life = !category.depreciable() ? null
                : lifeYears != null ? lifeYears * 12 : category.usefulLifeMonths();
        return new Parsed(new AssetImportLine(row.number(), number, name, category.id(), model, brand, serial, supplier,
                purchased, items, unit, funding == null ? FundingSource.FISCAL : funding, life, room, department,
                custodian, status == null ? AssetStatus.IN_USE : status, warranty, power, note), List.of());
    }

    private LocalDate notFuture(LocalDate date) {
        if (date.isAfter(today)) {
            throw new RowProblem(null, "assetImport.error.future", date.toString());
        }
        return date;
    }

    private static String unique(String value, java.util.Set<String> existing, Map<String, Integer> inFile, int row,
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

    private static Long known(Map<String, Long> byName, String text, String key) {
        Long id = byName.get(text);
        if (id == null || id == AssetImportLookups.AMBIGUOUS) {
            throw new RowProblem(null, key, text);
        }
        return id;
    }

    /** Reads mapped cells of one row, noting each problem under the column's header. */
    private final class Reader {

        private final ImportRow row;
        private final List<RowProblem> problems;
        private final java.util.Set<AssetImportField> failed = java.util.EnumSet.noneOf(AssetImportField.class);

        Reader(ImportRow row, List<RowProblem> problems) {
            this.row = row;
            this.problems = problems;
        }

        <T> T read(AssetImportField field, Function<String, T> parse) {
            if (!mapping.has(field)) {
                return null;
            }
            String header = mapping.header(field);
            return check(field, () -> {
                String text = row.get(header);
                if (text == null) {
                    if (field.required()) {
                        throw new RowProblem(header, "import.error.required");
                    }
                    return null;
                }
                return parse.apply(text);
            });
        }

        <T> T check(AssetImportField field, java.util.function.Supplier<T> work) {
            try {
                return work.get();
            } catch (RowProblem problem) {
                failed.add(field);
                problems.add(new RowProblem(mapping.header(field), problem.messageKey(), problem.args()));
                return null;
            }
        }

        boolean clean(AssetImportField field) {
            return !failed.contains(field);
        }
    }
}
