package org.houqin.platform.imports;

import java.util.List;
import java.util.Map;

import org.houqin.platform.security.CurrentUser;

/**
 * What a module gives the import kit for one of its imports (rooms, staff, asset cards…): its fields, an example
 * row for the template, and a job that checks each row into the module's own line and writes the valid lines.
 * The kit does the rest: upload, header and column mapping, limits, the per-row report, all-or-nothing.
 *
 * @param <L> the module's checked line (a form, a record)
 */
public interface ImportKind<L> {

    /** A short folder-safe name ("rooms"), under which uploads are kept. */
    String name();

    List<ImportField> fields();

    /** The template's example row, in the order of {@link #fields()}. */
    List<String> example();

    default ImportLimits limits() {
        return ImportLimits.DEFAULT;
    }

    /** The fields the mapping still needs; a kind with "one of these two" rules adds them here. */
    default List<ImportField> missing(ImportMapping mapping) {
        return mapping.missing(fields());
    }

    /**
     * The fields whose cells name a record of the school (a room, a category, a person), by field key, with how the
     * kit finds them: the values no record names exactly are asked about on the values page before the run, and the
     * job reads the answer with {@link ImportRow#lookup}. Called once per step, so it may read the records here.
     */
    default Map<String, ValueLookup> lookups(long schoolId, CurrentUser me) {
        return Map.of();
    }

    /** Starts a run for one file; the job may read what it checks against once, here. */
    ImportJob<L> start(long schoolId, CurrentUser me, ImportMapping mapping);

    /** One run of an import. */
    interface ImportJob<L> {

        /**
         * The row as the module's line, or null: a problem is either noted on the row (all of them are reported)
         * or thrown as a {@link RowProblem}. A line of a row with problems is not written.
         */
        L check(ImportRow row);

        /**
         * Saves the valid lines, in the run's transaction, and says what was done for the last page as a message
         * key with its arguments (or null for "N rows imported").
         *
         * @param rows the number of data rows in the file
         */
        ImportSummary write(List<L> lines, int rows);
    }

    /** What the last page says was imported, beyond the count of rows. */
    record ImportSummary(String messageKey, Object... args) {
    }
}
