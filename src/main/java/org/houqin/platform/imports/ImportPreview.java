package org.houqin.platform.imports;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The first look at an uploaded sheet, kept beside it between the steps: the row its header is in (the last of two
 * when it spreads over two, from {@code firstHeaderRow}), the non-blank headers in column order with their column,
 * the first data row's text under each, and the number of data rows.
 */
public record ImportPreview(int headerRow, List<String> headers, List<Integer> columns, List<String> sample, int rows,
                            int firstHeaderRow) {

    /** Whether the header spreads over two rows (分类 above 名称 and 代码). */
    public boolean twoRows() {
        return firstHeaderRow < headerRow;
    }

    public String sample(String header) {
        int i = headers.indexOf(header);
        return i < 0 || i >= sample.size() ? "" : sample.get(i);
    }

    /** The column of a header, or -1. */
    int column(String header) {
        int i = headers.indexOf(header);
        return i < 0 ? -1 : columns.get(i);
    }

    byte[] serialize() {
        return (rows + "\n" + headerRow + "\n" + encode(headers) + "\n" + encode(columns.stream().map(String::valueOf)
                .toList()) + "\n" + encode(sample) + "\n" + firstHeaderRow).getBytes(StandardCharsets.UTF_8);
    }

    static ImportPreview deserialize(byte[] bytes) {
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
        return new ImportPreview(Integer.parseInt(lines[1]), decode(lines[2]),
                decode(lines[3]).stream().map(Integer::valueOf).toList(), decode(lines[4]), Integer.parseInt(lines[0]),
                lines.length > 5 ? Integer.parseInt(lines[5]) : Integer.parseInt(lines[1]));
    }

    private static String encode(List<String> values) {
        return String.join("\t", values.stream().map(v -> URLEncoder.encode(v, StandardCharsets.UTF_8)).toList());
    }

    private static List<String> decode(String line) {
        return Arrays.stream(line.split("\t", -1)).map(v -> URLDecoder.decode(v, StandardCharsets.UTF_8)).toList();
    }
}
