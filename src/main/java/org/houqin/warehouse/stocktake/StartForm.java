package org.houqin.warehouse.stocktake;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.houqin.platform.document.DocumentForm;
import org.houqin.platform.web.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A new count: which store, on which day (the book is taken as of its end), and a note. */
public class StartForm extends DocumentForm {

    @NotNull(message = "{validation.required}")
    private Long storeId;
    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate countedOn;
    @Size(max = 200, message = "{validation.tooLong}")
    private String note;

    public Long getStoreId() {
        return storeId;
    }

    public void setStoreId(Long storeId) {
        this.storeId = storeId;
    }

    public LocalDate getCountedOn() {
        return countedOn;
    }

    public void setCountedOn(LocalDate countedOn) {
        this.countedOn = countedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null || note.isBlank() ? null : note.strip();
    }
}
