package org.houqin.assets.register;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.houqin.assets.FundingSource;
import org.houqin.platform.api.VersionedBody;
import org.houqin.platform.document.DocumentForm;
import org.houqin.platform.web.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * 资产卡片 form. Where the card is and who holds it are set here only when registering; afterwards they change through
 * a handover, so that every move is signed and in the history.
 */
public class AssetForm extends DocumentForm implements VersionedBody {

    @NotBlank(message = "{validation.required}")
    @Size(max = 60, message = "{validation.tooLong}")
    private String name;
    @NotNull(message = "{validation.required}")
    private Long categoryId;
    @Size(max = 60, message = "{validation.tooLong}")
    private String model;
    @Size(max = 40, message = "{validation.tooLong}")
    private String brand;
    @Size(max = 60, message = "{validation.tooLong}")
    private String serialNo;
    @Size(max = 60, message = "{validation.tooLong}")
    private String supplier;
    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate purchasedOn;
    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{validation.range}")
    @Max(value = 100000, message = "{validation.range}")
    private Integer quantity = 1;
    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "0", message = "{validation.range}")
    @DecimalMax(value = "999999999999", message = "{validation.range}")
    @Digits(integer = 12, fraction = 2, message = "{validation.decimals2}")
    private BigDecimal unitValue;
    @NotNull(message = "{validation.required}")
    private FundingSource fundingSource = FundingSource.FISCAL;
    @Min(value = 1, message = "{validation.range}")
    @Max(value = 100, message = "{validation.range}")
    private Integer lifeYears;
    private Long roomId;
    private Long departmentId;
    private Long classId;
    private Long custodianStaffId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate warrantyUntil;
    @DecimalMin(value = "0", message = "{validation.range}")
    @DecimalMax(value = "9999", message = "{validation.range}")
    @Digits(integer = 4, fraction = 2, message = "{validation.range}")
    private BigDecimal powerKw;
    @Size(max = 300, message = "{validation.tooLong}")
    private String note;
    private int version;

    static AssetForm of(AssetRow a) {
        AssetForm form = new AssetForm();
        form.name = a.name();
        form.categoryId = a.categoryId();
        form.model = a.model();
        form.brand = a.brand();
        form.serialNo = a.serialNo();
        form.supplier = a.supplier();
        form.purchasedOn = a.purchasedOn();
        form.quantity = a.quantity();
        form.unitValue = a.unitValue();
        form.fundingSource = a.fundingSource();
        form.lifeYears = a.usefulLifeMonths() == null ? null : Math.max(1, a.usefulLifeMonths() / 12);
        form.roomId = a.roomId();
        form.departmentId = a.departmentId();
        form.classId = a.classId();
        form.custodianStaffId = a.custodianStaffId();
        form.warrantyUntil = a.warrantyUntil();
        form.powerKw = a.powerKw();
        form.note = a.note();
        form.version = a.version();
        return form;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = clean(name);
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = clean(model);
    }

    public String getBrand() {
        return brand;
    }

    public void setBrand(String brand) {
        this.brand = clean(brand);
    }

    public String getSerialNo() {
        return serialNo;
    }

    public void setSerialNo(String serialNo) {
        this.serialNo = clean(serialNo);
    }

    public String getSupplier() {
        return supplier;
    }

    public void setSupplier(String supplier) {
        this.supplier = clean(supplier);
    }

    public LocalDate getPurchasedOn() {
        return purchasedOn;
    }

    public void setPurchasedOn(LocalDate purchasedOn) {
        this.purchasedOn = purchasedOn;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getUnitValue() {
        return unitValue;
    }

    public void setUnitValue(BigDecimal unitValue) {
        this.unitValue = unitValue;
    }

    public FundingSource getFundingSource() {
        return fundingSource;
    }

    public void setFundingSource(FundingSource fundingSource) {
        this.fundingSource = fundingSource;
    }

    public Integer getLifeYears() {
        return lifeYears;
    }

    public void setLifeYears(Integer lifeYears) {
        this.lifeYears = lifeYears;
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public Long getCustodianStaffId() {
        return custodianStaffId;
    }

    public void setCustodianStaffId(Long custodianStaffId) {
        this.custodianStaffId = custodianStaffId;
    }

    public LocalDate getWarrantyUntil() {
        return warrantyUntil;
    }

    public void setWarrantyUntil(LocalDate warrantyUntil) {
        this.warrantyUntil = warrantyUntil;
    }

    public BigDecimal getPowerKw() {
        return powerKw;
    }

    public void setPowerKw(BigDecimal powerKw) {
        this.powerKw = powerKw;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = clean(note);
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
