package org.houqin.platform.web;

import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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

    /**
     * The post/redirect/get of a form page: when the form is valid and the command keeps every rule, flash "saved" and
     * redirect to the path {@code next} gives for the result; otherwise show the form again with its errors.
     */
    public static <T> String submit(BindingResult errors, RedirectAttributes redirect, Supplier<T> command,
                                    Function<T, String> next, Supplier<String> formAgain) {
        T result = errors.hasErrors() ? null : attempt(errors, command);
        if (result == null) {
            return formAgain.get();
        }
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:" + next.apply(result);
    }

    /** {@link #submit} for a command with no result, such as an update. */
    public static String submit(BindingResult errors, RedirectAttributes redirect, Runnable command, String next,
                                Supplier<String> formAgain) {
        return submit(errors, redirect, () -> {
            command.run();
            return Boolean.TRUE;
        }, done -> next, formAgain);
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
