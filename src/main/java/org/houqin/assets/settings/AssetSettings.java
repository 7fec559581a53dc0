package org.houqin.assets.settings;

import java.math.BigDecimal;

import org.houqin.assets.depreciation.Depreciation;
import org.houqin.platform.settings.SettingValues;
import org.springframework.stereotype.Service;

/**
 * The school's asset settings: when depreciation starts and the share of a value charged for damage. Kept on
 * 系统设置 ({@link AssetSettingKeys}); a page asking for them several times reads them once.
 */
@Service
public class AssetSettings {

    public record Settings(Depreciation.StartRule depreciationStart, BigDecimal compensationShare) {
    }

    private final org.houqin.platform.settings.Settings settings;

    AssetSettings(org.houqin.platform.settings.Settings settings) {
        this.settings = settings;
    }

    public Settings of(long schoolId) {
        SettingValues school = settings.of(schoolId);
        return new Settings(school.get(AssetSettingKeys.DEPRECIATION_START),
                school.get(AssetSettingKeys.COMPENSATION_SHARE));
    }

    public Depreciation.StartRule startRule(long schoolId) {
        return settings.get(schoolId, AssetSettingKeys.DEPRECIATION_START);
    }
}
