package org.houqin.assets.stocktake;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 盘盈登记: something found in a room with no card. */
public class ExtraForm {

    @NotNull(message = "{validation.required}")
    private Long roomId;
    @NotBlank(message = "{validation.required}")
    @Size(max = 60, message = "{validation.tooLong}")
    private String name;
    @NotNull(message = "{validation.required}")
    private Long categoryId;
    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{validation.positive}")
    @Max(value = 100000, message = "{validation.range}")
    private Integer quantity = 1;
    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "0", message = "{validation.range}")
    @DecimalMax(value = "999999999999", message = "{validation.range}")
    @Digits(integer = 12, fraction = 2, message = "{validation.decimals2}")
    private BigDecimal unitValue;
    @Size(max = 200, message = "{validation.tooLong}")
    private String note;

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null || name.isBlank() ? null : name.strip();
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getUnitValue() {
        return unitValue;
    }

    public void setUnitValue(BigDecimal unitValue) {
        this.unitValue = unitValue;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null || note.isBlank() ? null : note.strip();
    }
}
