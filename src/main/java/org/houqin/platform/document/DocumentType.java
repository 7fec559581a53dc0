package org.houqin.platform.document;

import java.util.regex.Pattern;

/**
 * A kind of numbered document a module keeps (报修单 BX, 报损单 BS, 资产处置 CZ …), declared once as a bean by the
 * module that owns it. Its code is the prefix of its numbers ({@code BS-2026-00001}) and, for documents that go
 * through approval, what the approval module files it under; its page is {@code path + "/" + id}.
 *
 * @param code       2 to 8 capital letters, unique across the application ({@link DocumentTypes} checks at start-up)
 * @param labelKey   the message key of its name, e.g. 报损单
 * @param path       where its pages live, e.g. {@code /warehouse/write-offs}
 * @param approvable whether it is submitted for approval; then its module also declares an approval handler
 */
public record DocumentType(String code, String labelKey, String path, boolean approvable) {

    private static final Pattern CODE = Pattern.compile("[A-Z]{2,8}");

    public DocumentType {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A document type's code is 2 to 8 capital letters: " + code);
        }
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.endsWith("/")) {
            throw new IllegalArgumentException("A document type's path is a local path without a trailing slash: "
                    + path);
        }
    }

    /** A numbered document that needs no approval (入库单, 交接单). */
    public static DocumentType numbered(String code, String labelKey, String path) {
        return new DocumentType(code, labelKey, path, false);
    }

    /** A numbered document decided through the approval module (领用申请, 报损单, 资产处置). */
    public static DocumentType approvable(String code, String labelKey, String path) {
        return new DocumentType(code, labelKey, path, true);
    }

    /** The page of one document of this type. */
    public String link(long id) {
        return path + "/" + id;
    }
}
