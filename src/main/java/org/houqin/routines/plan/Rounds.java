package org.houqin.routines.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.houqin.iam.IamApi;
import org.houqin.places.PlacesApi;
import org.houqin.platform.time.SchoolClock;
import org.houqin.routines.calendar.SchoolCalendars;
import org.houqin.routines.schedule.Occurrence;
import org.houqin.routines.schedule.Occurrences;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 应做: a schedule's rounds written ahead, one row per (schedule, place, key). The cadence engine gives the same keys
 * whoever asks, and the insert does nothing on the unique index {@code occurrence_once}, so a second run, here or on
 * another node at the same moment, adds nothing. The person is resolved when the round is written.
 */
@Service
public class Rounds {

    /** How many days ahead the rounds are written. */
    public static final int DAYS_AHEAD = 14;

    /** One place of a schedule and who does its rounds there. */
    private record Place(Long roomId, Long userId, Long roleId) {
    }

    private final RoundStore store;
    private final SchoolCalendars calendars;
    private final PlacesApi places;
    private final IamApi iam;
    private final SchoolClock clock;

    Rounds(RoundStore store, SchoolCalendars calendars, PlacesApi places, IamApi iam, SchoolClock clock) {
        this.store = store;
        this.calendars = calendars;
        this.places = places;
        this.iam = iam;
        this.clock = clock;
    }

    /** Writes the schedule's rounds on the days in [from, to] within its start and end; returns how many were new. */
    @Transactional
    public int generate(Schedules.Row schedule, LocalDate from, LocalDate to) {
        LocalDate start = from.isBefore(schedule.startsOn()) ? schedule.startsOn() : from;
        LocalDate end = schedule.endsOn() != null && schedule.endsOn().isBefore(to) ? schedule.endsOn() : to;
        if (!schedule.active() || end.isBefore(start)) {
            return 0;
        }
        List<Occurrence> occurrences = Occurrences.between(schedule.parsedCadence(), ScheduleRules.window(schedule),
                calendars.of(schedule.schoolId()), start, end, clock.zone());
        int added = 0;
        for (Place place : places(schedule)) {
            for (Occurrence o : occurrences) {
                added += store.insert(schedule, place.roomId(), place.userId(), place.roleId(), o);
            }
        }
        return added;
    }

    /** Removes the rounds of a stopped schedule that have not opened and have no record. */
    @Transactional
    public void dropUnopened(long schoolId, long scheduleId) {
        store.deleteUnopened(schoolId, scheduleId, clock.now());
    }

    private List<Place> places(Schedules.Row s) {
        List<Long> rooms = store.roomIds(s.id());
        List<Place> result = new ArrayList<>();
        if (rooms.isEmpty()) {
            result.add(new Place(null, s.assigneeUserId(), s.assigneeRoleId()));
        }
        for (Long room : rooms) {
            Long user = s.assigneeKind() == AssigneeKind.ROOM_RESPONSIBLE ? responsibleUser(s.schoolId(), room)
                    : s.assigneeUserId();
            result.add(new Place(room, user, s.assigneeRoleId()));
        }
        return result;
    }

    /** The account of the room's responsible person; without one nobody is reminded and a missed round escalates. */
    private Long responsibleUser(long schoolId, long roomId) {
        return places.room(schoolId, roomId).map(PlacesApi.RoomRef::responsibleStaffId)
                .flatMap(iam::userOfStaff).orElse(null);
    }
}
