package org.houqin.platform.menu;

import java.util.List;

/** A module's entries of the left menu, declared as one bean per module. */
public record MenuItems(List<MenuItem> items) {

    public static MenuItems of(MenuItem... items) {
        return new MenuItems(List.of(items));
    }
}
