package org.houqin.warehouse.stocktake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import org.houqin.platform.api.VersionedBody;

/** What was counted, line by line (empty: not counted yet), sent from a phone or a desk. */
public class CountForm implements VersionedBody {

    private int version;
    private String show;
    @Valid
    private List<Line> lines = new ArrayList<>();

    /** One line of the sheet: its id, the quantity found and a note (e.g. 包装破损). */
    @Schema(name = "StocktakeCountLine")
    public static class Line {

        private Long lineId;
        @DecimalMin(value = "0", message = "{validation.range}")
        @DecimalMax(value = "9999999", message = "{validation.range}")
        @Digits(integer = 7, fraction = 3, message = "{validation.range}")
        private BigDecimal counted;
        @Size(max = 100, message = "{validation.tooLong}")
        private String note;

        public Line() {
        }

        Line(Long lineId, BigDecimal counted, String note) {
            this.lineId = lineId;
            this.counted = counted;
            this.note = note;
        }

        public Long getLineId() {
            return lineId;
        }

        public void setLineId(Long lineId) {
            this.lineId = lineId;
        }

        public BigDecimal getCounted() {
            return counted;
        }

        public void setCounted(BigDecimal counted) {
            this.counted = counted;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note == null || note.isBlank() ? null : note.strip();
        }
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = show;
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLines(List<Line> lines) {
        this.lines = lines;
    }
}
