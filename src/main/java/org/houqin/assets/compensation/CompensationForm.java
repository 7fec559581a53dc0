package org.houqin.assets.compensation;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.houqin.platform.api.VersionedBody;
import org.houqin.platform.document.DocumentForm;
import org.houqin.platform.web.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * 核定赔偿: who is responsible (a class, a student of it, or a member of staff), what was damaged, and the amount by
 * the rule. The same form opens a case the office enters itself.
 */
public class CompensationForm extends DocumentForm implements VersionedBody {

    private Long classId;
    @Size(max = 40, message = "{validation.tooLong}")
    private String studentName;
    private Long staffId;
    @Size(max = 24, message = "{validation.tooLong}")
    private String assetNumber;
    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.tooLong}")
    private String description;
    @NotNull(message = "{validation.required}")
    private CompensationRule.Basis basis = CompensationRule.Basis.REPAIR_COST;
    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "0", message = "{validation.range}")
    @DecimalMax(value = "999999999", message = "{validation.range}")
    @Digits(integer = 9, fraction = 2, message = "{validation.decimals2}")
    private BigDecimal baseAmount;
    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "0.01", message = "{validation.range}")
    @DecimalMax(value = "100", message = "{validation.range}")
    @Digits(integer = 3, fraction = 2, message = "{validation.decimals2}")
    private BigDecimal share;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate dueOn;
    private int version;

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public String getStudentName() {
        return studentName;
    }

    public void setStudentName(String studentName) {
        this.studentName = clean(studentName);
    }

    public Long getStaffId() {
        return staffId;
    }

    public void setStaffId(Long staffId) {
        this.staffId = staffId;
    }

    public String getAssetNumber() {
        return assetNumber;
    }

    public void setAssetNumber(String assetNumber) {
        this.assetNumber = assetNumber == null || assetNumber.isBlank() ? null : assetNumber.strip().toUpperCase();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = clean(description);
    }

    public CompensationRule.Basis getBasis() {
        return basis;
    }

    public void setBasis(CompensationRule.Basis basis) {
        this.basis = basis;
    }

    public BigDecimal getBaseAmount() {
        return baseAmount;
    }

    public void setBaseAmount(BigDecimal baseAmount) {
        this.baseAmount = baseAmount;
    }

    public BigDecimal getShare() {
        return share;
    }

    public void setShare(BigDecimal share) {
        this.share = share;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
