package org.houqin.platform.web;

/**
 * A business rule said no (a duplicate code, a transition from the wrong state). Carries a message key for the
 * user and, when the rule concerns one form field, that field's name.
 */
public class RuleViolation extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public RuleViolation(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public static RuleViolation of(String messageKey, Object... args) {
        return new RuleViolation(null, messageKey, args);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
