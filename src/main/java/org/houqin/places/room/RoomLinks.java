package org.houqin.places.room;

import org.houqin.places.PlacesPermissions;
import org.houqin.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Lets a page link a room only for a reader who may open it, and show its name as text to anyone else:
 * {@code th:if="${@roomLinks.opens(repair.roomId())}"}. The same permission and scope as the room's page.
 */
@Component("roomLinks")
public class RoomLinks {

    private final RoomService rooms;

    RoomLinks(RoomService rooms) {
        this.rooms = rooms;
    }

    public boolean opens(Long roomId) {
        return roomId != null && CurrentUser.find().filter(me -> me.can(PlacesPermissions.ROOM_READ) && me.schoolId() != null)
                .map(me -> rooms.find(me.schoolId(), me.dataScope(), me.staffId(), roomId).isPresent()).orElse(false);
    }
}
