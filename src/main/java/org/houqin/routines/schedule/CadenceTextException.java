package org.houqin.routines.schedule;

/** A stored cadence text that does not read as a cadence; the message names the text and what is wrong with it. */
public class CadenceTextException extends IllegalArgumentException {

    private final String text;

    CadenceTextException(String text, String problem, Throwable cause) {
        super("Not a cadence: '" + text + "' (" + problem + ")", cause);
        this.text = text;
    }

    /** The text that was refused. */
    public String text() {
        return text;
    }
}
