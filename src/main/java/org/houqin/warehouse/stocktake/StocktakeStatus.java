package org.houqin.warehouse.stocktake;

/** 盘点中, 待审批, 退回重盘, 已过账, 未通过, 已作废. */
public enum StocktakeStatus {
    COUNTING("text-bg-primary"), SUBMITTED("text-bg-warning"), RETURNED("text-bg-info"), POSTED("text-bg-success"),
    REJECTED("text-bg-danger"), CANCELLED("text-bg-light");

    private final String badge;

    StocktakeStatus(String badge) {
        this.badge = badge;
    }

    public String badge() {
        return badge;
    }

    public String messageKey() {
        return "stocktake.status." + name();
    }

    public boolean counting() {
        return this == COUNTING || this == RETURNED;
    }
}
