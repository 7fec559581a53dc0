package org.houqin.safety.letter;

import org.houqin.platform.web.Labelled;

/** A letter waits for its signature, then is signed on a phone or received on paper, and stays so. */
public enum LetterStatus implements Labelled {
    PENDING, SIGNED, PAPER;

    public boolean collected() {
        return this != PENDING;
    }

    public String badge() {
        return switch (this) {
            case PENDING -> "text-bg-warning";
            case SIGNED -> "text-bg-success";
            case PAPER -> "text-bg-info";
        };
    }

    @Override
    public String messageKey() {
        return "letter.status." + name();
    }
}
