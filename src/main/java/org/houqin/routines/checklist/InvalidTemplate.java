package org.houqin.routines.checklist;

/** A template or one of its items is not well formed; the message names the item, for whoever edits the file. */
public class InvalidTemplate extends IllegalArgumentException {

    public InvalidTemplate(String message) {
        super(message);
    }

    public InvalidTemplate(String message, Throwable cause) {
        super(message, cause);
    }
}
