package org.houqin.platform.imports;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.houqin.platform.web.RuleViolation;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Stands between the XML parser and POI's {@link XSSFSheetXMLHandler}: it sees each cell before POI formats it, so
 * it refuses a cell that is too long while its text is still arriving, notes formulas (whose cached value is never
 * used), checks the column, and hands whole non-blank rows on. Without POI's handler behind it, it only measures
 * the sheet: the quick first pass that needs no shared strings.
 */
final class SheetCells extends DefaultHandler implements XSSFSheetXMLHandler.SheetContentsHandler {

    private final ImportLimits limits;
    private final Consumer<SheetRow> rows;
    private DefaultHandler poi;
    private int rowNumber;
    private int column;
    private List<String> cells = new ArrayList<>();
    private BitSet formulas = new BitSet();
    private final StringBuilder formula = new StringBuilder();
    private boolean inValue;
    private boolean inFormula;
    private boolean isFormula;
    private boolean hasText;
    private int chars;
    private String value;

    SheetCells(ImportLimits limits, Consumer<SheetRow> rows) {
        this.limits = limits;
        this.rows = rows;
    }

    /** Puts POI's handler behind this one; it formats values and calls {@link #cell} back. */
    SheetCells formattedBy(DefaultHandler handler) {
        this.poi = handler;
        return this;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (localName) {
            case "row" -> startRow(attributes.getValue("r"));
            case "c" -> startCell(attributes.getValue("r"));
            case "f" -> {
                inFormula = true;
                isFormula = true;
            }
            case "v", "t" -> inValue = true;
            default -> { }
        }
        if (poi != null) {
            poi.startElement(uri, localName, qName, attributes);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (inValue || inFormula) {
            chars += length;
            if (chars > limits.cellChars()) {
                throw RuleViolation.of("import.limit.cell", reference(), limits.cellChars());
            }
            if (inFormula) {
                formula.append(ch, start, length);
            } else if (!hasText && !new String(ch, start, length).isBlank()) {
                hasText = true;
            }
        }
        if (poi != null) {
            poi.characters(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (poi != null) {
            poi.endElement(uri, localName, qName);
        }
        switch (localName) {
            case "f" -> inFormula = false;
            case "v", "t" -> inValue = false;
            case "c" -> endCell();
            case "row" -> endRow();
            default -> { }
        }
    }

    /** POI's formatted value of the cell being read. */
    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
        value = formattedValue;
    }

    @Override
    public void startRow(int index) {
        // rows are followed from the XML itself
    }

    @Override
    public void endRow(int index) {
        // rows are followed from the XML itself
    }

    private void startRow(String r) {
        rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
        column = -1;
        cells = new ArrayList<>();
        formulas = new BitSet();
    }

    private void startCell(String r) {
        column = r == null ? column + 1 : new CellReference(r).getCol();
        isFormula = false;
        hasText = false;
        chars = 0;
        value = null;
        formula.setLength(0);
    }

    private void endCell() {
        String text = isFormula ? formula.toString() : poi != null ? (value == null ? "" : value) : hasText ? "?" : "";
        if (!isFormula && text.isBlank()) {
            return;
        }
        if (column >= limits.columns()) {
            throw RuleViolation.of("import.limit.columns", limits.columns(), reference());
        }
        if (text.length() > limits.cellChars()) {
            throw RuleViolation.of("import.limit.cell", reference(), limits.cellChars());
        }
        while (cells.size() <= column) {
            cells.add("");
        }
        cells.set(column, text);
        formulas.set(column, isFormula);
    }

    private void endRow() {
        SheetRow row = new SheetRow(rowNumber, cells, formulas);
        if (!row.blank()) {
            rows.accept(row);
        }
    }

    private String reference() {
        return new CellReference(rowNumber - 1, Math.max(column, 0)).formatAsString(false);
    }
}
