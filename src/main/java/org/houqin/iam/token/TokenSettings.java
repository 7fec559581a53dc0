package org.houqin.iam.token;

import org.houqin.iam.IamPermissions;
import org.houqin.platform.settings.Setting;
import org.houqin.platform.settings.SettingGroup;
import org.houqin.platform.settings.SettingUnit;

/**
 * The API settings on 系统设置 (group {@code api}), changed by those who manage the school's accounts. The limit is
 * the school's own choice: enough for a scanner or a nightly export, low enough that a runaway script does not slow
 * the pages down for everyone.
 */
public final class TokenSettings {

    public static final Setting<Integer> CALLS_PER_MINUTE = Setting.integer("api.tokens.per-minute", 120, 1, 100_000)
            .unit(SettingUnit.PER_MINUTE).label("apiSettings.perMinute").help("apiSettings.perMinute.help")
            .source("settings.source.school");

    public static final SettingGroup GROUP = SettingGroup.of("api", "apiSettings.group", IamPermissions.USER_WRITE,
            900, CALLS_PER_MINUTE);

    private TokenSettings() {
    }
}
