package org.houqin.warehouse.distribution;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.houqin.platform.web.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/** 退回入库: the copies a class brings back, on which day, who brought them and why. */
public class ReturnForm extends ClassListForm {

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate returnedOn;
    @NotBlank(message = "{validation.required}")
    @Size(max = 40, message = "{validation.tooLong}")
    private String returnedBy;
    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String reason;

    public LocalDate getReturnedOn() {
        return returnedOn;
    }

    public void setReturnedOn(LocalDate returnedOn) {
        this.returnedOn = returnedOn;
    }

    public String getReturnedBy() {
        return returnedBy;
    }

    public void setReturnedBy(String returnedBy) {
        this.returnedBy = clean(returnedBy);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = clean(reason);
    }
}
