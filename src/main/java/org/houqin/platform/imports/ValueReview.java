package org.houqin.platform.imports;

import java.util.List;
import java.util.Map;

/**
 * The values of a file that named no record exactly, with the answers known so far; {@code answered} when every one
 * has an answer the user gave (on the values page now, or in an earlier import).
 *
 * @param answers by lookup name and value
 */
public record ValueReview(List<ValueQuestion> questions, boolean answered, Map<String, Map<String, ValueChoice>> answers) {

    static final ValueReview NONE = new ValueReview(List.of(), true, Map.of());
}
