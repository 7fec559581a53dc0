package org.houqin.routines.record;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.houqin.places.PlacesApi;
import org.houqin.places.RoomPanel;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.routines.RoutinesPermissions;
import org.houqin.routines.records.MyRoles;
import org.springframework.stereotype.Component;

/**
 * The checks section of a room's page, which a signed-in person reaches by scanning the room's QR: the rounds due
 * here now, with 去填写 for those the viewer may fill.
 */
@Component
class RecordRoomPanel implements RoomPanel {

    private final RoundQueries rounds;
    private final MyRoles roles;
    private final SchoolClock clock;

    RecordRoomPanel(RoundQueries rounds, MyRoles roles, SchoolClock clock) {
        this.rounds = rounds;
        this.roles = roles;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public boolean visibleTo(CurrentUser user) {
        return user.can(RoutinesPermissions.RECORD_FILL) || user.can(RoutinesPermissions.COMPLETION_READ);
    }

    @Override
    public String template() {
        return "routines/record-room-panel";
    }

    @Override
    public Map<String, Object> model(CurrentUser user, PlacesApi.RoomRef room) {
        long school = user.requireSchool();
        List<RoundQueries.Round> due = rounds.atRoom(school, room.id(), clock.now());
        Set<Long> myRoles = roles.of(school, user.userId());
        Set<Long> fillable = user.can(RoutinesPermissions.RECORD_FILL) ? due.stream()
                .filter(r -> r.assigneeUserId() != null ? r.assigneeUserId() == user.userId()
                        : myRoles.contains(r.assigneeRoleId()))
                .map(RoundQueries.Round::id).collect(Collectors.toSet()) : Set.of();
        return Map.of("room", room, "due", due, "fillable", fillable, "now", clock.now());
    }
}
