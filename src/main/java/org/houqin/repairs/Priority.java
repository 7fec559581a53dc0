package org.houqin.repairs;

import org.houqin.platform.web.Labelled;

/** 紧急, 影响教学, 一般: decides the order of the board and the time allowed. Declared from the most pressing. */
public enum Priority implements Labelled {
    URGENT, TEACHING, NORMAL;

    @Override
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
