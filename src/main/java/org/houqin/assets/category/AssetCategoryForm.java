package org.houqin.assets.category;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.houqin.platform.api.VersionedBody;
import org.houqin.platform.web.RuleViolation;

/** A category: its GB/T 14885 code, name, whether it depreciates and over how many years. */
public class AssetCategoryForm implements VersionedBody {

    @NotBlank(message = "{validation.required}")
    @Size(max = 16, message = "{validation.tooLong}")
    @Pattern(regexp = "[A-Za-z0-9]*", message = "{validation.code}")
    private String code;
    @NotBlank(message = "{validation.required}")
    @Size(max = 60, message = "{validation.tooLong}")
    private String name;
    private boolean depreciable = true;
    @Min(value = 1, message = "{validation.range}")
    @Max(value = 100, message = "{validation.range}")
    private Integer lifeYears;
    private boolean appliance;
    private boolean active = true;
    private int version;

    static AssetCategoryForm of(AssetCategories.Category c) {
        AssetCategoryForm form = new AssetCategoryForm();
        form.code = c.code();
        form.name = c.name();
        form.depreciable = c.depreciable();
        form.lifeYears = c.usefulLifeMonths() == null ? null : Math.max(1, c.usefulLifeMonths() / 12);
        form.appliance = c.appliance();
        form.active = c.active();
        form.version = c.version();
        return form;
    }

    /** A depreciating category needs its useful life. */
    void check() {
        if (depreciable && lifeYears == null) {
            throw new RuleViolation("lifeYears", "assetCategory.life.required");
        }
    }

    Integer lifeMonths() {
        return depreciable && lifeYears != null ? lifeYears * 12 : null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public boolean isDepreciable() {
        return depreciable;
    }

    public void setDepreciable(boolean depreciable) {
        this.depreciable = depreciable;
    }

    public Integer getLifeYears() {
        return lifeYears;
    }

    public void setLifeYears(Integer lifeYears) {
        this.lifeYears = lifeYears;
    }

    public boolean isAppliance() {
        return appliance;
    }

    public void setAppliance(boolean appliance) {
        this.appliance = appliance;
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
