package org.houqin.safety.drill;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.houqin.iam.IamApi;
import org.houqin.organization.OrganizationApi;
import org.houqin.places.PlacesApi;
import org.houqin.platform.time.SchoolClock;
import org.springframework.stereotype.Component;

/** What the drill pages show beside a drill: place names, the form's choices, the semesters of the filter. */
@Component
public class DrillViews {

    /** Where a drill happens, as people read it: a room's building and name, or the text given (全校). */
    public record Places(Map<Long, PlacesApi.RoomRef> rooms) {

        public String of(Drills.Row row) {
            PlacesApi.RoomRef room = row.roomId() == null ? null : rooms.get(row.roomId());
            String name = room == null ? null : room.buildingName() + " " + room.name();
            if (name == null) {
                return row.place();
            }
            return row.place() == null ? name : name + "（" + row.place() + "）";
        }
    }

    private final PlacesApi places;
    private final IamApi iam;
    private final OrganizationApi organization;
    private final SchoolClock clock;

    DrillViews(PlacesApi places, IamApi iam, OrganizationApi organization, SchoolClock clock) {
        this.places = places;
        this.iam = iam;
        this.organization = organization;
        this.clock = clock;
    }

    Places places(long schoolId) {
        return new Places(places.rooms(schoolId).stream()
                .collect(Collectors.toMap(PlacesApi.RoomRef::id, Function.identity())));
    }

    List<PlacesApi.RoomRef> rooms(long schoolId) {
        return places.rooms(schoolId);
    }

    List<IamApi.UserRef> organizers(long schoolId) {
        return iam.users(schoolId);
    }

    List<OrganizationApi.SemesterRef> semesters(long schoolId) {
        List<OrganizationApi.SemesterRef> latestFirst = new ArrayList<>(organization.semesters(schoolId));
        Collections.reverse(latestFirst);
        return latestFirst;
    }

    /** The list's period: the chosen semester's days, else the days from and to (both included), or none. */
    DrillStore.Filter filter(long schoolId, DrillKind kind, DrillStatus status, Long semesterId, LocalDate from,
                             LocalDate to) {
        OrganizationApi.SemesterRef semester = semesterId == null ? null : organization.semesters(schoolId).stream()
                .filter(s -> s.id() == semesterId).findFirst().orElse(null);
        LocalDate first = semester != null ? semester.startsOn() : from;
        LocalDate last = semester != null ? semester.endsOn() : to;
        return new DrillStore.Filter(kind, status, first == null ? null : clock.startOf(first),
                last == null ? null : clock.startOf(last.plusDays(1)));
    }

    ZonedDateTime at(Instant instant) {
        return clock.at(instant);
    }
}
