package org.houqin.platform.settings;

import java.util.List;

/**
 * A module's settings, declared as a bean: saved together on one form with one version, shown on 系统设置 to those
 * who hold {@code permission}, under {@code #<id>} (every key starts with {@code <id>.}).
 *
 * @param order where the group stands on the page, lowest first
 */
public record SettingGroup(String id, String labelKey, String permission, int order, List<Setting<?>> settings) {

    public SettingGroup {
        settings = List.copyOf(settings);
    }

    public static SettingGroup of(String id, String labelKey, String permission, int order, Setting<?>... settings) {
        return new SettingGroup(id, labelKey, permission, order, List.of(settings));
    }
}
