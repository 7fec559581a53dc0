package org.houqin.assets.stocktake;

import java.math.BigDecimal;
import java.time.Instant;

public record ExtraRow(long id, long roomId, String name, String categoryName, int quantity, BigDecimal unitValue,
                       String note, String foundByName, Instant foundAt, Long assetId) {

    public BigDecimal value() {
        return unitValue.multiply(BigDecimal.valueOf(quantity));
    }
}
