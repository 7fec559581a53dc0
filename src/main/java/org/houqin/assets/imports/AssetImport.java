package org.houqin.assets.imports;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.houqin.assets.AssetDocuments;
import org.houqin.assets.register.Assets;
import org.houqin.audit.AuditLog;
import org.houqin.platform.imports.ImportField;
import org.houqin.platform.imports.ImportKind;
import org.houqin.platform.imports.ImportMapping;
import org.houqin.platform.imports.ImportRow;
import org.houqin.platform.imports.ValueLookup;
import org.houqin.platform.numbers.DocumentNumbers;
import org.houqin.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * 资产台账导入: an office's existing register becomes cards. Rows are checked against lookups read once per run;
 * cards without a number are numbered ZC-&lt;purchase year&gt;-NNNNN in blocks, skipping numbers in use.
 */
@Component
class AssetImport implements ImportKind<AssetImportLine> {

    private final AssetImportLookups lookups;
    private final AssetImportWriter writer;
    private final Assets assets;
    private final DocumentNumbers numbers;
    private final AuditLog audit;

    AssetImport(AssetImportLookups lookups, AssetImportWriter writer, Assets assets, DocumentNumbers numbers,
                AuditLog audit) {
        this.lookups = lookups;
        this.writer = writer;
        this.assets = assets;
        this.numbers = numbers;
        this.audit = audit;
    }

    @Override
    public String name() {
        return "assets";
    }

    @Override
    public List<ImportField> fields() {
        return AssetImportFields.ALL;
    }

    @Override
    public List<String> example() {
        return List.of("", "学生课桌椅", "6010000", "1200×600 单人", "", "", "某某教学设备有限公司", "2024-08-20", "40",
                "350.00", "14000.00", "财政拨款", "15", "A-101", "总务处", "李秀兰", "在用", "", "", "初一(1)班");
    }

    /** 单价 and 原值 count as one required field, named by 单价. */
    @Override
    public List<ImportField> missing(ImportMapping mapping) {
        List<ImportField> missing = new ArrayList<>(mapping.missing(fields()));
        if (!mapping.has(AssetImportFields.UNIT_VALUE) && !mapping.has(AssetImportFields.VALUE)) {
            fields().stream().filter(f -> f.key().equals(AssetImportFields.UNIT_VALUE)).forEach(missing::add);
        }
        return missing;
    }

    @Override
    public Map<String, ValueLookup> lookups(long schoolId, CurrentUser me) {
        return lookups.valueLookups(schoolId);
    }

    @Override
    public ImportJob<AssetImportLine> start(long schoolId, CurrentUser me, ImportMapping mapping) {
        AssetImportLookups.Snapshot known = lookups.load(schoolId);
        AssetImportParser parser = new AssetImportParser(known, assets.today());
        return new ImportJob<>() {
            @Override
            public AssetImportLine check(ImportRow row) {
                return parser.parse(row);
            }

            @Override
            public ImportSummary write(List<AssetImportLine> lines, int rows) {
                return register(schoolId, me, numbered(schoolId, lines, known.numbers()), rows);
            }
        };
    }

    private ImportSummary register(long schoolId, CurrentUser me, List<AssetImportLine> cards, int rows) {
        writer.write(schoolId, me, cards);
        long items = cards.stream().mapToLong(AssetImportLine::quantity).sum();
        BigDecimal value = cards.stream().map(AssetImportLine::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        audit.changedIn(schoolId, "assets", "asset", null, "IMPORT", null,
                Map.of("cards", cards.size(), "items", items, "value", value, "skippedRows", rows - cards.size()));
        return new ImportSummary("assetImport.done.summary", cards.size(), items,
                new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value));
    }

    /** Gives cards without a number one from their purchase year's block, skipping numbers already in use. */
    private List<AssetImportLine> numbered(long schoolId, List<AssetImportLine> lines, Set<String> existing) {
        Set<String> taken = new HashSet<>(existing);
        lines.stream().map(AssetImportLine::number).filter(n -> n != null).forEach(taken::add);
        Map<Integer, List<Integer>> byYear = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).number() == null) {
                byYear.computeIfAbsent(lines.get(i).purchasedOn().getYear(), y -> new ArrayList<>()).add(i);
            }
        }
        List<AssetImportLine> out = new ArrayList<>(lines);
        byYear.forEach((year, indexes) -> {
            List<String> free = new ArrayList<>();
            while (free.size() < indexes.size()) {
                numbers.block(schoolId, AssetDocuments.CARD.code(), year, indexes.size() - free.size()).stream()
                        .filter(n -> !taken.contains(n)).forEach(free::add);
            }
            for (int k = 0; k < indexes.size(); k++) {
                out.set(indexes.get(k), out.get(indexes.get(k)).numbered(free.get(k)));
            }
        });
        return out;
    }
}
