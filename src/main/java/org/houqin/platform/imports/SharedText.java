package org.houqin.platform.imports;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.houqin.platform.web.RuleViolation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared-strings part of a workbook read with SAX into one character buffer (no object per text), refused
 * once it holds more texts or characters than the import's limits allow. A text longer than a cell may be is kept
 * one character too long, so that the cell using it is refused with its reference.
 */
final class SharedText extends DefaultHandler implements SharedStrings {

    private final ImportLimits limits;
    private final StringBuilder chars = new StringBuilder();
    private int[] starts = new int[1024];
    private int count;
    private int depthInPhonetic;
    private boolean inText;
    private int current;

    private SharedText(ImportLimits limits) {
        this.limits = limits;
    }

    static SharedStrings read(InputStream part, ImportLimits limits) throws IOException, SAXException,
            ParserConfigurationException {
        SharedText text = new SharedText(limits);
        if (part != null) {
            var reader = XMLHelper.newXMLReader();
            reader.setContentHandler(text);
            reader.parse(new InputSource(part));
        }
        return text;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si" -> begin();
            case "rPh" -> depthInPhonetic++;
            case "t" -> inText = depthInPhonetic == 0;
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "rPh" -> depthInPhonetic--;
            case "t" -> inText = false;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (!inText) {
            return;
        }
        int room = limits.cellChars() + 1 - current;
        int kept = Math.min(room, length);
        if (kept > 0) {
            chars.append(ch, start, kept);
            current += kept;
            if (chars.length() > limits.sharedChars()) {
                throw tooMuch();
            }
        }
    }

    private void begin() {
        if (count == limits.sharedStrings()) {
            throw tooMuch();
        }
        if (count == starts.length) {
            starts = java.util.Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = chars.length();
        current = 0;
    }

    private RuleViolation tooMuch() {
        return RuleViolation.of("import.limit.text", limits.sharedStrings(), limits.rows());
    }

    @Override
    public RichTextString getItemAt(int index) {
        if (index < 0 || index >= count) {
            return new XSSFRichTextString("");
        }
        int end = index + 1 < count ? starts[index + 1] : chars.length();
        return new XSSFRichTextString(chars.substring(starts[index], end));
    }

    @Override
    public int getCount() {
        return count;
    }

    @Override
    public int getUniqueCount() {
        return count;
    }
}
