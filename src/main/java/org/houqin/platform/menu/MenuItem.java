package org.houqin.platform.menu;

import java.util.List;

import org.houqin.platform.security.CurrentUser;

/**
 * One entry of the left menu. Each module declares its entries as beans; the shell shows those the user may open,
 * grouped by section in {@code order}.
 *
 * @param section     message key of the group, e.g. {@code menu.section.places}
 * @param labelKey    message key of the entry
 * @param path        the page it opens
 * @param permissions the entry shows to a user holding any one of them
 * @param icon        a Bootstrap icon-like glyph shown before the label
 */
public record MenuItem(String section, String labelKey, String path, List<String> permissions, String icon, int order) {

    public MenuItem {
        permissions = List.copyOf(permissions);
    }

    /** An entry for the holders of one permission. */
    public MenuItem(String section, String labelKey, String path, String permission, String icon, int order) {
        this(section, labelKey, path, List.of(permission), icon, order);
    }

    public boolean visibleTo(CurrentUser user) {
        return permissions.stream().anyMatch(user::can);
    }
}
