package org.houqin.platform.settings;

import java.text.Normalizer;
import java.util.List;

/**
 * What kind of value a setting holds and its allowed range; reads a value from text (a form field, a JSON value, the
 * stored row) and writes it back in one canonical form, the one stored and compared.
 */
public sealed interface SettingType<T> permits IntegerType, DecimalType, FlagType, ChoiceType, TextType {

    /** {@code integer}, {@code decimal}, {@code boolean}, {@code choice} or {@code text}, as the page and API say. */
    String kind();

    /** The value the text stands for, or the rule it breaks. */
    Checked<T> read(String text);

    /** The canonical text of a value. */
    String write(T value);

    /** The smallest allowed value as text, or {@code null} when the type has no range. */
    default String min() {
        return null;
    }

    /** The largest allowed value as text, or {@code null}. */
    default String max() {
        return null;
    }

    /** The most digits after the point a decimal may have, or {@code null} for other types. */
    default Integer fractionDigits() {
        return null;
    }

    /** The most characters a text may have, or {@code null} for other types. */
    default Integer longest() {
        return null;
    }

    /** The allowed values of a choice, in order; empty for other types. */
    default List<String> choices() {
        return List.of();
    }

    /**
     * A number as typed on a Chinese phone or copied from a document: full-width digits and points become ASCII (NFKC),
     * spaces and thousands separators go.
     */
    static String numberText(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replace(",", "");
    }
}
