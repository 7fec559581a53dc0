package org.houqin.platform.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.houqin.platform.web.RuleViolation;

/**
 * The lines a document form posts (items and quantities, asset numbers): the ones filled in, each named once. A
 * form shows empty rows to fill; those stay out. A document needs at least one line.
 */
public final class DocumentLines {

    private DocumentLines() {
    }

    /**
     * The indexes of the filled lines, in order. The same {@code key} twice is refused at the second line's
     * {@code lines[i].<field>}; no filled line at all is refused at the first.
     */
    public static <L> List<Integer> filled(List<L> lines, Predicate<L> filled, Function<L, Object> key, String field,
                                           String twiceKey, String emptyKey) {
        List<Integer> indexes = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            L line = lines.get(i);
            if (line != null && filled.test(line)) {
                if (!seen.add(key.apply(line))) {
                    throw new RuleViolation(field(i, field), twiceKey);
                }
                indexes.add(i);
            }
        }
        if (indexes.isEmpty()) {
            throw new RuleViolation(field(0, field), emptyKey);
        }
        return indexes;
    }

    /** The form field of line {@code index}: {@code lines[2].quantity}. */
    public static String field(int index, String field) {
        return "lines[" + index + "]." + field;
    }
}
