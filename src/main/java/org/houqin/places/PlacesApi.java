package org.houqin.places;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.houqin.places.room.RoomService;
import org.houqin.platform.cache.SchoolCaches;
import org.houqin.platform.qr.QrTarget;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of places: a room by id, with its building and type. */
@Service
@Transactional(readOnly = true)
public class PlacesApi {

    /** Room labels: {@code /q/<token>}, open to visitors (a guest may report a repair). */
    public static final QrTarget ROOM_LABEL = new QrTarget("q", "room.title", true);

    /** The cache of {@link #rooms}: rooms and buildings evict it when they change (ADR 0030). */
    public static final String ROOMS = "places.rooms";

    public record RoomRef(long id, String code, String name, String buildingName, int floor, RoomType type,
                          Long responsibleStaffId, Long departmentId) {
    }

    private final RoomService rooms;
    private final SchoolCaches.Named<List<RoomRef>> cachedRooms;

    PlacesApi(RoomService rooms, SchoolCaches caches) {
        this.rooms = rooms;
        this.cachedRooms = caches.named(ROOMS);
    }

    public Optional<RoomRef> room(long schoolId, long roomId) {
        return rooms.find(schoolId, roomId).map(PlacesApi::ref);
    }

    /** Every room of the school, by building, floor and code: for pickers such as the repair form's. */
    public List<RoomRef> rooms(long schoolId) {
        return cachedRooms.get(schoolId, () -> rooms.everyRoom(schoolId).stream().map(PlacesApi::ref).toList());
    }

    /**
     * The rooms in someone's care: those they are the responsible person of, and those of their department. They may
     * read the repairs of these rooms.
     */
    public List<Long> roomsInCareOf(long schoolId, Long staffId, Long departmentId) {
        if (staffId == null && departmentId == null) {
            return List.of();
        }
        return rooms(schoolId).stream().filter(r -> (staffId != null && staffId.equals(r.responsibleStaffId()))
                || (departmentId != null && departmentId.equals(r.departmentId()))).map(RoomRef::id).toList();
    }

    /** Why and since when a room is out of use (停用). */
    public record RoomStop(String reason, Instant since) {
    }

    /** The room's stop, when it is out of use. */
    public Optional<RoomStop> stopOf(long schoolId, long roomId) {
        return rooms.find(schoolId, roomId).filter(RoomService.Row::stopped)
                .map(r -> new RoomStop(r.stopReason(), r.stoppedAt()));
    }

    /**
     * Stops a room's use at once, as a 重大 hazard (危房) does: the room shows 停用 and new repairs are refused. A room
     * already stopped keeps its first reason; false then.
     */
    @Transactional
    public boolean stopRoom(long schoolId, long roomId, String reason, Instant at) {
        return rooms.stop(schoolId, roomId, reason, at);
    }

    /** Puts a stopped room back into use; false when it was not stopped. */
    @Transactional
    public boolean resumeRoom(long schoolId, long roomId) {
        return rooms.resume(schoolId, roomId);
    }

    /** The room a QR label names, with its school, for pages opened from a label. */
    public Optional<LabelledRoom> roomByQrToken(String token) {
        if (token == null || !token.matches("[0-9a-f]{24}")) {
            return Optional.empty();
        }
        return rooms.schoolAndIdByQrToken(token).flatMap(found -> room(found.schoolId(), found.id())
                .map(room -> new LabelledRoom(found.schoolId(), room)));
    }

    public record LabelledRoom(long schoolId, RoomRef room) {
    }

    private static RoomRef ref(RoomService.Row r) {
        return new RoomRef(r.id(), r.code(), r.name(), r.buildingName(), r.floor(), r.roomType(),
                r.responsibleStaffId(), r.departmentId());
    }
}
