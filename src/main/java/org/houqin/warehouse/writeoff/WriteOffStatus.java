package org.houqin.warehouse.writeoff;

import org.houqin.platform.document.StatusFlow;

/** Where a write-off stands: decided through approval; a returned one can only be cancelled and made again. */
public enum WriteOffStatus {
    SUBMITTED, RETURNED, REJECTED, POSTED, CANCELLED;

    static final StatusFlow<WriteOffStatus> FLOW = StatusFlow.of("writeOff", WriteOffStatus.class)
            .step("approve", SUBMITTED, POSTED)
            .step("reject", SUBMITTED, REJECTED)
            .step("return", SUBMITTED, RETURNED)
            .step("cancel", RETURNED, CANCELLED);

    public String badge() {
        return switch (this) {
            case SUBMITTED -> "text-bg-warning";
            case RETURNED -> "text-bg-info";
            case REJECTED -> "text-bg-danger";
            case POSTED -> "text-bg-success";
            case CANCELLED -> "text-bg-light";
        };
    }

    public String messageKey() {
        return "writeOff.status." + name();
    }

    public boolean finished() {
        return this != SUBMITTED && this != RETURNED;
    }
}
