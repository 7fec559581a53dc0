package org.houqin.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Noto maps both 自 (U+81EA) and the Kangxi radical ⾃ (U+2F83) to one glyph, and PDFBox writes the lower code point
 * into the ToUnicode map: the page looks right, but copied or searched text turns 自/生/用/黑 into radicals. This
 * rewrites every radical in the maps to its ordinary character (its NFKC form).
 */
final class ToUnicodeRepair {

    private static final Pattern RANGE = Pattern.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]{4})>");
    private static final Pattern CHAR = Pattern.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]{4})>");

    private ToUnicodeRepair() {
    }

    static byte[] repair(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            boolean changed = false;
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                if (resources == null) {
                    continue;
                }
                for (COSName name : resources.getFontNames()) {
                    COSBase font = resources.getCOSObject().getCOSDictionary(COSName.FONT).getDictionaryObject(name);
                    if (font instanceof COSObject object) {
                        font = object.getObject();
                    }
                    if (font instanceof COSDictionary dictionary
                            && dictionary.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream stream) {
                        changed |= rewrite(stream);
                    }
                }
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean rewrite(COSStream stream) throws IOException {
        String cmap;
        try (InputStream in = stream.createInputStream()) {
            cmap = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        String fixed = fixCMap(cmap);
        if (fixed.equals(cmap)) {
            return false;
        }
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(fixed.getBytes(StandardCharsets.ISO_8859_1));
        }
        return true;
    }

    static String fixCMap(String cmap) {
        StringBuilder result = new StringBuilder();
        String section = "";
        List<String> block = new ArrayList<>();
        for (String line : cmap.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.endsWith("beginbfchar") || trimmed.endsWith("beginbfrange")) {
                section = trimmed.endsWith("beginbfchar") ? "char" : "range";
                block.clear();
                continue;
            }
            if (trimmed.equals("endbfchar") || trimmed.equals("endbfrange")) {
                result.append(block.size()).append(' ').append(section.equals("char") ? "beginbfchar" : "beginbfrange")
                        .append('\n');
                block.forEach(entry -> result.append(entry).append('\n'));
                result.append(trimmed).append('\n');
                section = "";
                continue;
            }
            if (section.equals("char")) {
                block.add(fixChar(trimmed));
            } else if (section.equals("range")) {
                block.addAll(fixRange(trimmed));
            } else {
                result.append(line).append('\n');
            }
        }
        if (!cmap.endsWith("\n") && result.length() > 0) {
            result.setLength(result.length() - 1);
        }
        return result.toString();
    }

    private static String fixChar(String entry) {
        Matcher m = CHAR.matcher(entry);
        if (!m.matches()) {
            return entry;
        }
        return "<" + m.group(1) + "> <" + hex(plain(Integer.parseInt(m.group(2), 16))) + ">";
    }

    private static List<String> fixRange(String entry) {
        Matcher m = RANGE.matcher(entry);
        if (!m.matches()) {
            return List.of(entry);
        }
        int low = Integer.parseInt(m.group(1), 16);
        int high = Integer.parseInt(m.group(2), 16);
        int first = Integer.parseInt(m.group(3), 16);
        boolean touches = false;
        for (int i = 0; i <= high - low; i++) {
            touches |= isRadical(first + i);
        }
        if (!touches) {
            return List.of(entry);
        }
        int width = m.group(1).length();
        List<String> single = new ArrayList<>();
        for (int i = 0; i <= high - low; i++) {
            String code = String.format("%0" + width + "X", low + i);
            single.add("<" + code + "> <" + code + "> <" + hex(plain(first + i)) + ">");
        }
        return single;
    }

    private static boolean isRadical(int codePoint) {
        return codePoint >= 0x2E80 && codePoint <= 0x2FDF;
    }

    private static int plain(int codePoint) {
        if (!isRadical(codePoint)) {
            return codePoint;
        }
        String normal = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC);
        return normal.codePointCount(0, normal.length()) == 1 ? normal.codePointAt(0) : codePoint;
    }

    private static String hex(int codePoint) {
        return String.format("%04X", codePoint);
    }
}
