package org.houqin.warehouse.requisition;

/** 审批中, 退回修改, 未通过, 已撤回, 待发放, 部分发放, 已发放, 已结束. */
public enum RequisitionStatus {
    SUBMITTED("text-bg-warning"), RETURNED("text-bg-info"), REJECTED("text-bg-danger"), WITHDRAWN("text-bg-light"),
    APPROVED("text-bg-primary"), PARTIAL("text-bg-primary"), ISSUED("text-bg-success"), CLOSED("text-bg-secondary");

    private final String badge;

    RequisitionStatus(String badge) {
        this.badge = badge;
    }

    public String badge() {
        return badge;
    }

    /** Still to be approved or issued: a shortage matters. */
    public boolean open() {
        return this == SUBMITTED || this == RETURNED || this == APPROVED || this == PARTIAL;
    }

    public String messageKey() {
        return "requisition.status." + name();
    }
}
