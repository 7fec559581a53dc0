package org.houqin.assets.stocktake;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A card listed in a campaign and what the team made of it; a batch card counted with fewer than its quantity has
 * lost the rest (部分盘亏).
 */
public record ItemRow(long id, long assetId, String number, String name, String model, int quantity,
                      BigDecimal value, Long expectedRoomId, CountResult result, Long foundRoomId,
                      Instant scannedAt, String scannedByName, Integer countedQuantity) {

    /** How many of a batch card were not seen; 0 for a single card, or one not counted. */
    public int lost() {
        return countedQuantity == null || result == CountResult.MISSING ? 0 : quantity - countedQuantity;
    }

    /** The lost items' share of the card's value. */
    public BigDecimal lostValue() {
        return quantity == 0 ? BigDecimal.ZERO : value.multiply(BigDecimal.valueOf(lost()))
                .divide(BigDecimal.valueOf(quantity), 2, java.math.RoundingMode.HALF_UP);
    }

    CardScan.Card card() {
        return new CardScan.Card(quantity, expectedRoomId, result, foundRoomId, countedQuantity);
    }
}
