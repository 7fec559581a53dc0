package org.houqin.assets.stocktake;

import java.math.BigDecimal;
import java.time.Instant;

public record ItemRow(long id, long assetId, String number, String name, String model, int quantity,
                      BigDecimal value, Long expectedRoomId, CountResult result, Long foundRoomId,
                      Instant scannedAt, String scannedByName) {
}
