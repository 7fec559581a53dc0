package org.houqin.warehouse.distribution;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.houqin.platform.web.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/** 班级签领: how much of each item the class takes now, on which day, who signs for it, and why any is short. */
@Schema(name = "DistributionHandoverForm")
public class HandoverForm extends ClassListForm {

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate issuedOn;
    @NotBlank(message = "{validation.required}")
    @Size(max = 40, message = "{validation.tooLong}")
    private String receiverName;
    @Size(max = 200, message = "{validation.tooLong}")
    private String shortageReason;
    private String signature;

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public String getReceiverName() {
        return receiverName;
    }

    public void setReceiverName(String receiverName) {
        this.receiverName = clean(receiverName);
    }

    public String getShortageReason() {
        return shortageReason;
    }

    public void setShortageReason(String shortageReason) {
        this.shortageReason = clean(shortageReason);
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String signature) {
        this.signature = signature;
    }
}
