package org.houqin.assets.stocktake;

/**
 * What scanning a listed card in a room does. A card already counted in another room is not moved silently: the team
 * is asked which room is right, and only "it is here" moves it. A batch card (课桌椅 ×44) counts only with the quantity
 * the team saw, from 1 to the card's quantity; fewer is a partial loss (部分盘亏). A card given up as missing counts
 * again when it turns up.
 */
public final class CardScan {

    /** What the scan page does next. */
    public enum Outcome { COUNT, AGAIN, COUNTED_ELSEWHERE, ASK_QUANTITY, QUANTITY_OUT_OF_RANGE }

    /** The outcome, and for {@link Outcome#COUNT} the result and quantity to record (null for a single card). */
    public record Decision(Outcome outcome, CountResult result, Integer counted) {

        static Decision of(Outcome outcome) {
            return new Decision(outcome, null, null);
        }
    }

    /** A listed card as the campaign knows it now. */
    public record Card(int quantity, Long expectedRoomId, CountResult result, Long foundRoomId, Integer counted) {
    }

    private CardScan() {
    }

    /**
     * @param counted   the quantity the team entered for a batch card, or null when not asked yet
     * @param moveHere  the team confirmed that the card is in this room, not where it was counted before
     */
    public static Decision decide(Card card, long roomId, Integer counted, boolean moveHere) {
        boolean countedElsewhere = (card.result() == CountResult.FOUND || card.result() == CountResult.MISPLACED)
                && card.foundRoomId() != null && card.foundRoomId() != roomId;
        if (countedElsewhere && !moveHere) {
            return Decision.of(Outcome.COUNTED_ELSEWHERE);
        }
        Integer quantity = null;
        if (card.quantity() > 1) {
            if (counted == null) {
                return Decision.of(Outcome.ASK_QUANTITY);
            }
            if (counted < 1 || counted > card.quantity()) {
                return Decision.of(Outcome.QUANTITY_OUT_OF_RANGE);
            }
            quantity = counted;
        }
        CountResult result = CountResult.scanned(card.expectedRoomId(), roomId);
        boolean same = result == card.result() && Long.valueOf(roomId).equals(card.foundRoomId())
                && java.util.Objects.equals(quantity, card.counted());
        return same ? Decision.of(Outcome.AGAIN) : new Decision(Outcome.COUNT, result, quantity);
    }
}
