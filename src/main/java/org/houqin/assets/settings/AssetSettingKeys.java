package org.houqin.assets.settings;

import java.math.BigDecimal;

import org.houqin.assets.AssetsPermissions;
import org.houqin.assets.depreciation.Depreciation;
import org.houqin.platform.settings.Setting;
import org.houqin.platform.settings.SettingGroup;
import org.houqin.platform.settings.SettingUnit;

/** The asset settings on 系统设置 (group {@code assets}). */
public final class AssetSettingKeys {

    /** 政府会计准则第3号: an asset added in a month is depreciated from that month; companies start the month after. */
    public static final Setting<Depreciation.StartRule> DEPRECIATION_START = Setting.choice("assets.depreciation.start",
                    Depreciation.StartRule.SAME_MONTH)
            .label("assetSettings.start").help("assetSettings.start.help").source("assetSettings.start.source");
    /** The school's own rule for damage (公物损坏赔偿): the whole net value unless it decides on less. */
    public static final Setting<BigDecimal> COMPENSATION_SHARE = Setting.decimal("assets.compensation.share",
                    "100", "0.01", "100", 2)
            .unit(SettingUnit.PERCENT).label("assetSettings.share").help("assetSettings.share.help")
            .source("settings.source.school");

    public static final SettingGroup GROUP = SettingGroup.of("assets", "assetSettings.group",
            AssetsPermissions.SETTINGS_WRITE, 200, DEPRECIATION_START, COMPENSATION_SHARE);

    private AssetSettingKeys() {
    }
}
