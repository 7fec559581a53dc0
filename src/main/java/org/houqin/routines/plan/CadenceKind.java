package org.houqin.routines.plan;

import org.houqin.platform.web.Labelled;

/** The kinds of cadence a schedule's form offers, each with its own parameters. */
public enum CadenceKind implements Labelled {
    PER_MEAL, DAILY, WEEKDAYS, WEEKLY, MONTHLY, SEMESTER_WEEKS, BEFORE_HOLIDAYS, ONCE;

    @Override
    public String messageKey() {
        return "routine.cadenceKind." + name();
    }
}
