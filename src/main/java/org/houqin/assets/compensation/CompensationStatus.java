package org.houqin.assets.compensation;

import org.houqin.platform.document.StatusFlow;

/** Where a damage case stands: 待核定, 待缴费 once assessed (it may be assessed again), then 已缴清 or 已减免. */
public enum CompensationStatus {
    PENDING, DUE, PAID, WAIVED;

    static final StatusFlow<CompensationStatus> FLOW = StatusFlow.of("compensation", CompensationStatus.class)
            .steps("assess", DUE, PENDING, DUE)
            .step("pay", DUE, PAID)
            .steps("waive", WAIVED, PENDING, DUE);

    /** The label's message key, e.g. for the API's {@code …Label} fields. */
    public String messageKey() {
        return "compensation.status." + name();
    }

    public String badge() {
        return switch (this) {
            case PENDING -> "text-bg-warning";
            case DUE -> "text-bg-danger";
            case PAID -> "text-bg-success";
            case WAIVED -> "text-bg-secondary";
        };
    }

    public boolean open() {
        return this == PENDING || this == DUE;
    }
}
