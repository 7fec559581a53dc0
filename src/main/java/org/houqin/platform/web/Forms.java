package org.houqin.platform.web;

import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.validation.BindingResult;

/** Runs a command for a bound form and turns a broken rule into an error at the field it concerns. */
public final class Forms {

    private Forms() {
    }

    /**
     * @return the command's result, or {@code null} when a rule was broken and recorded on {@code errors}
     */
    public static <T> T attempt(BindingResult errors, Supplier<T> command) {
        try {
            return command.get();
        } catch (RuleViolation violation) {
            if (violation.field() != null) {
                errors.rejectValue(violation.field(), violation.messageKey(), violation.args(), null);
            } else {
                errors.reject(violation.messageKey(), violation.args(), null);
            }
            return null;
        }
    }

    /** Turns a unique-constraint failure into the rule a user understands. */
    public static <T> T unique(String field, String messageKey, Supplier<T> write) {
        try {
            return write.get();
        } catch (DuplicateKeyException e) {
            throw new RuleViolation(field, messageKey);
        }
    }
}
