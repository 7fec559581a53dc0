package org.houqin.routines.checklist;

import org.houqin.platform.web.Labelled;

/** What a checklist item asks for; the kind decides which settings it has and how its answer is judged. */
public enum ItemKind implements Labelled {
    PASS_FAIL, NUMBER, CHOICE, TEXT, PHOTO, SIGNATURE;

    /** Only an answer that can be wrong can raise a hazard: a text, a photo or a signature cannot fail. */
    public boolean canFail() {
        return this == PASS_FAIL || this == NUMBER || this == CHOICE;
    }

    /** Answered with attachment ids rather than a value. */
    public boolean attached() {
        return this == PHOTO || this == SIGNATURE;
    }

    @Override
    public String messageKey() {
        return "routine.itemKind." + name();
    }
}
