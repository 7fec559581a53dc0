package org.houqin.safety.hazard;

import org.houqin.platform.security.CurrentUser;
import org.houqin.safety.SafetyPermissions;

/**
 * What the reader may do with a hazard now, for its page's buttons: the same rules {@link HazardService} keeps, so
 * no button leads to a refusal.
 */
public record HazardActions(boolean assign, boolean rectify, boolean recheck, boolean duplicate, boolean repair,
                            boolean bureau) {

    static HazardActions of(HazardRow h, CurrentUser me) {
        boolean manage = me.can(SafetyPermissions.HAZARD_MANAGE);
        boolean assignee = h.assigneeUserId() != null && h.assigneeUserId() == me.userId();
        boolean rectifying = h.status() == HazardStatus.RECTIFYING;
        boolean notRectifier = h.rectifiedBy() == null || h.rectifiedBy() != me.userId();
        return new HazardActions(
                manage && HazardStatus.FLOW.allows("assign", h.status()),
                rectifying && (assignee || manage),
                me.can(SafetyPermissions.HAZARD_RECHECK) && h.status() == HazardStatus.RECTIFIED && notRectifier,
                manage && HazardStatus.FLOW.allows("duplicate", h.status()),
                h.repairId() == null && h.status().open() && (manage || assignee),
                manage && h.bureauPending());
    }

    public boolean any() {
        return assign || rectify || recheck || duplicate || repair || bureau;
    }
}
