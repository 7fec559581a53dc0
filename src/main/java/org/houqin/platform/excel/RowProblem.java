package org.houqin.platform.excel;

/** What is wrong with one cell of an imported row, as a message key. */
public class RowProblem extends RuntimeException {

    private final String column;
    private final String messageKey;
    private final transient Object[] args;

    public RowProblem(String column, String messageKey, Object... args) {
        super(messageKey);
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
