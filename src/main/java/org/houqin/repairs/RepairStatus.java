package org.houqin.repairs;

import java.util.EnumSet;
import java.util.Set;

import org.houqin.platform.web.Labelled;

/** Where a repair request stands: 待受理 → 已派工 → 维修中 → 待验收 → 已完成, with the side roads an office knows. */
public enum RepairStatus implements Labelled {
    NEW, ASSIGNED, IN_PROGRESS, ON_HOLD, OUTSOURCED, AWAITING_CHECK, DONE, REJECTED, ESCALATED, CANCELLED;

    /** Still the office's job: counted on the board and for overdue reminders. */
    public static final Set<RepairStatus> OPEN = EnumSet.of(NEW, ASSIGNED, IN_PROGRESS, ON_HOLD, OUTSOURCED, ESCALATED);

    public boolean open() {
        return OPEN.contains(this);
    }

    @Override
    public String messageKey() {
        return "repair.status." + name();
    }

    /** The Bootstrap colour of the status badge. */
    public String badge() {
        return switch (this) {
            case NEW, ESCALATED -> "text-bg-danger";
            case ASSIGNED, IN_PROGRESS, OUTSOURCED -> "text-bg-primary";
            case ON_HOLD -> "text-bg-warning";
            case AWAITING_CHECK -> "text-bg-info";
            case DONE -> "text-bg-success";
            case REJECTED, CANCELLED -> "text-bg-secondary";
        };
    }
}
