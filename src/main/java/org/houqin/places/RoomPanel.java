package org.houqin.places;

import java.util.Map;

import org.houqin.platform.security.CurrentUser;

/**
 * A section another module adds to a room's page (its repairs, its assets, its inspections). The room page renders
 * the fragment {@code panel} of {@link #template()} with the model the panel returns, for the panels the user may see.
 */
public interface RoomPanel {

    /** Lower comes first. */
    int order();

    boolean visibleTo(CurrentUser user);

    /** A Thymeleaf template holding a fragment named {@code panel}, e.g. {@code repairs/room-panel}. */
    String template();

    Map<String, Object> model(CurrentUser user, PlacesApi.RoomRef room);
}
