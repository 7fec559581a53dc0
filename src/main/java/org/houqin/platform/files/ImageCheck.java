package org.houqin.platform.files;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides what an upload really is from its bytes, never from its name or the browser's word: JPEG, PNG or HEIC, and
 * nothing that also carries markup a browser could run (a "polyglot" picture with HTML inside).
 */
final class ImageCheck {

    enum Type {
        JPEG("image/jpeg", "jpg"), PNG("image/png", "png"), HEIC("image/heic", "heic");

        final String contentType;
        final String extension;

        Type(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    private static final String[] MARKUP = {"<html", "<script", "<svg", "<iframe", "<body", "<!doctype", "javascript:"};

    private ImageCheck() {
    }

    static Optional<Type> detect(byte[] bytes) {
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Optional.of(Type.JPEG);
        }
        if (bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return Optional.of(Type.PNG);
        }
        if (bytes.length > 12) {
            String box = new String(bytes, 4, 8, StandardCharsets.US_ASCII);
            if (box.equals("ftypheic") || box.equals("ftypheix") || box.equals("ftypmif1") || box.equals("ftypmsf1")) {
                return Optional.of(Type.HEIC);
            }
        }
        return Optional.empty();
    }

    /** True when the bytes hold text a browser would treat as markup or script. */
    static boolean carriesMarkup(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        for (String marker : MARKUP) {
            if (text.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /** The extension a file name must end with for its type (checked as well, so names never mislead). */
    static boolean nameFits(String fileName, Type type) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return switch (type) {
            case JPEG -> lower.endsWith(".jpg") || lower.endsWith(".jpeg");
            case PNG -> lower.endsWith(".png");
            case HEIC -> lower.endsWith(".heic") || lower.endsWith(".heif");
        };
    }
}
