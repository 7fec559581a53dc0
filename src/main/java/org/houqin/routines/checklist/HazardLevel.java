package org.houqin.routines.checklist;

import org.houqin.platform.web.Labelled;

/** How grave a hazard is (一般/较大/重大): it decides the rectification deadline and whether a room stops. */
public enum HazardLevel implements Labelled {
    GENERAL, MAJOR, SEVERE;

    @Override
    public String messageKey() {
        return "routine.hazardLevel." + name();
    }
}
