package org.houqin.routines.record;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.houqin.iam.IamApi;
import org.houqin.places.PlacesApi;
import org.springframework.stereotype.Component;

/** The names a list of records shows: people by id and rooms by id, read once per page or export. */
@Component
class RecordNames {

    /** People and rooms of one school; a person who left is looked up when first met. */
    static final class Names {

        private final Map<Long, String> people;
        private final Map<Long, PlacesApi.RoomRef> rooms;
        private final IamApi iam;

        Names(Map<Long, String> people, Map<Long, PlacesApi.RoomRef> rooms, IamApi iam) {
            this.people = new HashMap<>(people);
            this.rooms = rooms;
            this.iam = iam;
        }

        public String person(long userId) {
            return people.computeIfAbsent(userId, id -> iam.displayNames(List.of(id)).getOrDefault(id, "—"));
        }

        public String room(Long roomId) {
            PlacesApi.RoomRef room = roomId == null ? null : rooms.get(roomId);
            return room == null ? null : room.code() + " " + room.name();
        }

        public Map<Long, String> people() {
            return people;
        }
    }

    private final IamApi iam;
    private final PlacesApi places;

    RecordNames(IamApi iam, PlacesApi places) {
        this.iam = iam;
        this.places = places;
    }

    Names of(long schoolId) {
        return new Names(iam.users(schoolId).stream().collect(Collectors.toMap(IamApi.UserRef::id,
                IamApi.UserRef::displayName, (a, b) -> a)),
                places.rooms(schoolId).stream().collect(Collectors.toMap(PlacesApi.RoomRef::id, r -> r)), iam);
    }

    List<PlacesApi.RoomRef> rooms(long schoolId) {
        return places.rooms(schoolId);
    }
}
