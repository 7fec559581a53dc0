package org.houqin.assets.register;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.houqin.assets.AssetStatus;
import org.houqin.assets.FundingSource;
import org.houqin.assets.depreciation.Depreciation;

/** An asset card as the register reads it: its facts, where it is, its status, its value and depreciation. */
public record AssetRow(long id, String number, String name, long categoryId, String categoryCode, String categoryName,
                       String model, String brand, String serialNo, String supplier, LocalDate purchasedOn,
                       int quantity, BigDecimal unitValue, FundingSource fundingSource, Integer usefulLifeMonths,
                       Long roomId, Long departmentId, Long classId, Long custodianStaffId, AssetStatus status,
                       String borrower, LocalDate warrantyUntil, BigDecimal powerKw, String note, String qrToken,
                       Long splitFromId, LocalDate disposedOn, Instant createdAt, int version) {

    public BigDecimal value() {
        return unitValue.multiply(BigDecimal.valueOf(quantity));
    }

    public Depreciation.Figures figures(YearMonth month, Depreciation.StartRule rule) {
        return Depreciation.asOf(value(), usefulLifeMonths, purchasedOn, disposedOn, month, rule);
    }

    public boolean open() {
        return status != AssetStatus.DISPOSED;
    }

    public Whereabouts whereabouts() {
        return new Whereabouts(roomId, departmentId, classId, custodianStaffId);
    }
}
