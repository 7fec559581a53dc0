package org.houqin.assets.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.houqin.assets.AssetStatus;
import org.houqin.assets.depreciation.Depreciation;

/** The columns of a card the reports need, and nothing more: a report reads thousands of them at once. */
record Card(long categoryId, Long departmentId, Long roomId, AssetStatus status, int quantity, BigDecimal unitValue,
            Integer usefulLifeMonths, LocalDate purchasedOn, LocalDate disposedOn, BigDecimal powerKw) {

    BigDecimal value() {
        return unitValue.multiply(BigDecimal.valueOf(quantity));
    }

    boolean depreciates() {
        return usefulLifeMonths != null && usefulLifeMonths > 0;
    }

    Depreciation.Figures figures(YearMonth month, Depreciation.StartRule rule) {
        return Depreciation.asOf(value(), usefulLifeMonths, purchasedOn, disposedOn, month, rule);
    }

    /** The card's total power: each item's kW times the items; nothing when no power was recorded. */
    BigDecimal totalKw() {
        return powerKw == null ? BigDecimal.ZERO : powerKw.multiply(BigDecimal.valueOf(quantity));
    }
}
