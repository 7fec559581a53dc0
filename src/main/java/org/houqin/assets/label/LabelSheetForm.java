package org.houqin.assets.label;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.validation.Errors;

/**
 * The label stock chosen on the labels page. The measures of a custom grid are checked only when that stock is
 * chosen; then the grid must fit on an A4 sheet.
 */
public class LabelSheetForm {

    @NotNull(message = "{validation.required}")
    private LabelStock stock = LabelStock.A4_3X8;

    @Min(value = 1, message = "{validation.range}")
    @Max(value = 8, message = "{validation.range}")
    private Integer columns = 3;

    @Min(value = 1, message = "{validation.range}")
    @Max(value = 30, message = "{validation.range}")
    private Integer rows = 8;

    @DecimalMin(value = "40", message = "{validation.range}")
    @DecimalMax(value = "210", message = "{validation.range}")
    @Digits(integer = 3, fraction = 2, message = "{validation.decimals2}")
    private BigDecimal labelWidth = new BigDecimal("70");

    @DecimalMin(value = "20", message = "{validation.range}")
    @DecimalMax(value = "297", message = "{validation.range}")
    @Digits(integer = 3, fraction = 2, message = "{validation.decimals2}")
    private BigDecimal labelHeight = new BigDecimal("37");

    @DecimalMin(value = "0", message = "{validation.range}")
    @DecimalMax(value = "150", message = "{validation.range}")
    @Digits(integer = 3, fraction = 2, message = "{validation.decimals2}")
    private BigDecimal marginTop = new BigDecimal("0.5");

    @DecimalMin(value = "0", message = "{validation.range}")
    @DecimalMax(value = "150", message = "{validation.range}")
    @Digits(integer = 3, fraction = 2, message = "{validation.decimals2}")
    private BigDecimal marginLeft = BigDecimal.ZERO;

    @DecimalMin(value = "0", message = "{validation.range}")
    @DecimalMax(value = "50", message = "{validation.range}")
    @Digits(integer = 3, fraction = 2, message = "{validation.decimals2}")
    private BigDecimal gapX = BigDecimal.ZERO;

    @DecimalMin(value = "0", message = "{validation.range}")
    @DecimalMax(value = "50", message = "{validation.range}")
    @Digits(integer = 3, fraction = 2, message = "{validation.decimals2}")
    private BigDecimal gapY = BigDecimal.ZERO;

    @Min(value = 0, message = "{validation.range}")
    @Max(value = 239, message = "{validation.range}")
    private Integer skip = 0;

    /** The grid the labels go on; call after {@link #check} found no error. */
    SheetLayout layout() {
        return stock.layout().orElseGet(() -> new SheetLayout(SheetLayout.A4_WIDTH, SheetLayout.A4_HEIGHT, columns, rows,
                labelWidth.doubleValue(), labelHeight.doubleValue(), marginTop.doubleValue(),
                marginLeft.doubleValue(), gapX.doubleValue(), gapY.doubleValue()));
    }

    int positionsToSkip() {
        return stock.sheet() && skip != null ? skip : 0;
    }

    /** The rules bean validation cannot state: a custom grid is complete and fits, the skip leaves a place free. */
    void check(Errors errors) {
        if (stock == null) {
            return;
        }
        if (stock == LabelStock.CUSTOM && !checkCustom(errors)) {
            return;
        }
        SheetLayout layout = layout();
        if (stock.sheet() && skip != null && !errors.hasFieldErrors("skip") && skip >= layout.perPage()) {
            errors.rejectValue("skip", "assetLabel.skip.tooMany", new Object[] {layout.perPage() - 1}, null);
        }
    }

    private boolean checkCustom(Errors errors) {
        boolean complete = true;
        for (String field : new String[] {"columns", "rows", "labelWidth", "labelHeight", "marginTop", "marginLeft",
                "gapX", "gapY"}) {
            if (errors.getFieldValue(field) == null && !errors.hasFieldErrors(field)) {
                errors.rejectValue(field, "validation.required");
            }
            complete &= !errors.hasFieldErrors(field);
        }
        if (!complete) {
            return false;
        }
        SheetLayout layout = layout();
        if (!layout.fitsAcross()) {
            errors.rejectValue("labelWidth", "assetLabel.custom.tooWide", new Object[] {shown(layout.usedWidth())},
                    null);
        }
        if (!layout.fitsDown()) {
            errors.rejectValue("labelHeight", "assetLabel.custom.tooTall",
                    new Object[] {shown(layout.usedHeight())}, null);
        }
        return layout.fitsAcross() && layout.fitsDown();
    }

    private static String shown(double millimetres) {
        return BigDecimal.valueOf(millimetres).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    public LabelStock getStock() {
        return stock;
    }

    public void setStock(LabelStock stock) {
        this.stock = stock;
    }

    public Integer getColumns() {
        return columns;
    }

    public void setColumns(Integer columns) {
        this.columns = columns;
    }

    public Integer getRows() {
        return rows;
    }

    public void setRows(Integer rows) {
        this.rows = rows;
    }

    public BigDecimal getLabelWidth() {
        return labelWidth;
    }

    public void setLabelWidth(BigDecimal labelWidth) {
        this.labelWidth = labelWidth;
    }

    public BigDecimal getLabelHeight() {
        return labelHeight;
    }

    public void setLabelHeight(BigDecimal labelHeight) {
        this.labelHeight = labelHeight;
    }

    public BigDecimal getMarginTop() {
        return marginTop;
    }

    public void setMarginTop(BigDecimal marginTop) {
        this.marginTop = marginTop;
    }

    public BigDecimal getMarginLeft() {
        return marginLeft;
    }

    public void setMarginLeft(BigDecimal marginLeft) {
        this.marginLeft = marginLeft;
    }

    public BigDecimal getGapX() {
        return gapX;
    }

    public void setGapX(BigDecimal gapX) {
        this.gapX = gapX;
    }

    public BigDecimal getGapY() {
        return gapY;
    }

    public void setGapY(BigDecimal gapY) {
        this.gapY = gapY;
    }

    public Integer getSkip() {
        return skip;
    }

    public void setSkip(Integer skip) {
        this.skip = skip;
    }
}
