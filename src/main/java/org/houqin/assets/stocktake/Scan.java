package org.houqin.assets.stocktake;

/** What one scan did, for the message under the scan field, and the question the page asks next, if any. */
public record Scan(String messageKey, Object[] args, Long roomId, boolean good, Prompt prompt) {

    /**
     * A question before a card counts: which room is right ({@code elsewhere}, the room it was counted in), or how
     * many of a batch card were seen ({@code batchOf}, the card's quantity; {@code moveHere} carries the answer to
     * the first question). It travels as a flash attribute, kept with the session in the database.
     */
    public record Prompt(String code, String elsewhere, Integer batchOf, boolean moveHere)
            implements java.io.Serializable {
    }

    public Scan(String messageKey, Object[] args, Long roomId, boolean good) {
        this(messageKey, args, roomId, good, null);
    }
}
