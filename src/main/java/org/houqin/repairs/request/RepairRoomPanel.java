package org.houqin.repairs.request;

import java.util.Map;

import org.houqin.places.PlacesApi;
import org.houqin.places.RoomPanel;
import org.houqin.platform.security.CurrentUser;
import org.houqin.repairs.RepairsPermissions;
import org.springframework.stereotype.Component;

/**
 * The repairs section of a room's page: a report button with the room filled in (what a QR scan on a phone leads
 * to) and the room's latest requests, so nobody reports the same lamp twice.
 */
@Component
class RepairRoomPanel implements RoomPanel {

    private final Repairs requests;

    RepairRoomPanel(Repairs requests) {
        this.requests = requests;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean visibleTo(CurrentUser user) {
        return user.can(RepairsPermissions.REPORT) || user.can(RepairsPermissions.READ);
    }

    @Override
    public String template() {
        return "repairs/room-panel";
    }

    @Override
    public Map<String, Object> model(CurrentUser user, PlacesApi.RoomRef room) {
        return Map.of("room", room, "recent", requests.ofRoom(user.requireSchool(), room.id(), 5),
                "canReport", user.can(RepairsPermissions.REPORT), "office", user.can(RepairsPermissions.DISPATCH),
                "me", user.userId());
    }
}
