package org.houqin.assets.register;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.houqin.assets.AssetStatus;
import org.houqin.assets.FundingSource;
import org.houqin.assets.depreciation.Depreciation;
import org.houqin.platform.web.Texts;

/**
 * An asset card over JSON: its facts, its value and depreciation this month, where it is and who holds it (ids and
 * names), its status (with its text in the caller's language) and the version a write sends back.
 */
record AssetJson(long id, String number, String name, long categoryId, String categoryCode, String categoryName,
                 String model, String brand, String serialNo, String supplier, LocalDate purchasedOn, int quantity,
                 BigDecimal unitValue, BigDecimal value, BigDecimal accumulatedDepreciation, BigDecimal netValue,
                 FundingSource fundingSource, String fundingSourceLabel, Integer usefulLifeMonths, AssetStatus status,
                 String statusLabel, String borrower,
                 Long roomId, String roomName, Long departmentId, String departmentName, Long classId,
                 String className, Long custodianStaffId, String custodianName, LocalDate warrantyUntil,
                 BigDecimal powerKw, String note, LocalDate disposedOn, Instant createdAt, int version) {

    static AssetJson of(AssetRow a, Locations.Names names, YearMonth month, Depreciation.StartRule rule, Texts texts) {
        Depreciation.Figures figures = a.figures(month, rule);
        return new AssetJson(a.id(), a.number(), a.name(), a.categoryId(), a.categoryCode(), a.categoryName(),
                a.model(), a.brand(), a.serialNo(), a.supplier(), a.purchasedOn(), a.quantity(), a.unitValue(),
                a.value(), figures.accumulated(), figures.net(), a.fundingSource(), texts.label(a.fundingSource()),
                a.usefulLifeMonths(), a.status(), texts.label(a.status()),
                a.borrower(), a.roomId(), names.room(a.roomId()), a.departmentId(), names.department(a.departmentId()),
                a.classId(), names.schoolClass(a.classId()), a.custodianStaffId(), names.person(a.custodianStaffId()),
                a.warrantyUntil(), a.powerKw(), a.note(), a.disposedOn(), a.createdAt(), a.version());
    }
}
