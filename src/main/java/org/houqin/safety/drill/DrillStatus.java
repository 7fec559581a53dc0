package org.houqin.safety.drill;

import org.houqin.platform.document.StatusFlow;
import org.houqin.platform.web.Labelled;

/** Where a drill stands: 计划中, then 已完成 or 已取消. */
public enum DrillStatus implements Labelled {
    PLANNED, DONE, CANCELLED;

    static final StatusFlow<DrillStatus> FLOW = StatusFlow.of("drill", DrillStatus.class)
            .step("complete", PLANNED, DONE)
            .step("cancel", PLANNED, CANCELLED);

    @Override
    public String messageKey() {
        return "drill.status." + name();
    }

    public String badge() {
        return switch (this) {
            case PLANNED -> "text-bg-warning";
            case DONE -> "text-bg-success";
            case CANCELLED -> "text-bg-secondary";
        };
    }

    /** A cancelled drill is kept as it was; a planned or done one may still be corrected and get problems noted. */
    public boolean editable() {
        return this != CANCELLED;
    }
}
