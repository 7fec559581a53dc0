package org.houqin.warehouse.distribution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** 退回入库: the copies a class brings back, on which day, who brought them and why. */
public class ReturnForm {

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate returnedOn;
    @NotBlank(message = "{validation.required}")
    @Size(max = 40, message = "{validation.tooLong}")
    private String returnedBy;
    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String reason;
    private int version;
    @Valid
    private List<ClassLineQuantity> lines = new ArrayList<>();

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

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

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public List<ClassLineQuantity> getLines() {
        return lines;
    }

    public void setLines(List<ClassLineQuantity> lines) {
        this.lines = lines;
    }
}
