package org.houqin.repairs.request;

import java.util.List;
import java.util.Map;
import java.util.Set;

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
    private final RepairReaderQueries readers;

    RepairRoomPanel(Repairs requests, RepairReaderQueries readers) {
        this.requests = requests;
        this.readers = readers;
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
        List<Repairs.Row> recent = requests.ofRoom(user.requireSchool(), room.id(), 5);
        Set<Long> readable = user.can(RepairsPermissions.READ)
                ? readers.readable(user, recent.stream().map(Repairs.Row::id).toList()) : Set.of();
        return Map.of("room", room, "recent", recent, "canReport", user.can(RepairsPermissions.REPORT),
                "readable", readable);
    }
}
