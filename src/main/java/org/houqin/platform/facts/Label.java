package org.houqin.platform.facts;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A name a reader sees: a message key when the code owns the name (a unit, a receipt's source, a fact's label), the
 * text itself when the school wrote it (a repair category, a department, a material), never both.
 */
public record Label(String key, String text) {

    public Label {
        if ((key == null) == (text == null)) {
            throw new IllegalArgumentException("A label is a message key or a text");
        }
    }

    public static Label key(String key) {
        return new Label(key, null);
    }

    public static Label text(String text) {
        return new Label(null, text);
    }

    /** The label in the reader's language; a key without a message shows as itself. */
    public String in(MessageSource messages, Locale locale) {
        return key == null ? text : messages.getMessage(key, null, key, locale);
    }
}
