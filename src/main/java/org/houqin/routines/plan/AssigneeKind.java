package org.houqin.routines.plan;

import org.houqin.platform.web.Labelled;

/** Who does a schedule's rounds: anyone with a role, one person, or each room's responsible person. */
public enum AssigneeKind implements Labelled {
    ROLE, USER, ROOM_RESPONSIBLE;

    @Override
    public String messageKey() {
        return "routine.assigneeKind." + name();
    }
}
