package org.houqin.warehouse.catalogue;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.houqin.platform.api.VersionedBody;

/** The item form: code, name, specification, unit, category, reorder point and default store. */
public class ItemForm implements VersionedBody {

    @NotBlank(message = "{validation.required}")
    @Size(max = 32, message = "{validation.tooLong}")
    @Pattern(regexp = "[A-Za-z0-9_-]*", message = "{validation.code}")
    private String code;
    @NotBlank(message = "{validation.required}")
    @Size(max = 64, message = "{validation.tooLong}")
    private String name;
    @Size(max = 64, message = "{validation.tooLong}")
    private String specification;
    @NotBlank(message = "{validation.required}")
    @Size(max = 8, message = "{validation.tooLong}")
    private String unit;
    @NotNull(message = "{validation.required}")
    private Long categoryId;
    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "0", message = "{validation.range}")
    @DecimalMax(value = "99999999", message = "{validation.range}")
    @Digits(integer = 11, fraction = 3, message = "{validation.range}")
    private BigDecimal reorderPoint = BigDecimal.ZERO;
    private Long defaultStoreId;
    private boolean active = true;
    private int version;

    static ItemForm of(Catalogue.Item item) {
        ItemForm form = new ItemForm();
        form.code = item.code();
        form.name = item.name();
        form.specification = item.specification();
        form.unit = item.unit();
        form.categoryId = item.categoryId();
        form.reorderPoint = item.reorderPoint();
        form.defaultStoreId = item.defaultStoreId();
        form.active = item.active();
        form.version = item.version();
        return form;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = clean(code);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = clean(name);
    }

    public String getSpecification() {
        return specification;
    }

    public void setSpecification(String specification) {
        this.specification = clean(specification);
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = clean(unit);
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public BigDecimal getReorderPoint() {
        return reorderPoint;
    }

    public void setReorderPoint(BigDecimal reorderPoint) {
        this.reorderPoint = reorderPoint;
    }

    public Long getDefaultStoreId() {
        return defaultStoreId;
    }

    public void setDefaultStoreId(Long defaultStoreId) {
        this.defaultStoreId = defaultStoreId;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
