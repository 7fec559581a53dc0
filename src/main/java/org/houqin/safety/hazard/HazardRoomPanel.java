package org.houqin.safety.hazard;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.houqin.places.PlacesApi;
import org.houqin.places.RoomPanel;
import org.houqin.platform.security.CurrentUser;
import org.houqin.safety.SafetyPermissions;
import org.springframework.stereotype.Component;

/**
 * The hazards section of a room's page: "上报隐患" with the room filled in (where a QR scan on a phone leads), the
 * room's stop when a 重大 hazard stopped it, and its latest hazards, linked only where the reader may open them.
 */
@Component
class HazardRoomPanel implements RoomPanel {

    private final Hazards hazards;
    private final PlacesApi places;

    HazardRoomPanel(Hazards hazards, PlacesApi places) {
        this.hazards = hazards;
        this.places = places;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean visibleTo(CurrentUser user) {
        return user.can(SafetyPermissions.HAZARD_REPORT) || user.can(SafetyPermissions.HAZARD_READ);
    }

    @Override
    public String template() {
        return "safety/hazard-room-panel";
    }

    @Override
    public Map<String, Object> model(CurrentUser user, PlacesApi.RoomRef room) {
        long school = user.requireSchool();
        List<HazardRow> recent = hazards.ofRoom(school, room.id(), 5);
        Set<Long> readable = recent.stream().filter(h -> Hazards.mayRead(user, h)).map(HazardRow::id)
                .collect(Collectors.toSet());
        return Map.of("room", room, "recent", recent, "readable", readable,
                "canReport", user.can(SafetyPermissions.HAZARD_REPORT),
                "stopped", places.stopOf(school, room.id()).isPresent());
    }
}
