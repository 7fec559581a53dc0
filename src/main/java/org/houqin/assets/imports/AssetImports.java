package org.houqin.assets.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.houqin.assets.AssetDocuments;
import org.houqin.assets.register.Assets;
import org.houqin.audit.AuditLog;
import org.houqin.platform.excel.ExcelColumn;
import org.houqin.platform.excel.ExcelExport;
import org.houqin.platform.excel.ExcelImport;
import org.houqin.platform.excel.ImportReport;
import org.houqin.platform.excel.RowProblem;
import org.houqin.platform.numbers.DocumentNumbers;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * 资产台账导入: an office's existing register becomes cards. Every row is checked first against lookups read once;
 * then all cards are written, or none when a row is wrong, or only the right rows when the user chose that. Cards
 * without a number are numbered ZC-&lt;purchase year&gt;-NNNNN in blocks.
 */
@Service
class AssetImports {

    /** What an import did: the report, and what the written cards add up to. */
    record Outcome(ImportReport report, int cards, long items, BigDecimal value) {
    }

    private final AssetImportUploads uploads;
    private final AssetImportLookups lookups;
    private final AssetImportWriter writer;
    private final Assets assets;
    private final DocumentNumbers numbers;
    private final AuditLog audit;
    private final MessageSource messages;

    AssetImports(AssetImportUploads uploads, AssetImportLookups lookups, AssetImportWriter writer, Assets assets,
                 DocumentNumbers numbers, AuditLog audit, MessageSource messages) {
        this.uploads = uploads;
        this.lookups = lookups;
        this.writer = writer;
        this.assets = assets;
        this.numbers = numbers;
        this.audit = audit;
        this.messages = messages;
    }

    /** Keeps an uploaded file for the next steps, after a first look that it is a register we can read. */
    UUID upload(long schoolId, CurrentUser me, byte[] workbook) {
        if (workbook.length == 0 || workbook.length > ExcelImport.MAX_BYTES) {
            throw RuleViolation.of("import.error.file");
        }
        AssetImportSheet.Preview preview = AssetImportSheet.preview(workbook);
        return uploads.store(schoolId, me.userId(), workbook, preview);
    }

    AssetImportSheet.Preview preview(long schoolId, CurrentUser me, UUID id) {
        return uploads.preview(schoolId, me.userId(), id).orElseThrow(() -> new NotFoundException("import", 0L));
    }

    @Transactional
    Outcome run(long schoolId, CurrentUser me, UUID id, AssetImportMapping mapping, boolean validOnly, Locale locale) {
        byte[] workbook = uploads.claim(schoolId, me.userId(), id).orElseThrow(() ->
                uploads.exists(schoolId, me.userId(), id) ? RuleViolation.of("assetImport.error.running")
                        : new NotFoundException("import", 0L));
        boolean[] written = {false};
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED && written[0]) {
                    uploads.written(schoolId, me.userId(), id);
                } else {
                    uploads.release(schoolId, me.userId(), id);
                }
            }
        });
        List<ExcelImport.ImportRow> rows = ExcelImport.read(new ByteArrayInputStream(workbook), List.of());
        AssetImportLookups.Snapshot known = lookups.load(schoolId);
        AssetImportParser parser = new AssetImportParser(mapping, known, assets.today());
        List<AssetImportLine> valid = new ArrayList<>();
        List<ImportReport.RowError> errors = new ArrayList<>();
        for (ExcelImport.ImportRow row : rows) {
            AssetImportParser.Parsed parsed = parser.parse(row);
            if (parsed.line() != null) {
                valid.add(parsed.line());
            }
            for (RowProblem p : parsed.problems()) {
                errors.add(new ImportReport.RowError(row.number(), p.column(),
                        messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale)));
            }
        }
        if (!errors.isEmpty()) {
            uploads.storeReport(schoolId, me.userId(), id, errorReport(errors, locale));
        }
        if ((!errors.isEmpty() && !validOnly) || valid.isEmpty()) {
            return new Outcome(new ImportReport(rows.size(), 0, errors, false), 0, 0, BigDecimal.ZERO);
        }
        List<AssetImportLine> numbered = numbered(schoolId, valid, known.numbers());
        writer.write(schoolId, me, numbered);
        long items = numbered.stream().mapToLong(AssetImportLine::quantity).sum();
        BigDecimal value = numbered.stream().map(AssetImportLine::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        audit.changedIn(schoolId, "assets", "asset", null, "IMPORT", null,
                Map.of("cards", numbered.size(), "items", items, "value", value, "skippedRows", rows.size() - numbered.size()));
        written[0] = true;
        return new Outcome(new ImportReport(rows.size(), numbered.size(), errors, true), numbered.size(), items, value);
    }

    /** Error reports of earlier runs of this upload (kept for a day). */
    java.util.Optional<byte[]> report(long schoolId, CurrentUser me, UUID id) {
        return uploads.report(schoolId, me.userId(), id);
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

    private byte[] errorReport(List<ImportReport.RowError> errors, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelExport.write(out, text("assetImport.report.sheet", locale), List.of(
                new ExcelColumn<>(text("import.row", locale), ImportReport.RowError::row),
                new ExcelColumn<>(text("import.column", locale), ImportReport.RowError::column),
                new ExcelColumn<>(text("import.problem", locale), ImportReport.RowError::message)), errors);
        return out.toByteArray();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
