package org.houqin.platform.menu;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.houqin.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Builds the left menu of a user from every module's entries and the user's permissions. */
@Component
public class Menu {

    private final List<MenuItem> items;

    Menu(List<MenuItems> contributions) {
        this.items = contributions.stream().flatMap(c -> c.items().stream()).sorted(Comparator.comparingInt(MenuItem::order)).toList();
    }

    public record Section(String key, List<MenuItem> items) {
    }

    public List<Section> sectionsFor(CurrentUser user) {
        Map<String, List<MenuItem>> sections = new LinkedHashMap<>();
        for (MenuItem item : items) {
            if (item.visibleTo(user)) {
                sections.computeIfAbsent(item.section(), key -> new java.util.ArrayList<>()).add(item);
            }
        }
        return sections.entrySet().stream().map(e -> new Section(e.getKey(), List.copyOf(e.getValue()))).toList();
    }
}
