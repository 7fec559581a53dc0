package org.houqin.warehouse.distribution;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

/** A line of a class's list and a quantity handed over or brought back now (0 or empty: none of it this time). */
public class ClassLineQuantity {

    private Long classLineId;
    @DecimalMin(value = "0", message = "{validation.range}")
    @DecimalMax(value = "9999999", message = "{validation.range}")
    @Digits(integer = 7, fraction = 3, message = "{validation.range}")
    private BigDecimal quantity;

    public ClassLineQuantity() {
    }

    ClassLineQuantity(Long classLineId, BigDecimal quantity) {
        this.classLineId = classLineId;
        this.quantity = quantity;
    }

    /** A quantity as a form shows it: 360 rather than 360.000 or 3.6E+2. */
    static BigDecimal plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The quantities sent, by class line id. */
    static Map<Long, BigDecimal> byLine(List<ClassLineQuantity> lines) {
        Map<Long, BigDecimal> quantities = new LinkedHashMap<>();
        for (ClassLineQuantity line : lines) {
            if (line.getClassLineId() != null && line.getQuantity() != null) {
                quantities.put(line.getClassLineId(), line.getQuantity());
            }
        }
        return quantities;
    }

    public Long getClassLineId() {
        return classLineId;
    }

    public void setClassLineId(Long classLineId) {
        this.classLineId = classLineId;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }
}
