package org.houqin.routines.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.houqin.iam.IamApi;
import org.houqin.notifications.Notifications;
import org.houqin.places.PlacesApi;
import org.houqin.routines.RoutinesPermissions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reminder when a round opens and an escalation when it passes its grace undone, each once: the round's
 * {@code reminded_at} or {@code escalated_at} is set by an UPDATE that only the first of two nodes wins, and only the
 * winner notifies. A round missed longer ago than {@link #ESCALATION_WINDOW} (a server that was down for days) is not
 * escalated late; completion shows it.
 */
@Service
public class RoundNotices {

    /** The role told of a missed round when its schedule names no supervisor: 后勤主任. */
    static final String OFFICE_ROLE = "DIRECTOR";
    static final Duration ESCALATION_WINDOW = Duration.ofDays(2);
    static final int BATCH = 500;

    /** A round to remind or escalate. */
    record Due(long id, long schoolId, String scheduleName, Long roomId, Long assigneeUserId, Long assigneeRoleId,
               Long supervisorUserId) {
    }

    private final RoundStore store;
    private final Notifications notifications;
    private final IamApi iam;
    private final PlacesApi places;

    RoundNotices(RoundStore store, Notifications notifications, IamApi iam, PlacesApi places) {
        this.store = store;
        this.notifications = notifications;
        this.iam = iam;
        this.places = places;
    }

    /** Rounds open now, not yet reminded. */
    @Transactional(readOnly = true)
    public List<Due> toRemind(Instant now) {
        return store.toRemind(now, BATCH);
    }

    /** Rounds past their grace lately, not yet escalated. */
    @Transactional(readOnly = true)
    public List<Due> toEscalate(Instant now) {
        return store.toEscalate(now, now.minus(ESCALATION_WINDOW), BATCH);
    }

    /** Reminds the round's person (or everyone with its role) once; false when another run was first. */
    @Transactional
    public boolean remind(Due due, Instant now) {
        if (!store.markReminded(due.id(), now)) {
            return false;
        }
        List<Long> people = due.assigneeUserId() != null ? List.of(due.assigneeUserId()) : roleHolders(due);
        notifications.notify(due.schoolId(), people, "routine.notify.opened",
                List.of(due.scheduleName(), place(due)), "/routines/rounds/" + due.id());
        return true;
    }

    /** Tells the supervisor (or the office) once that the round was missed; false when another run was first. */
    @Transactional
    public boolean escalate(Due due, Instant now) {
        if (!store.markEscalated(due.id(), now)) {
            return false;
        }
        List<Long> people = due.supervisorUserId() != null ? List.of(due.supervisorUserId())
                : iam.usersWithRole(due.schoolId(), OFFICE_ROLE);
        String who = due.assigneeUserId() == null ? "—"
                : iam.displayNames(List.of(due.assigneeUserId())).getOrDefault(due.assigneeUserId(), "—");
        // the completion page is linked only for those who may open it
        java.util.Set<Long> readers = iam.usersWithPermission(due.schoolId(), RoutinesPermissions.COMPLETION_READ)
                .stream().map(IamApi.UserRef::id).collect(java.util.stream.Collectors.toSet());
        List<String> args = List.of(due.scheduleName(), place(due), who);
        notifications.notify(due.schoolId(), people.stream().filter(readers::contains).toList(),
                "routine.notify.overdue", args, "/routines/completion");
        notifications.notify(due.schoolId(), people.stream().filter(p -> !readers.contains(p)).toList(),
                "routine.notify.overdue", args, null);
        return true;
    }

    private List<Long> roleHolders(Due due) {
        if (due.assigneeRoleId() == null) {
            return List.of();
        }
        return iam.rolesWithIds(due.schoolId()).stream().filter(r -> r.id() == due.assigneeRoleId()).findFirst()
                .map(r -> iam.usersWithRole(due.schoolId(), r.code())).orElse(List.of());
    }

    private String place(Due due) {
        return due.roomId() == null ? "—"
                : places.room(due.schoolId(), due.roomId()).map(r -> r.code() + " " + r.name()).orElse("—");
    }
}
