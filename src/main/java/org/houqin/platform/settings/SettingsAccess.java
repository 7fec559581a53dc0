package org.houqin.platform.settings;

import java.util.List;

import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may change which group: a group is changed, and shown, only by holders of its permission. For handlers:
 * {@code @PreAuthorize("@settingsAccess.mayChangeAny()")}.
 */
@Component("settingsAccess")
public class SettingsAccess {

    private final SettingsRegistry registry;

    SettingsAccess(SettingsRegistry registry) {
        this.registry = registry;
    }

    public boolean mayChangeAny() {
        return CurrentUser.find().map(user -> !changeable(user).isEmpty()).orElse(false);
    }

    /** The groups the user may change, in page order. */
    List<SettingGroup> changeable(CurrentUser user) {
        return registry.groups().stream().filter(group -> user.can(group.permission())).toList();
    }

    /** The group, if it exists (404 otherwise) and the user may change it (403 otherwise). */
    SettingGroup requireChangeable(CurrentUser user, String groupId) {
        SettingGroup group = registry.group(groupId).orElseThrow(() -> new NotFoundException("setting group", groupId));
        if (!user.can(group.permission())) {
            throw new AccessDeniedException("settings " + groupId);
        }
        return group;
    }
}
