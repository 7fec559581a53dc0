package org.houqin.warehouse.distribution;

/** A class's hand-over: 待发放, 欠发 (part handed over, the rest owed with a reason), 已发放. */
public enum ClassStatus {
    PENDING("text-bg-warning"), SHORT("text-bg-danger"), ISSUED("text-bg-success");

    private final String badge;

    ClassStatus(String badge) {
        this.badge = badge;
    }

    public String badge() {
        return badge;
    }

    public String messageKey() {
        return "distribution.class.status." + name();
    }
}
