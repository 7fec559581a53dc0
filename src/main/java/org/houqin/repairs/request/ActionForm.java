package org.houqin.repairs.request;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.houqin.platform.api.VersionedBody;

/**
 * One step on a request's page: dispatch, outsource, reject, escalate, decide, hold, resume, confirm, reopen,
 * cancel or mark damage. Which fields a step needs is checked by {@link RepairService}; {@code version} is the
 * request's version when the page was opened, so a step taken on a stale page is refused.
 */
public class ActionForm implements VersionedBody {

    private int version;
    @Size(max = 500, message = "{validation.tooLong}")
    private String note;
    private Long workerUserId;
    @Size(max = 100, message = "{validation.tooLong}")
    private String contractor;
    @DecimalMin(value = "0.00", message = "{validation.range}")
    @Digits(integer = 10, fraction = 2, message = "{validation.decimals2}")
    private BigDecimal cost;
    @Min(value = 1, message = "{validation.range}")
    @Max(value = 5, message = "{validation.range}")
    private Integer rating;
    private boolean approve;
    private Long damageClassId;
    private Long damageStaffId;
    /** A PNG data URL drawn on the signature pad (the reporter's, when confirming). */
    @Size(max = 700_000, message = "{validation.tooLong}")
    private String signature;

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = ReportForm.blankToNull(note);
    }

    public Long getWorkerUserId() {
        return workerUserId;
    }

    public void setWorkerUserId(Long workerUserId) {
        this.workerUserId = workerUserId;
    }

    public String getContractor() {
        return contractor;
    }

    public void setContractor(String contractor) {
        this.contractor = ReportForm.blankToNull(contractor);
    }

    public BigDecimal getCost() {
        return cost;
    }

    public void setCost(BigDecimal cost) {
        this.cost = cost;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public boolean isApprove() {
        return approve;
    }

    public void setApprove(boolean approve) {
        this.approve = approve;
    }

    public Long getDamageClassId() {
        return damageClassId;
    }

    public void setDamageClassId(Long damageClassId) {
        this.damageClassId = damageClassId;
    }

    public Long getDamageStaffId() {
        return damageStaffId;
    }

    public void setDamageStaffId(Long damageStaffId) {
        this.damageStaffId = damageStaffId;
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String signature) {
        this.signature = ReportForm.blankToNull(signature);
    }
}
