package org.houqin.assets.imports;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.houqin.assets.AssetStatus;
import org.houqin.assets.FundingSource;

/** One checked row of an imported register, ready to become a card ({@code number} null: to be numbered). */
record AssetImportLine(int row, String number, String name, long categoryId, String model, String brand,
                       String serialNo, String supplier, LocalDate purchasedOn, int quantity, BigDecimal unitValue,
                       FundingSource fundingSource, Integer usefulLifeMonths, Long roomId, Long departmentId,
                       Long custodianStaffId, AssetStatus status, LocalDate warrantyUntil, BigDecimal powerKw,
                       String note) {

    BigDecimal value() {
        return unitValue.multiply(BigDecimal.valueOf(quantity));
    }

    AssetImportLine numbered(String assigned) {
        return new AssetImportLine(row, assigned, name, categoryId, model, brand, serialNo, supplier, purchasedOn,
                quantity, unitValue, fundingSource, usefulLifeMonths, roomId, departmentId, custodianStaffId, status,
                warrantyUntil, powerKw, note);
    }
}
