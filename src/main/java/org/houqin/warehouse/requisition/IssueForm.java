package org.houqin.warehouse.requisition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.houqin.platform.api.VersionedBody;
import org.houqin.platform.web.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/** 发放: how much of each line leaves the store now, on which day, who takes it and their signature. */
public class IssueForm implements VersionedBody {

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate issuedOn;
    @NotBlank(message = "{validation.required}")
    @Size(max = 40, message = "{validation.tooLong}")
    private String receiverName;
    private String signature;
    private int version;
    @Valid
    private List<Line> lines = new ArrayList<>();

    Map<Long, BigDecimal> quantities() {
        Map<Long, BigDecimal> quantities = new LinkedHashMap<>();
        for (Line line : lines) {
            if (line.getLineId() != null && line.getQuantity() != null) {
                quantities.put(line.getLineId(), line.getQuantity());
            }
        }
        return quantities;
    }

    /** The store each line is handed over from, by line id, where it is not the requisition's own. */
    Map<Long, Long> sources(long ownStoreId) {
        Map<Long, Long> sources = new LinkedHashMap<>();
        for (Line line : lines) {
            if (line.getLineId() != null && line.getFromStoreId() != null && line.getFromStoreId() != ownStoreId) {
                sources.put(line.getLineId(), line.getFromStoreId());
            }
        }
        return sources;
    }

    /**
     * One requisition line, the quantity handed over now (0 or empty: nothing of it this time) and the store it comes
     * from (empty: the requisition's own; another: moved there by a transfer first).
     */
    @Schema(name = "RequisitionIssueLine")
    public static class Line {

        private Long lineId;
        private Long fromStoreId;
        @DecimalMin(value = "0", message = "{validation.range}")
        @DecimalMax(value = "9999999", message = "{validation.range}")
        @Digits(integer = 7, fraction = 3, message = "{validation.range}")
        private BigDecimal quantity;

        public Line() {
        }

        Line(Long lineId, BigDecimal quantity, Long fromStoreId) {
            this.lineId = lineId;
            this.quantity = quantity;
            this.fromStoreId = fromStoreId;
        }

        public Long getFromStoreId() {
            return fromStoreId;
        }

        public void setFromStoreId(Long fromStoreId) {
            this.fromStoreId = fromStoreId;
        }

        public Long getLineId() {
            return lineId;
        }

        public void setLineId(Long lineId) {
            this.lineId = lineId;
        }

        public BigDecimal getQuantity() {
            return quantity;
        }

        public void setQuantity(BigDecimal quantity) {
            this.quantity = quantity;
        }
    }

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
        this.receiverName = receiverName == null || receiverName.isBlank() ? null : receiverName.strip();
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String signature) {
        this.signature = signature;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLines(List<Line> lines) {
        this.lines = lines;
    }
}
