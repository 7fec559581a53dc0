package org.houqin.safety.letter;

import org.houqin.platform.web.Labelled;

/** Whom a letter template is written for; the parents' letter is printed, not signed on a phone. */
public enum LetterRole implements Labelled {
    HEAD_TEACHER, TEACHER, CANTEEN, GUARD, DORM, PARENT;

    /** The parents sign the printed letter's receipt (回执); no account signs it. */
    public boolean printableOnly() {
        return this == PARENT;
    }

    @Override
    public String messageKey() {
        return "letter.role." + name();
    }
}
