package org.houqin.places;

import java.util.Optional;

import org.houqin.places.room.Rooms;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of places: a room by id, with its building and type. */
@Service
@Transactional(readOnly = true)
public class PlacesApi {

    public record RoomRef(long id, String code, String name, String buildingName, int floor, RoomType type,
                          Long responsibleStaffId, Long departmentId) {
    }

    private final Rooms rooms;

    PlacesApi(Rooms rooms) {
        this.rooms = rooms;
    }

    public Optional<RoomRef> room(long schoolId, long roomId) {
        return rooms.find(schoolId, roomId).map(r -> new RoomRef(r.id(), r.code(), r.name(), r.buildingName(),
                r.floor(), r.roomType(), r.responsibleStaffId(), r.departmentId()));
    }
}
