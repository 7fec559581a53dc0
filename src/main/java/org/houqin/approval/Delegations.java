package org.houqin.approval;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.houqin.audit.AuditLog;
import org.houqin.iam.IamApi;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 代理审批: handing one's approvals to a colleague of the same school for some days, and taking it back. */
@Service
public class Delegations {

    /** A delegation given or received; {@code current} when it applies today. */
    public record DelegationView(long id, long fromUserId, String fromName, long toUserId, String toName,
                                 LocalDate startsOn, LocalDate endsOn, boolean active, boolean current,
                                 boolean expired) {
    }

    private final DelegationStore store;
    private final Approvers approvers;
    private final IamApi iam;
    private final AuditLog audit;

    Delegations(DelegationStore store, Approvers approvers, IamApi iam, AuditLog audit) {
        this.store = store;
        this.approvers = approvers;
        this.iam = iam;
        this.audit = audit;
    }

    @Transactional
    public long create(long schoolId, long fromUserId, long toUserId, LocalDate startsOn, LocalDate endsOn) {
        if (fromUserId == toUserId) {
            throw new RuleViolation("toUserId", "approval.delegation.self");
        }
        if (!iam.usersOfSchool(schoolId).contains(toUserId)) {
            throw new RuleViolation("toUserId", "approval.delegation.unknownUser");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new RuleViolation("endsOn", "approval.delegation.dates");
        }
        long id = store.insert(schoolId, fromUserId, toUserId, startsOn, endsOn);
        audit.changedIn(schoolId, "approval", "delegation", id, "CREATE", null,
                Map.of("from", fromUserId, "to", toUserId, "startsOn", startsOn.toString(), "endsOn", endsOn.toString()));
        return id;
    }

    /** Only the one who gave it takes a delegation back; taking it back twice changes nothing. */
    @Transactional
    public void cancel(long schoolId, long userId, long id) {
        DelegationStore.Row row = store.find(schoolId, id).filter(d -> d.fromUserId() == userId)
                .orElseThrow(() -> new NotFoundException("delegation", id));
        if (store.deactivate(schoolId, id)) {
            audit.changedIn(schoolId, "approval", "delegation", id, "CANCEL", Map.of("active", row.active()),
                    Map.of("active", false));
        }
    }

    /** The delegations the user gave or received. */
    @Transactional(readOnly = true)
    public List<DelegationView> involving(long schoolId, long userId) {
        List<DelegationStore.Row> rows = store.involving(schoolId, userId);
        Map<Long, String> names = iam.displayNames(rows.stream()
                .flatMap(row -> Stream.of(row.fromUserId(), row.toUserId())).collect(Collectors.toSet()));
        LocalDate today = approvers.today();
        return rows.stream().map(row -> new DelegationView(row.id(), row.fromUserId(),
                names.get(row.fromUserId()), row.toUserId(), names.get(row.toUserId()), row.startsOn(), row.endsOn(),
                row.active(), row.active() && !today.isBefore(row.startsOn()) && !today.isAfter(row.endsOn()),
                row.active() && today.isAfter(row.endsOn()))).toList();
    }
}
