package org.houqin.routines.checklist;

import org.houqin.platform.web.Labelled;

/**
 * How one answer was judged. A reading outside its limits is kept and flagged, not refused: the reading is the fact.
 * Only {@link #MISSING} and {@link #INVALID} block the submission.
 */
public enum AnswerState implements Labelled {
    OK, FAILED, OUT_OF_LIMITS, MISSING, INVALID, EMPTY;

    /** Failed, or outside its limits: what the report lists and what raises a hazard if the item says so. */
    public boolean flagged() {
        return this == FAILED || this == OUT_OF_LIMITS;
    }

    public boolean blocks() {
        return this == MISSING || this == INVALID;
    }

    @Override
    public String messageKey() {
        return "routine.answerState." + name();
    }
}
