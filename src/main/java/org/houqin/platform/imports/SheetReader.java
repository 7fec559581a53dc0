package org.houqin.platform.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.houqin.platform.web.RuleViolation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads the first sheet of an .xlsx file row by row with POI's streaming (SAX) API, never loading the workbook:
 * every part is first inflated once to check the sizes ({@link ZipScan}), then the sheet is measured without its
 * shared strings (rows, columns, cell length), then the shared strings are read within their own bounds, and only
 * then are the rows formatted and handed on. Memory stays the same whatever the file holds. A file over a limit is
 * a {@link RuleViolation} naming the limit, a file that is not a workbook is {@code import.error.unreadable}, and
 * whatever the row consumer throws comes out unchanged.
 */
public final class SheetReader {

    private SheetReader() {
    }

    public static void read(Path file, ImportLimits limits, Consumer<SheetRow> rows) {
        ZipScan.check(file, limits);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            parse(firstSheet(reader), new SheetCells(limits, measured(limits)));
            SharedStrings strings;
            try (InputStream shared = reader.getSharedStringsData()) {
                strings = SharedText.read(shared, limits);
            }
            StylesTable styles = reader.getStylesTable();
            SheetCells cells = new SheetCells(limits, guarded(rows));
            cells.formattedBy(new XSSFSheetXMLHandler(styles == null ? new StylesTable() : styles, strings, cells,
                    new TextDates(date1904(reader)), false));
            parse(firstSheet(reader), cells);
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            throw passedOn(e);
        }
    }

    /** The quick pass counts non-blank rows, allowing for a title above the header. */
    private static Consumer<SheetRow> measured(ImportLimits limits) {
        int[] count = {0};
        return row -> {
            if (++count[0] > limits.rows() + ImportLimits.TITLE_ROWS) {
                throw RuleViolation.of("import.limit.rows", limits.rows());
            }
        };
    }

    private static Consumer<SheetRow> guarded(Consumer<SheetRow> rows) {
        return row -> {
            try {
                rows.accept(row);
            } catch (RuleViolation violation) {
                throw violation;
            } catch (RuntimeException e) {
                throw new RowsFailed(e);
            }
        };
    }

    private static InputStream firstSheet(XSSFReader reader) throws IOException, OpenXML4JException {
        var sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw RuleViolation.of("import.error.empty");
        }
        return sheets.next();
    }

    private static void parse(InputStream sheet, SheetCells handler) throws IOException, SAXException,
            ParserConfigurationException {
        try (sheet) {
            var parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(sheet));
        }
    }

    /** Whether the workbook counts days from 1904 (old Mac Excel) rather than 1900. */
    private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException, SAXException,
            ParserConfigurationException {
        boolean[] found = {false};
        try (InputStream workbook = reader.getWorkbookData()) {
            var parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes a) {
                    String value = "workbookPr".equals(localName) ? a.getValue("date1904") : null;
                    found[0] |= "1".equals(value) || "true".equals(value);
                }
            });
            parser.parse(new InputSource(workbook));
        }
        return found[0];
    }

    /** A limit or the consumer's own exception as thrown, even when the XML parser wrapped it; else unreadable. */
    private static RuntimeException passedOn(Exception e) {
        for (Throwable t = e; t != null; t = t instanceof SAXException sax && sax.getException() != null
                ? sax.getException() : t.getCause()) {
            if (t instanceof RuleViolation violation) {
                return violation;
            }
            if (t instanceof RowsFailed failed) {
                return failed.getCause();
            }
        }
        return RuleViolation.of("import.error.unreadable");
    }

    /** A date cell reads as 2020-05-01 whatever its display format, as the import's date reader expects. */
    private static final class TextDates extends DataFormatter {

        private final boolean date1904;

        TextDates(boolean date1904) {
            super(Locale.ROOT);
            this.date1904 = date1904;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, date1904 || use1904).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }

    /** What the row consumer threw, carried through the XML parser untouched. */
    private static final class RowsFailed extends RuntimeException {

        RowsFailed(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }
}
