package org.houqin.warehouse.receipt;

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

/** 入库单: the store, the day, the supplier and invoice, and up to {@value #ROWS} lines of item, quantity and price. */
public class ReceiptForm extends DocumentForm {

    static final int ROWS = 8;

    @NotNull(message = "{validation.required}")
    private Long storeId;
    @NotNull(message = "{validation.required}")
    private ReceiptSource source = ReceiptSource.PURCHASE;
    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate receivedOn;
    @Size(max = 80, message = "{validation.tooLong}")
    private String supplier;
    @Size(max = 40, message = "{validation.tooLong}")
    private String invoiceNumber;
    @Size(max = 200, message = "{validation.tooLong}")
    private String note;
    @Valid
    private List<Line> lines = new ArrayList<>();

    void fillRows() {
        while (lines.size() < ROWS) {
            lines.add(new Line());
        }
    }

    /** One line: an item, how many, at what unit price. */
    @Schema(name = "ReceiptFormLine")
    public static class Line implements ItemLine {

        private Long itemId;
        @DecimalMin(value = "0.001", message = "{validation.positive}")
        @DecimalMax(value = "9999999", message = "{validation.range}")
        @Digits(integer = 7, fraction = 3, message = "{validation.range}")
        private BigDecimal quantity;
        @DecimalMin(value = "0", message = "{validation.range}")
        @DecimalMax(value = "9999999", message = "{validation.range}")
        @Digits(integer = 7, fraction = 4, message = "{validation.range}")
        private BigDecimal unitPrice;

        @Override
        public boolean isEmpty() {
            return itemId == null && quantity == null && unitPrice == null;
        }

        /** A receipt's line needs its price too. */
        @Override
        public boolean isComplete() {
            return quantity != null && unitPrice != null;
        }

        @Override
        public String incompleteKey() {
            return "receipt.line.incomplete";
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

        public BigDecimal getUnitPrice() {
            return unitPrice;
        }

        public void setUnitPrice(BigDecimal unitPrice) {
            this.unitPrice = unitPrice;
        }
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public ReceiptSource getSource() {
        return source;
    }

    public void setSource(ReceiptSource source) {
        this.source = source;
    }

    public Long getStoreId() {
        return storeId;
    }

    public void setStoreId(Long storeId) {
        this.storeId = storeId;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getSupplier() {
        return supplier;
    }

    public void setSupplier(String supplier) {
        this.supplier = clean(supplier);
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public void setInvoiceNumber(String invoiceNumber) {
        this.invoiceNumber = clean(invoiceNumber);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = clean(note);
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLines(List<Line> lines) {
        this.lines = lines;
    }
}
