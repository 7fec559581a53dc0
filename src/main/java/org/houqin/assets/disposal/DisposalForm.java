package org.houqin.assets.disposal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.houqin.platform.document.DocumentForm;
import org.houqin.platform.web.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/** 资产处置申请: the kind, the cards by number, the reason and the residual value or sale price. */
public class DisposalForm extends DocumentForm {

    public static final int ROWS = 6;

    @NotNull(message = "{validation.required}")
    private DisposalKind kind = DisposalKind.SCRAP;
    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate disposedOn;
    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.tooLong}")
    private String reason;
    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "0", message = "{validation.range}")
    @DecimalMax(value = "999999999999", message = "{validation.range}")
    @Digits(integer = 12, fraction = 2, message = "{validation.decimals2}")
    private BigDecimal residualValue = BigDecimal.ZERO;
    @Valid
    private List<Line> lines = new ArrayList<>();

    /** One card to dispose of, whole. */
    @Schema(name = "AssetDisposalFormLine")
    public static class Line {
        @Size(max = 24, message = "{validation.tooLong}")
        private String assetNumber;

        public Line() {
        }

        public Line(String assetNumber) {
            this.assetNumber = assetNumber;
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
    }

    void fillRows() {
        int wanted = Math.max(ROWS, lines.size() + 2);
        while (lines.size() < wanted) {
            lines.add(new Line());
        }
    }

    public DisposalKind getKind() {
        return kind;
    }

    public void setKind(DisposalKind kind) {
        this.kind = kind;
    }

    public LocalDate getDisposedOn() {
        return disposedOn;
    }

    public void setDisposedOn(LocalDate disposedOn) {
        this.disposedOn = disposedOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public BigDecimal getResidualValue() {
        return residualValue;
    }

    public void setResidualValue(BigDecimal residualValue) {
        this.residualValue = residualValue;
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLines(List<Line> lines) {
        this.lines = lines;
    }
}
