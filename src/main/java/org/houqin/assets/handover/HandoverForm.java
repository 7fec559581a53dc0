package org.houqin.assets.handover;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.houqin.platform.document.DocumentForm;
import org.houqin.platform.web.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * 领用/交接单: the assets by number (typed or scanned), how many of a batch card, where they go and who receives them,
 * and the receiver's signature drawn on the spot.
 */
public class HandoverForm extends DocumentForm {

    public static final int ROWS = 8;

    @NotNull(message = "{validation.required}")
    private HandoverKind kind = HandoverKind.ASSIGN;
    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate handedOn;
    @Valid
    private List<Line> lines = new ArrayList<>();
    private Long roomId;
    private Long departmentId;
    private Long classId;
    private Long custodianStaffId;
    @Size(max = 60, message = "{validation.tooLong}")
    private String borrower;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate dueOn;
    @NotBlank(message = "{validation.required}")
    @Size(max = 40, message = "{validation.tooLong}")
    private String receiverName;
    @Size(max = 200, message = "{validation.tooLong}")
    private String note;
    private String signature;

    /** One asset of the handover; an empty quantity means the whole card. */
    @Schema(name = "AssetHandoverFormLine")
    public static class Line {
        @Size(max = 24, message = "{validation.tooLong}")
        private String assetNumber;
        @Min(value = 1, message = "{validation.positive}")
        @Max(value = 100000, message = "{validation.range}")
        private Integer quantity;

        public Line() {
        }

        public Line(String assetNumber, Integer quantity) {
            this.assetNumber = assetNumber;
            this.quantity = quantity;
        }

        public boolean filled() {
            return assetNumber != null && !assetNumber.isBlank();
        }

        public String getAssetNumber() {
            return assetNumber;
        }

        public void setAssetNumber(String assetNumber) {
            this.assetNumber = assetNumber == null ? null : assetNumber.strip().toUpperCase();
        }

        public Integer getQuantity() {
            return quantity;
        }

        public void setQuantity(Integer quantity) {
            this.quantity = quantity;
        }
    }

    /** Pads the lines so the form always offers a few empty rows. */
    void fillRows() {
        int wanted = Math.max(ROWS, lines.size() + 2);
        while (lines.size() < wanted) {
            lines.add(new Line());
        }
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public HandoverKind getKind() {
        return kind;
    }

    public void setKind(HandoverKind kind) {
        this.kind = kind;
    }

    public LocalDate getHandedOn() {
        return handedOn;
    }

    public void setHandedOn(LocalDate handedOn) {
        this.handedOn = handedOn;
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLines(List<Line> lines) {
        this.lines = lines;
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

    public String getBorrower() {
        return borrower;
    }

    public void setBorrower(String borrower) {
        this.borrower = clean(borrower);
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getReceiverName() {
        return receiverName;
    }

    public void setReceiverName(String receiverName) {
        this.receiverName = clean(receiverName);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = clean(note);
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String signature) {
        this.signature = signature;
    }
}
