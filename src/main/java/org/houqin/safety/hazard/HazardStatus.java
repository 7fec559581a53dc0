package org.houqin.safety.hazard;

import java.util.EnumSet;
import java.util.Set;

import org.houqin.platform.document.StatusFlow;
import org.houqin.platform.web.Labelled;

/**
 * Where a hazard stands: 待派发 → 整改中 → 待复查 → 已销号, sent back from 待复查 to 整改中 by a re-inspection. A hazard is
 * never dropped; only a duplicate of another is closed, as 重复, with a reason.
 */
public enum HazardStatus implements Labelled {
    REPORTED, RECTIFYING, RECTIFIED, CLOSED, DUPLICATE;

    static final StatusFlow<HazardStatus> FLOW = StatusFlow.of("hazard", HazardStatus.class)
            .steps("assign", RECTIFYING, REPORTED, RECTIFYING)
            .step("rectify", RECTIFYING, RECTIFIED)
            .step("repaired", RECTIFYING, RECTIFIED)
            .step("pass", RECTIFIED, CLOSED)
            .step("sendBack", RECTIFIED, RECTIFYING)
            .steps("duplicate", DUPLICATE, REPORTED, RECTIFYING);

    /** Not yet closed: counted on the register's open view, the waiting list and the statistics. */
    public static final Set<HazardStatus> OPEN = EnumSet.of(REPORTED, RECTIFYING, RECTIFIED);

    public boolean open() {
        return OPEN.contains(this);
    }

    @Override
    public String messageKey() {
        return "hazard.status." + name();
    }

    public String badge() {
        return switch (this) {
            case REPORTED -> "text-bg-danger";
            case RECTIFYING -> "text-bg-primary";
            case RECTIFIED -> "text-bg-info";
            case CLOSED -> "text-bg-success";
            case DUPLICATE -> "text-bg-secondary";
        };
    }
}
