package org.houqin.assets.stocktake;

/** What a campaign found of a card: 在位 (found where it should be), 位置不符 (found elsewhere), 盘亏 (not found). */
public enum CountResult {
    FOUND, MISPLACED, MISSING;

    /**
     * The result of scanning a card in a room: found if it is the room the register gives (or the card has no room,
     * so wherever it turns up is where it is), else misplaced. A card first given up as missing counts again when it
     * turns up.
     */
    public static CountResult scanned(Long expectedRoomId, long scannedRoomId) {
        return expectedRoomId == null || expectedRoomId == scannedRoomId ? FOUND : MISPLACED;
    }

    /** 账实相符率 in per cent with one decimal: cards found where the register puts them over the cards listed. */
    public static java.math.BigDecimal matchRate(long found, long listed) {
        if (listed == 0) {
            return java.math.BigDecimal.valueOf(100).setScale(1);
        }
        return java.math.BigDecimal.valueOf(found * 100).divide(java.math.BigDecimal.valueOf(listed), 1,
                java.math.RoundingMode.HALF_UP);
    }

    /** The label's message key, e.g. for the API's {@code …Label} fields. */
    public String messageKey() {
        return "assetStocktake.result." + name();
    }
}
