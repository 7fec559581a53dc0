package org.houqin.routines.record;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.houqin.places.PlacesApi;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.routines.records.MyRoles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** 我的检查: a person's open rounds, overdue first, then today's, then the rest of this week's. */
@Component
public class MyRounds {

    /** The page: the three groups, the rooms' names, and now (a round not yet open cannot be filled). */
    record Groups(List<RoundQueries.Round> overdue, List<RoundQueries.Round> today,
                  List<RoundQueries.Round> thisWeek, Map<Long, PlacesApi.RoomRef> rooms, Instant now) {

        public boolean empty() {
            return overdue.isEmpty() && today.isEmpty() && thisWeek.isEmpty();
        }
    }

    private final RoundQueries rounds;
    private final MyRoles roles;
    private final PlacesApi places;
    private final SchoolClock clock;

    MyRounds(RoundQueries rounds, MyRoles roles, PlacesApi places, SchoolClock clock) {
        this.rounds = rounds;
        this.roles = roles;
        this.places = places;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Groups of(CurrentUser me) {
        long school = me.requireSchool();
        Instant now = clock.now();
        LocalDate today = clock.today();
        Instant tomorrow = clock.startOf(today.plusDays(1));
        Instant nextWeek = clock.startOf(today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
        List<RoundQueries.Round> open = rounds.mine(school, me.userId(), roles.of(school, me.userId()), now,
                nextWeek);
        return new Groups(open.stream().filter(r -> r.overdue(now)).toList(),
                open.stream().filter(r -> !r.overdue(now) && r.opensAt().isBefore(tomorrow)).toList(),
                open.stream().filter(r -> !r.overdue(now) && !r.opensAt().isBefore(tomorrow)).toList(),
                rooms(school), now);
    }

    Map<Long, PlacesApi.RoomRef> rooms(long schoolId) {
        return places.rooms(schoolId).stream().collect(Collectors.toMap(PlacesApi.RoomRef::id, r -> r));
    }

    /** How many rounds are open for this person now, overdue ones included: the home page's 我的待检. */
    @Transactional(readOnly = true)
    public long openCount(CurrentUser me) {
        long school = me.requireSchool();
        Set<Long> mine = roles.of(school, me.userId());
        return rounds.openCount(school, me.userId(), mine, clock.now());
    }
}
