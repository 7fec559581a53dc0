package org.houqin.platform.imports;

/**
 * What is wrong with one cell of an imported row, as a message key; the column is a field key or a header. Thrown
 * for thousands of rows, so it carries no stack trace.
 */
public class RowProblem extends RuntimeException {

    private final String column;
    private final String messageKey;
    private final transient Object[] args;

    public RowProblem(String column, String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.column = column;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String column() {
        return column;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
