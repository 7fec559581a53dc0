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

    /**
     * 品牌型号 as one text: the brand, then the model, without the brand twice when the model already begins with it
     * (registers imported from Excel often write "爱普生 EB-X05" as the model); null when neither is known.
     */
    public String brandAndModel() {
        return brandAndModel(brand, model);
    }

    static String brandAndModel(String brand, String model) {
        String b = brand == null ? "" : brand.strip();
        String m = model == null ? "" : model.strip();
        if (b.isEmpty() || m.toLowerCase(java.util.Locale.ROOT).startsWith(b.toLowerCase(java.util.Locale.ROOT))) {
            return m.isEmpty() ? (b.isEmpty() ? null : b) : m;
        }
        return m.isEmpty() ? b : b + " " + m;
    }

    public boolean open() {
        return status != AssetStatus.DISPOSED;
    }

    public Whereabouts whereabouts() {
        return new Whereabouts(roomId, departmentId, classId, custodianStaffId);
    }
}
