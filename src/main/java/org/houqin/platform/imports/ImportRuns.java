package org.houqin.platform.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.houqin.platform.imports.UploadStore.Upload;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

/**
 * The steps every import goes through: an upload kept on disk with its first look (header row, columns, sample,
 * number of rows, every limit checked while reading), then runs that check each row through the module's job and
 * write all rows, none when a row is wrong, or only the valid rows when the user chose that.
 */
@Service
public class ImportRuns {

    private final UploadStore uploads;
    private final UploadLock lock;
    private final ValueStep values;
    private final MessageSource messages;

    ImportRuns(UploadStore uploads, UploadLock lock, ValueStep values, MessageSource messages) {
        this.uploads = uploads;
        this.lock = lock;
        this.values = values;
        this.messages = messages;
    }

    /** Keeps an uploaded file for the next steps, after reading it once within the kind's limits. */
    public UUID upload(ImportKind<?> kind, long schoolId, CurrentUser me, MultipartFile file, Locale locale) {
        if (file.isEmpty() || file.getSize() > kind.limits().uploadBytes()) {
            throw RuleViolation.of("import.limit.upload", kind.limits().uploadMegabytes());
        }
        Upload upload;
        try (var in = file.getInputStream()) {
            upload = uploads.receive(kind.name(), schoolId, me.userId(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            SheetPreview preview = new SheetPreview(kind.limits(), row -> fieldsNamed(kind, row, locale));
            SheetReader.read(upload.file(".xlsx"), kind.limits(), preview);
            uploads.keep(upload, preview.preview());
            return upload.id();
        } catch (RuntimeException e) {
            uploads.discard(upload);
            throw e;
        }
    }

    public ImportPreview preview(ImportKind<?> kind, long schoolId, CurrentUser me, UUID id) {
        return uploads.preview(uploads.of(kind.name(), schoolId, me.userId(), id))
                .orElseThrow(() -> new NotFoundException("import", id));
    }

    /** Reads the header again where the user says it is (one row or two), for the mapping page. */
    public ImportPreview reheader(ImportKind<?> kind, long schoolId, CurrentUser me, UUID id, int row, boolean twoRows,
                                  Locale locale) {
        Upload upload = uploads.of(kind.name(), schoolId, me.userId(), id);
        Path file = uploads.sheet(upload).orElseThrow(() -> new NotFoundException("import", id));
        SheetPreview preview = new SheetPreview(kind.limits(), r -> fieldsNamed(kind, r, locale), row, twoRows);
        SheetReader.read(file, kind.limits(), preview);
        uploads.keep(upload, preview.preview());
        return preview.preview();
    }

    /**
     * The values of the mapped lookup fields that no record names exactly, with the answers given so far (the
     * values page's, then the school's remembered ones).
     */
    public ValueReview review(ImportKind<?> kind, long schoolId, CurrentUser me, UUID id, ImportMapping mapping,
                       Map<String, String> params, Locale locale) {
        Upload upload = uploads.of(kind.name(), schoolId, me.userId(), id);
        Path file = uploads.sheet(upload).orElseThrow(() -> new NotFoundException("import", id));
        return values.review(kind, schoolId, me, file, preview(kind, schoolId, me, id), mapping, params, locale);
    }

    /** The mapping that the sheet's headers suggest. */
    public ImportMapping guess(ImportKind<?> kind, ImportPreview preview, Locale locale) {
        return ImportMapping.guess(preview.headers(), kind.fields(), f -> label(f, locale));
    }

    /**
     * Checks every row and writes: all of them when all are right, only the right ones when {@code validOnly},
     * else nothing. The run holds the upload's lock (a second click finds it busy, a crash releases it), and the
     * upload is dropped once written; the problems stay downloadable for the day.
     */
    @Transactional
    public <L> ImportReport run(ImportKind<L> kind, long schoolId, CurrentUser me, UUID id, ImportMapping mapping,
                                boolean validOnly, Locale locale) {
        return run(kind, schoolId, me, id, mapping, ValueReview.NONE, validOnly, locale);
    }

    /**
     * The same, with the answers of the values page: the records the user asked to create are created first, in
     * the run's transaction, and go again with it when nothing is written; the answers are remembered when it is.
     */
    @Transactional
    public <L> ImportReport run(ImportKind<L> kind, long schoolId, CurrentUser me, UUID id, ImportMapping mapping,
                                ValueReview review, boolean validOnly, Locale locale) {
        Upload upload = uploads.of(kind.name(), schoolId, me.userId(), id);
        ImportPreview preview = preview(kind, schoolId, me, id);
        if (!lock.take(id)) {
            throw RuleViolation.of("import.error.running");
        }
        Path file = uploads.sheet(upload).orElseThrow(() -> new NotFoundException("import", id));
        Map<String, ValueLookup> lookups = ValueStep.mapped(kind, schoolId, me, mapping);
        Map<String, Map<String, ValueChoice>> answers = ValueAnswers.created(lookups, review.answers());
        ImportKind.ImportJob<L> job = kind.start(schoolId, me, mapping);
        RowChecker<L> checks = new RowChecker<>(kind, job, preview, mapping, ValueAnswers.resolvers(lookups, answers),
                messages, locale);
        SheetReader.read(file, kind.limits(), checks);
        List<ImportReport.RowError> errors = checks.errors();
        if (!errors.isEmpty() || !checks.notes().isEmpty()) {
            uploads.storeReport(upload, RowReport.workbook(preview, errors, checks.notes(), messages, locale));
        }
        if ((!errors.isEmpty() && !validOnly) || checks.valid().isEmpty()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new ImportReport(checks.rows(), 0, errors, checks.notes(), false, null);
        }
        ImportKind.ImportSummary summary = job.write(checks.valid(), checks.rows());
        values.remember(schoolId, me.userId(), answers);
        written(upload);
        return new ImportReport(checks.rows(), checks.valid().size(), errors, checks.notes(), true, summary == null
                ? null : messages.getMessage(summary.messageKey(), summary.args(), summary.messageKey(), locale));
    }

    /**
     * Sets the upload aside while the lock is held: it goes once the rows are committed and comes back when they are
     * rolled back; when the outcome is unknown it stays aside rather than risk writing the rows twice.
     */
    private void written(Upload upload) {
        uploads.written(upload);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    uploads.drop(upload);
                } else if (status == STATUS_ROLLED_BACK) {
                    uploads.restore(upload);
                }
            }
        });
    }

    /** The problems of the last run of an upload, as a workbook (kept for a day). */
    public Optional<byte[]> report(ImportKind<?> kind, long schoolId, CurrentUser me, UUID id) {
        return uploads.report(uploads.of(kind.name(), schoolId, me.userId(), id));
    }

    String label(ImportField field, Locale locale) {
        return messages.getMessage(field.labelKey(), null, field.key(), locale);
    }

    private int fieldsNamed(ImportKind<?> kind, SheetRow row, Locale locale) {
        return (int) kind.fields().stream().filter(f -> row.cells().stream()
                .anyMatch(cell -> f.matches(cell, label(f, locale)))).count();
    }

}
