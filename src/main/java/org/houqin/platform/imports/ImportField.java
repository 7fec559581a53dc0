package org.houqin.platform.imports;

import java.util.List;
import java.util.Locale;

/**
 * A field that a module's import fills. Its key names it in the mapping form ({@code col_KEY}) and in the module's
 * checker; its label (a message key) is the template's header; the synonyms are the headers an office's own
 * spreadsheet tends to give it, so that a sheet kept by hand maps without renaming its columns; the hint (a message
 * key, or null) tells the accepted values on the mapping page. A field that {@code either} column may fill (分类名称
 * or 分类代码, whichever the row has) offers a second column on the mapping page.
 */
public record ImportField(String key, String labelKey, boolean required, List<String> synonyms, String hintKey,
                          boolean either) {

    public static ImportField required(String key, String labelKey, String... synonyms) {
        return new ImportField(key, labelKey, true, List.of(synonyms), null, false);
    }

    public static ImportField optional(String key, String labelKey, String... synonyms) {
        return new ImportField(key, labelKey, false, List.of(synonyms), null, false);
    }

    public ImportField hint(String key) {
        return new ImportField(this.key, labelKey, required, synonyms, key, either);
    }

    /** The field may also take a second column, read where the first is blank. */
    public ImportField orSecondColumn() {
        return new ImportField(key, labelKey, required, synonyms, hintKey, true);
    }

    /** Whether a header names this field, ignoring spaces, asterisks, colons, case and a unit in brackets. */
    boolean matches(String header, String localLabel) {
        String wanted = normal(header);
        if (wanted.isEmpty()) {
            return false;
        }
        if (wanted.equals(normal(localLabel)) || wanted.equals(withoutUnit(normal(localLabel)))) {
            return true;
        }
        for (String synonym : synonyms) {
            String s = normal(synonym);
            if (wanted.equals(s) || withoutUnit(wanted).equals(s) || wanted.equals(withoutUnit(s))) {
                return true;
            }
        }
        return false;
    }

    static String normal(String text) {
        return text == null ? "" : text.replaceAll("[\\s*＊:：]", "").replace('(', '（').replace(')', '）')
                .toLowerCase(Locale.ROOT);
    }

    private static String withoutUnit(String text) {
        return text.replaceAll("（[^（）]*）$", "");
    }
}
