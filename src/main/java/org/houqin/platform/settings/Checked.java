package org.houqin.platform.settings;

import java.util.List;

/**
 * A value read from text, or the rule the text broke as a message key with its arguments (never the text itself, so
 * a message can be shown or sent back without echoing what was typed).
 */
public record Checked<T>(T value, String problemKey, List<Object> args) {

    public Checked {
        args = List.copyOf(args);
    }

    static <T> Checked<T> ok(T value) {
        return new Checked<>(value, null, List.of());
    }

    static <T> Checked<T> refused(String problemKey, Object... args) {
        return new Checked<>(null, problemKey, List.of(args));
    }

    public boolean valid() {
        return problemKey == null;
    }
}
