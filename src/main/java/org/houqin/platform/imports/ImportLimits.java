package org.houqin.platform.imports;

/**
 * How much of a spreadsheet an import reads before it refuses the file. Every limit is checked while the file is
 * read, so a file over one is refused at once and in constant memory, never after it has filled the heap.
 *
 * @param rows              data rows below the header
 * @param columns           columns with a value (the 100th is CV)
 * @param cellChars         characters in one cell
 * @param uploadBytes       the uploaded (compressed) file
 * @param uncompressedBytes all parts of the file once unzipped
 */
public record ImportLimits(int rows, int columns, int cellChars, long uploadBytes, long uncompressedBytes) {

    private static final long MB = 1024L * 1024;

    /** What an import reads unless it says otherwise. */
    public static final ImportLimits DEFAULT = new ImportLimits(20_000, 100, 2_000, 10 * MB, 100 * MB);

    /** A part that inflates more than 100 times its compressed size is a zip bomb (POI's own default ratio). */
    static final double MIN_INFLATE_RATIO = 0.01;

    /** Parts other than the sheets and their shared strings (styles, the workbook, relations) stay small. */
    static final long OTHER_PART_BYTES = 10 * MB;

    /** Rows above the header an office's sheet may have: a title, a date, a blank line. */
    static final int TITLE_ROWS = 10;

    public ImportLimits withRows(int max) {
        return new ImportLimits(max, columns, cellChars, uploadBytes, uncompressedBytes);
    }

    /** Distinct texts the shared-strings part may hold: generous for the rows allowed, bounded in memory. */
    int sharedStrings() {
        return rows * 30;
    }

    /** Characters of all those texts together (about 20 MB of heap for the default). */
    long sharedChars() {
        return rows * 500L;
    }

    public long uploadMegabytes() {
        return uploadBytes / MB;
    }

    long uncompressedMegabytes() {
        return uncompressedBytes / MB;
    }
}
