package org.houqin.assets.disposal;

import org.houqin.platform.document.StatusFlow;

/** Where a disposal request stands: decided through approval; a returned one can only be cancelled and made again. */
public enum DisposalStatus {
    SUBMITTED, RETURNED, REJECTED, APPROVED, CANCELLED;

    static final StatusFlow<DisposalStatus> FLOW = StatusFlow.of("disposal", DisposalStatus.class)
            .step("approve", SUBMITTED, APPROVED)
            .step("reject", SUBMITTED, REJECTED)
            .step("return", SUBMITTED, RETURNED)
            .step("cancel", RETURNED, CANCELLED);

    /** The label's message key, e.g. for the API's {@code …Label} fields. */
    public String messageKey() {
        return "disposal.status." + name();
    }

    public String badge() {
        return switch (this) {
            case SUBMITTED -> "text-bg-warning";
            case RETURNED -> "text-bg-info";
            case REJECTED -> "text-bg-danger";
            case APPROVED -> "text-bg-success";
            case CANCELLED -> "text-bg-light";
        };
    }

    /** Whether the request still ends somewhere: returned it waits for the keeper to cancel it. */
    public boolean finished() {
        return this != SUBMITTED && this != RETURNED;
    }
}
