package org.houqin.warehouse.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.houqin.platform.document.DocumentForm;
import org.houqin.platform.web.PlausibleDate;
import org.houqin.warehouse.catalogue.ItemLine;
import org.springframework.format.annotation.DateTimeFormat;

/** 调拨单: from which store to which, on which day, and up to {@value #ROWS} lines of item and quantity. */
public class TransferForm extends DocumentForm {

    static final int ROWS = 6;

    @NotNull(message = "{validation.required}")
    private Long fromStoreId;
    @NotNull(message = "{validation.required}")
    private Long toStoreId;
    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate transferredOn;
    @Size(max = 200, message = "{validation.tooLong}")
    private String note;
    @Valid
    private List<Line> lines = new ArrayList<>();

    void fillRows() {
        while (lines.size() < ROWS) {
            lines.add(new Line());
        }
    }

    /** One line: an item and how many of it move. */
    @Schema(name = "TransferFormLine")
    public static class Line implements ItemLine {

        private Long itemId;
        @DecimalMin(value = "0.001", message = "{validation.positive}")
        @DecimalMax(value = "9999999", message = "{validation.range}")
        @Digits(integer = 7, fraction = 3, message = "{validation.range}")
        private BigDecimal quantity;

        @Override
        public boolean isEmpty() {
            return itemId == null && quantity == null;
        }

        public Long getItemId() {
            return itemId;
        }

        public void setItemId(Long itemId) {
            this.itemId = itemId;
        }

        public BigDecimal getQuantity() {
            return quantity;
        }

        public void setQuantity(BigDecimal quantity) {
            this.quantity = quantity;
        }
    }

    public Long getFromStoreId() {
        return fromStoreId;
    }

    public void setFromStoreId(Long fromStoreId) {
        this.fromStoreId = fromStoreId;
    }

    public Long getToStoreId() {
        return toStoreId;
    }

    public void setToStoreId(Long toStoreId) {
        this.toStoreId = toStoreId;
    }

    public LocalDate getTransferredOn() {
        return transferredOn;
    }

    public void setTransferredOn(LocalDate transferredOn) {
        this.transferredOn = transferredOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLines(List<Line> lines) {
        this.lines = lines;
    }
}
