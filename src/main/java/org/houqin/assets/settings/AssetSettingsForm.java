package org.houqin.assets.settings;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.houqin.assets.depreciation.Depreciation;

/** The asset settings form: when depreciation starts and the share of a value charged for damage. */
public class AssetSettingsForm {

    @NotNull(message = "{validation.required}")
    private Depreciation.StartRule depreciationStart;
    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "0", inclusive = false, message = "{validation.range}")
    @DecimalMax(value = "100", message = "{validation.range}")
    @Digits(integer = 3, fraction = 2, message = "{validation.decimals2}")
    private BigDecimal compensationShare;
    private int version;

    static AssetSettingsForm of(AssetSettings.Settings settings) {
        AssetSettingsForm form = new AssetSettingsForm();
        form.depreciationStart = settings.depreciationStart();
        form.compensationShare = settings.compensationShare().stripTrailingZeros();
        if (form.compensationShare.scale() < 0) {
            form.compensationShare = form.compensationShare.setScale(0);
        }
        form.version = settings.version();
        return form;
    }

    public Depreciation.StartRule getDepreciationStart() {
        return depreciationStart;
    }

    public void setDepreciationStart(Depreciation.StartRule depreciationStart) {
        this.depreciationStart = depreciationStart;
    }

    public BigDecimal getCompensationShare() {
        return compensationShare;
    }

    public void setCompensationShare(BigDecimal compensationShare) {
        this.compensationShare = compensationShare;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
