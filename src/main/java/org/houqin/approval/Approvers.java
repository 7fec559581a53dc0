package org.houqin.approval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.houqin.iam.IamApi;
import org.houqin.platform.time.SchoolClock;
import org.springframework.stereotype.Component;

/**
 * Who may decide a step: a holder of its role (only in the submitter's department when the step says so) or the
 * person it names; themselves, or someone they handed their approvals to for today. Never the submitter.
 */
@Component
class Approvers {


    /** Someone a user may decide as: themselves or one who delegated to them, with their roles and department. */
    record Actor(long userId, Set<String> roles, Long departmentId) {

        boolean holds(ApprovalStore.Request request, ApprovalStore.Step step) {
            if (request.submitterUserId() == userId) {
                return false;
            }
            if (step.userId() != null) {
                return step.userId() == userId;
            }
            return roles.contains(step.roleCode()) && (!step.sameDepartment()
                    || (request.departmentId() != null && request.departmentId().equals(departmentId)));
        }
    }

    private final IamApi iam;
    private final DelegationStore delegations;
    private final SchoolClock clock;

    Approvers(IamApi iam, DelegationStore delegations, SchoolClock clock) {
        this.iam = iam;
        this.delegations = delegations;
        this.clock = clock;
    }

    /** The user first, then those who delegated to them today. */
    List<Actor> actorsOf(long schoolId, long userId) {
        List<Actor> actors = new ArrayList<>();
        actors.add(actor(schoolId, userId));
        for (long from : delegations.delegators(schoolId, userId, today())) {
            actors.add(actor(schoolId, from));
        }
        return actors;
    }

    /** Whom the user decides for at this step: themselves if it is theirs, else someone who delegated to them. */
    Optional<Long> actingFor(long schoolId, long userId, ApprovalStore.Request request, ApprovalStore.Step step) {
        if (request.submitterUserId() == userId) {
            return Optional.empty();
        }
        return actorsOf(schoolId, userId).stream().filter(actor -> actor.holds(request, step)).map(Actor::userId)
                .findFirst();
    }

    /** Everyone who may decide the step now, to tell them it waits: its holders and their delegates of today. */
    Set<Long> of(long schoolId, ApprovalStore.Request request, ApprovalStore.Step step) {
        Set<Long> holders = holders(schoolId, request, step);
        Set<Long> everyone = new LinkedHashSet<>(holders);
        everyone.addAll(delegations.delegates(schoolId, holders, today()));
        everyone.remove(request.submitterUserId());
        return everyone;
    }

    /**
     * Who holds the step themselves, never the submitter and without delegates: a delegate stands in for a holder
     * while away, so a step nobody holds is one nobody can decide, whatever delegations exist today.
     */
    Set<Long> holders(long schoolId, ApprovalStore.Request request, ApprovalStore.Step step) {
        Set<Long> holders = new LinkedHashSet<>();
        if (step.userId() != null) {
            holders.add(step.userId());
        } else {
            for (long user : iam.usersWithRole(schoolId, step.roleCode())) {
                if (!step.sameDepartment() || (request.departmentId() != null
                        && iam.departmentOf(user).filter(request.departmentId()::equals).isPresent())) {
                    holders.add(user);
                }
            }
        }
        holders.remove(request.submitterUserId());
        return holders;
    }

    LocalDate today() {
        return clock.today();
    }

    private Actor actor(long schoolId, long userId) {
        return new Actor(userId, iam.roleCodes(schoolId, userId), iam.departmentOf(userId).orElse(null));
    }
}
