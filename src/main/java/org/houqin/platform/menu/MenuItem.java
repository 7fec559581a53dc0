package org.houqin.platform.menu;

/**
 * One entry of the left menu. Each module declares its entries as beans; the shell shows those whose permission
 * the user holds, grouped by section in {@code order}.
 *
 * @param section    message key of the group, e.g. {@code menu.section.places}
 * @param labelKey   message key of the entry
 * @param path       the page it opens
 * @param permission the permission needed to see it
 * @param icon       a Bootstrap icon-like glyph shown before the label
 */
public record MenuItem(String section, String labelKey, String path, String permission, String icon, int order) {
}
