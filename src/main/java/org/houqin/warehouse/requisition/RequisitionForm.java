package org.houqin.warehouse.requisition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.houqin.platform.api.SubmittedBody;
import org.houqin.platform.api.VersionedBody;
import org.houqin.platform.web.PlausibleDate;
import org.houqin.warehouse.catalogue.ItemLine;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * 领用申请: from which store (none chosen: the first item's usual store), what for, by when, and up to {@value #ROWS}
 * lines of item and quantity. A line above the store's stock needs {@code shortageAccepted}: the requester saw the
 * warning and still asks. The submission key makes a double-clicked submit one requisition; the version guards edits
 * of a returned one.
 */
public class RequisitionForm implements VersionedBody, SubmittedBody {

    static final int ROWS = 6;

    private Long storeId;
    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String purpose;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate neededOn;
    @Valid
    private List<Line> lines = new ArrayList<>();
    private UUID submissionKey = UUID.randomUUID();
    private int version;
    private boolean shortageAccepted;

    void fillRows() {
        while (lines.size() < ROWS) {
            lines.add(new Line());
        }
    }

    List<Line> filled() {
        return lines.stream().filter(line -> !line.isEmpty()).toList();
    }

    /** One line: an item and how many of it. */
    @Schema(name = "RequisitionFormLine")
    public static class Line implements ItemLine {

        private Long itemId;
        @DecimalMin(value = "0.001", message = "{validation.positive}")
        @DecimalMax(value = "9999999", message = "{validation.range}")
        @Digits(integer = 7, fraction = 3, message = "{validation.range}")
        private BigDecimal quantity;
        @Size(max = 100, message = "{validation.tooLong}")
        private String note;

        public Line() {
        }

        Line(Long itemId, BigDecimal quantity, String note) {
            this.itemId = itemId;
            this.quantity = quantity;
            this.note = note;
        }

        @Override
        public boolean isEmpty() {
            return itemId == null && quantity == null && note == null;
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

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = clean(note);
        }
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getStoreId() {
        return storeId;
    }

    public void setStoreId(Long storeId) {
        this.storeId = storeId;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = clean(purpose);
    }

    public LocalDate getNeededOn() {
        return neededOn;
    }

    public void setNeededOn(LocalDate neededOn) {
        this.neededOn = neededOn;
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLines(List<Line> lines) {
        this.lines = lines;
    }

    public UUID getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(UUID submissionKey) {
        this.submissionKey = submissionKey == null ? UUID.randomUUID() : submissionKey;
    }

    public int getVersion() {
        return version;
    }

    public boolean isShortageAccepted() {
        return shortageAccepted;
    }

    public void setShortageAccepted(boolean shortageAccepted) {
        this.shortageAccepted = shortageAccepted;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
