package org.houqin.assets.register;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.houqin.organization.OrganizationApi;
import org.houqin.places.PlacesApi;
import org.springframework.stereotype.Component;

/**
 * The names of the rooms, departments, classes and people cards point at, read from the modules that own them (the
 * register keeps only their ids), and the pickers of the forms.
 */
@Component
public class Locations {

    /** What a form offers: rooms by building, departments, classes and staff. */
    public record Choices(List<PlacesApi.RoomRef> rooms, Map<Long, String> departments,
                          List<OrganizationApi.ClassRef> classes, List<OrganizationApi.StaffRef> staff) {
    }

    /** The names for a set of cards. */
    public record Names(Map<Long, String> rooms, Map<Long, String> departments, Map<Long, String> classes,
                        Map<Long, String> staff) {

        public String room(Long id) {
            return id == null ? null : rooms.get(id);
        }

        public String department(Long id) {
            return id == null ? null : departments.get(id);
        }

        public String schoolClass(Long id) {
            return id == null ? null : classes.get(id);
        }

        public String person(Long id) {
            return id == null ? null : staff.get(id);
        }

        /** Where a card is and who holds it, as printed on a handover record: 教学楼A A-101 · 初一(1)班 · 杨佳怡. */
        public String describe(Long roomId, Long departmentId, Long classId, Long staffId) {
            return java.util.stream.Stream.of(room(roomId), department(departmentId), schoolClass(classId),
                    person(staffId)).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · "));
        }
    }

    private final PlacesApi places;
    private final OrganizationApi organization;

    Locations(PlacesApi places, OrganizationApi organization) {
        this.places = places;
        this.organization = organization;
    }

    public Choices choices(long schoolId) {
        return new Choices(places.rooms(schoolId), organization.departmentNames(schoolId),
                organization.classes(schoolId), organization.activeStaff(schoolId));
    }

    public Names names(long schoolId, Collection<Long> staffIds) {
        Set<Long> people = staffIds.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return new Names(roomLabels(schoolId), organization.departmentNames(schoolId), organization.classNames(schoolId),
                people.isEmpty() ? Map.of() : organization.staffNames(people));
    }

    /** Every room, department, class and staff member of the school by id, e.g. for an export of every card. */
    public Names names(long schoolId) {
        return new Names(roomLabels(schoolId), organization.departmentNames(schoolId), organization.classNames(schoolId),
                organization.allStaffNames(schoolId));
    }

    private Map<Long, String> roomLabels(long schoolId) {
        Map<Long, String> rooms = new LinkedHashMap<>();
        for (PlacesApi.RoomRef r : places.rooms(schoolId)) {
            rooms.put(r.id(), roomLabel(r));
        }
        return rooms;
    }

    public static String roomLabel(PlacesApi.RoomRef r) {
        return r.buildingName() + " " + r.code() + (r.name() == null || r.name().isBlank() || r.name().equals(r.code())
                ? "" : " " + r.name());
    }

    /** The rooms of a building, for the register's building filter. */
    public Set<Long> roomsOfBuilding(long schoolId, String buildingName) {
        return places.rooms(schoolId).stream().filter(r -> r.buildingName().equals(buildingName))
                .map(PlacesApi.RoomRef::id).collect(Collectors.toSet());
    }

    public List<String> buildings(long schoolId) {
        return places.rooms(schoolId).stream().map(PlacesApi.RoomRef::buildingName).distinct().toList();
    }
}
