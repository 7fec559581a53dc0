package org.houqin.routines.checklist;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a template is filled in: every place, or rooms of the named types ({@code LAB}, {@code CANTEEN}: the names of
 * the places module's room types, kept as text so a checklist needs nothing from places), and the buildings and rooms
 * a school chose by id. The library names room types only; a school's copy adds its buildings and rooms.
 */
public record AppliesTo(boolean allPlaces, Set<String> roomTypes, Set<Long> buildingIds, Set<Long> roomIds) {

    private static final Pattern ROOM_TYPE = Pattern.compile("[A-Z][A-Z_]*");

    public AppliesTo {
        roomTypes = Set.copyOf(roomTypes == null ? Set.of() : roomTypes);
        buildingIds = Set.copyOf(buildingIds == null ? Set.of() : buildingIds);
        roomIds = Set.copyOf(roomIds == null ? Set.of() : roomIds);
        roomTypes.stream().filter(t -> !ROOM_TYPE.matcher(t).matches()).findAny().ifPresent(t -> {
            throw new InvalidTemplate("room type '" + t + "' is not a room type's name");
        });
        if (!allPlaces && roomTypes.isEmpty() && buildingIds.isEmpty() && roomIds.isEmpty()) {
            throw new InvalidTemplate("a template applies everywhere or to some room types, buildings or rooms");
        }
    }

    public static AppliesTo everywhere() {
        return new AppliesTo(true, Set.of(), Set.of(), Set.of());
    }

    public static AppliesTo roomTypes(String... types) {
        return new AppliesTo(false, Set.of(types), Set.of(), Set.of());
    }

    /** Whether a room of this type, in this building, is one of the places. */
    public boolean covers(String roomType, long buildingId, long roomId) {
        return allPlaces || roomTypes.contains(roomType) || buildingIds.contains(buildingId)
                || roomIds.contains(roomId);
    }
}
