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
        String[] lines = cmap.split("\n", -1);
        int count = cmap.endsWith("\n") ? lines.length - 1 : lines.length;
        for (int i = 0; i < count; i++) {
            String line = lines[i];
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

    /**
     * CJK Radicals Supplement forms that are simplified characters but have no NFKC mapping, with the character they
     * stand for (Unicode's EquivalentUnifiedIdeograph data): 长 in 校长室 would otherwise copy as ⻓.
     */
    private static final java.util.Map<Integer, Integer> SUPPLEMENT = java.util.Map.ofEntries(
            java.util.Map.entry(0x2EA0, 0x6C11), java.util.Map.entry(0x2EA9, 0x738B), java.util.Map.entry(0x2EBC, 0x6708),
            java.util.Map.entry(0x2EC4, 0x897F), java.util.Map.entry(0x2EC5, 0x89C1), java.util.Map.entry(0x2EC6, 0x89D2),
            java.util.Map.entry(0x2EC9, 0x8D1D), java.util.Map.entry(0x2ECB, 0x8F66), java.util.Map.entry(0x2ED3, 0x957F),
            java.util.Map.entry(0x2ED4, 0x95E8), java.util.Map.entry(0x2ED7, 0x96E8), java.util.Map.entry(0x2ED8, 0x9752),
            java.util.Map.entry(0x2ED9, 0x97E6), java.util.Map.entry(0x2EDA, 0x9875), java.util.Map.entry(0x2EDC, 0x98DE),
            java.util.Map.entry(0x2EDD, 0x98DF), java.util.Map.entry(0x2EE2, 0x9A6C), java.util.Map.entry(0x2EE3, 0x98CE),
            java.util.Map.entry(0x2EE5, 0x9C7C), java.util.Map.entry(0x2EE6, 0x9E1F), java.util.Map.entry(0x2EE8, 0x9EA6),
            java.util.Map.entry(0x2EE9, 0x9EC4), java.util.Map.entry(0x2EEC, 0x9F50), java.util.Map.entry(0x2EEE, 0x9F7F),
            java.util.Map.entry(0x2EF0, 0x9F99), java.util.Map.entry(0x2E9F, 0x6BCD), java.util.Map.entry(0x2EF3, 0x9F9F));

    private static int plain(int codePoint) {
        if (!isRadical(codePoint)) {
            return codePoint;
        }
        if (SUPPLEMENT.containsKey(codePoint)) {
            return SUPPLEMENT.get(codePoint);
        }
        String normal = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC);
        return normal.codePointCount(0, normal.length()) == 1 ? normal.codePointAt(0) : codePoint;
    }

    private static String hex(int codePoint) {
        return String.format("%04X", codePoint);
    }
}
