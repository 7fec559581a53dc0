package org.houqin.platform.web;

/**
 * Typed text without control characters, the same for a form field and a JSON string: PostgreSQL refuses NUL in
 * text, and the others (a bell, an escape, a backspace) are never meant. Tab and line breaks stay, as typed.
 */
final class ControlCharacters {

    private ControlCharacters() {
    }

    static String strip(String text) {
        if (text == null || text.chars().noneMatch(ControlCharacters::unwanted)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.chars().filter(c -> !unwanted(c)).forEach(c -> kept.append((char) c));
        return kept.toString();
    }

    /** C0 and C1 controls and DEL, except tab, line feed and carriage return. */
    private static boolean unwanted(int c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }
}
