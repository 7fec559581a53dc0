package org.houqin.repairs;

/** 紧急, 影响教学, 一般: decides the order of the board and the time allowed. Declared from the most pressing. */
public enum Priority {
    URGENT, TEACHING, NORMAL;

    public String messageKey() {
        return "repair.priority." + name();
    }

    public String badge() {
        return switch (this) {
            case URGENT -> "text-bg-danger";
            case TEACHING -> "text-bg-warning";
            case NORMAL -> "text-bg-light border";
        };
    }
}
