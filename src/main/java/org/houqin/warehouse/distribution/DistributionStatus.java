package org.houqin.warehouse.distribution;

/** 草稿, 发放中, 已结束, 已作废. */
public enum DistributionStatus {
    DRAFT("text-bg-secondary"), ISSUING("text-bg-primary"), CLOSED("text-bg-success"), CANCELLED("text-bg-light");

    private final String badge;

    DistributionStatus(String badge) {
        this.badge = badge;
    }

    public String badge() {
        return badge;
    }

    public String messageKey() {
        return "distribution.status." + name();
    }
}
